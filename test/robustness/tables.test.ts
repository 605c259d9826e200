// Each hostile table of the corpus: its expected issues and indicators, the report invariants, and a
// time budget. None may throw or hang.
import { checkTable } from '../../src/core/check/checkTable';
import { BAD_TABLES } from '../fixtures/bad/tables';
import { attempt } from './attempt';
import { tableFailures } from './tableHarness';

// Every table without a budget of its own took ≤ 3 ms; 100 ms absorbs a GC pause on a loaded
// machine and still fails a table that goes quadratic.
const DEFAULT_BUDGET_MS = 100;

describe('bad-table corpus', () => {
  it('holds at least 20 tables with distinct names', () => {
    expect(BAD_TABLES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BAD_TABLES.map((table) => table.name)).size).toBe(BAD_TABLES.length);
  });

  it.each(BAD_TABLES.map((table) => [table.name, table] as const))(
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
      expect(failures).toEqual([]);
    },
    10_000, // the largest (building 100,000 rows, checking, comparing) took 4.2 s in a loaded full run
  );
});
