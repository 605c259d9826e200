// Each hostile cell of the corpus, alone in a minimal valid table: the value the indicator holds,
// the issues at that cell (and nowhere else), and a placeholder never read as a number.
import { checkTable } from '../../src/core/check/checkTable';
import { BAD_CELLS, type BadCell } from '../fixtures/bad/cells';
import { cellFailures, gridFor } from './cellHarness';
import { attempt, label } from './attempt';

const title = (cell: BadCell): string => {
  const where = cell.field && cell.field !== 'actual' ? ` as ${cell.field}` : '';
  const format = cell.numberFormat ? ` [${cell.numberFormat}]` : '';
  const unit = cell.unit ? ` in ${cell.unit}` : '';
  const outcome =
    cell.value === null ? cell.codes.join('+') : `${cell.value} ${cell.codes.join('+')}`;
  return `${label(cell.input)}${format}${where}${unit} → ${outcome}`;
};

describe('bad-cell corpus', () => {
  it('holds at least 100 cells', () => {
    expect(BAD_CELLS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(BAD_CELLS.map((cell) => [title(cell), cell] as const))('%s', (_, cell) => {
    const run = attempt(() => checkTable(gridFor(cell), { asOf: '2026-06-30' }));
    const failures = 'threw' in run ? [`threw ${run.threw}`] : cellFailures(cell, run.value);
    expect(failures).toEqual([]);
  });
});
