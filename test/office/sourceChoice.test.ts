import { chooseSource } from '../../src/core';
import type { ChoiceInput, TableRect } from '../../src/core';

const used = { r0: 1, c0: 1, r1: 7, c1: 5 };
const table: TableRect = {
  name: 'T',
  rect: { r0: 2, c0: 1, r1: 8, c1: 5 },
  showHeaders: true,
  showTotals: true,
};
const input = (over: Partial<ChoiceInput>): ChoiceInput => ({
  used,
  selection: [{ r0: 4, c0: 2, r1: 4, c1: 2 }],
  activeCell: { row: 4, column: 2 },
  tableNames: [],
  tables: null,
  ...over,
});

describe('chooseSource', () => {
  it.each<[string, Parameters<typeof chooseSource>[0], Partial<ChoiceInput>, unknown]>([
    ['one cell, no table → used range', 'auto', {}, { type: 'chosen', kind: 'sheet', rect: used }],
    [
      'a block → the block within the used range',
      'auto',
      { selection: [{ r0: 0, c0: 0, r1: 3, c1: 2 }] },
      { type: 'chosen', kind: 'selection', rect: { r0: 1, c0: 1, r1: 3, c1: 2 } },
    ],
    [
      'a block in empty cells → used range',
      'auto',
      { selection: [{ r0: 20, c0: 0, r1: 30, c1: 2 }] },
      { type: 'chosen', kind: 'sheet' },
    ],
    [
      'tables exist → ask for their ranges',
      'auto',
      { tableNames: ['T'] },
      { type: 'needs-tables' },
    ],
    [
      'cursor in a table → the table without its totals row',
      'auto',
      { tableNames: ['T'], tables: [table] },
      { type: 'chosen', kind: 'table', rect: { r0: 2, c0: 1, r1: 7, c1: 5 }, table },
    ],
    [
      'cursor outside the tables → used range',
      'auto',
      { tableNames: ['T'], tables: [table], activeCell: { row: 20, column: 0 } },
      { type: 'chosen', kind: 'sheet' },
    ],
    [
      'the table under the cursor, by name (ExcelApi 1.9)',
      'auto',
      { tableNames: ['T', 'U'], tableAtCursor: 'T', tables: [table] },
      { type: 'chosen', kind: 'table', table },
    ],
    [
      'no table under the cursor: no need for table ranges',
      'auto',
      { tableNames: ['T'], tableAtCursor: null },
      { type: 'chosen', kind: 'sheet' },
    ],
    [
      'forced sheet',
      'sheet',
      { tableNames: ['T'], tables: [table] },
      { type: 'chosen', kind: 'sheet' },
    ],
    ['forced table, none', 'table', {}, { type: 'error', code: 'no-table' }],
    [
      'forced selection, several areas',
      'selection',
      { selection: [used, used] },
      { type: 'error', code: 'multi-area-selection' },
    ],
    [
      'forced selection, outside the data',
      'selection',
      { selection: [{ r0: 50, c0: 50, r1: 60, c1: 60 }] },
      { type: 'error', code: 'no-data' },
    ],
  ])('%s', (_, kind, over, expected) => {
    expect(chooseSource(kind, input(over))).toMatchObject(expected as object);
  });
});
