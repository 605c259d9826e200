// Each hostile table of the corpus: its expected issues and indicators, the report invariants, and a
// time budget. None may throw or hang.
import { checkTable } from '../../src/core/check/checkTable';
import { BAD_TABLES } from '../fixtures/bad/tables';
import { attempt, expectOutcome } from './knownGap';
import { tableFailures } from './tableHarness';

const DEFAULT_BUDGET_MS = 2000;

describe('bad-table corpus', () => {
  it('holds at least 20 tables with distinct names', () => {
    expect(BAD_TABLES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BAD_TABLES.map((table) => table.name)).size).toBe(BAD_TABLES.length);
  });

  it.each(
    BAD_TABLES.map(
      (table) => [`${table.name}${table.knownGap ? ' [known gap]' : ''}`, table] as const,
    ),
  )(
    '%s',
    (_, table) => {
      const grid = table.grid();
      const started = performance.now();
      const run = attempt(() => checkTable(grid, table.options ?? { asOf: '2026-06-30' }));
      const elapsed = performance.now() - started;
      const failures =
        'threw' in run ? [`threw ${run.threw}`] : tableFailures(run.value, table.expect);
      const budget = table.budgetMs ?? DEFAULT_BUDGET_MS;
      if (elapsed > budget) failures.push(`took ${Math.round(elapsed)} ms, budget ${budget} ms`);
      expectOutcome(failures, table.knownGap);
    },
    60_000,
  );
});
