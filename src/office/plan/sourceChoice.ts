// Which block of cells to check: the selection if it is more than one cell, else the Excel table
// under the cursor, else the used range ('auto'), or the kind the user forced.
import { columnCount, contains, intersect, rowCount } from '../../core';
import type { HostErrorCode, Rect, SourceKind } from '../../core';

export interface TableRect {
  name: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface ChoiceInput {
  used: Rect;
  selection: Rect[] | null;
  activeCell: { row: number; column: number };
  /** Table names on the sheet (ranges not known yet). */
  tableNames: string[];
  /** The table under the active cell when known (null: none); undefined: look at all tables. */
  tableAtCursor?: string | null | undefined;
  /** Table ranges, once loaded; null when not loaded yet. */
  tables: TableRect[] | null;
}

export type Choice =
  | { type: 'chosen'; kind: 'selection' | 'table' | 'sheet'; rect: Rect; table: TableRect | null }
  | { type: 'needs-tables' }
  | { type: 'error'; code: HostErrorCode };

const cells = (rect: Rect): number => rowCount(rect) * columnCount(rect);

/** A table without its totals row (a 合计 row is not an indicator). */
function tableBody(table: TableRect): Rect {
  const { rect } = table;
  return table.showTotals && rect.r1 > rect.r0 ? { ...rect, r1: rect.r1 - 1 } : rect;
}

function tableChoice(input: ChoiceInput): Choice | null {
  if (input.tableNames.length === 0 || input.tableAtCursor === null) return null;
  if (input.tables === null) return { type: 'needs-tables' };
  const { row, column } = input.activeCell;
  const table = input.tables.find((t) =>
    input.tableAtCursor ? t.name === input.tableAtCursor : contains(t.rect, row, column),
  );
  return table ? { type: 'chosen', kind: 'table', rect: tableBody(table), table } : null;
}

export function chooseSource(kind: SourceKind, input: ChoiceInput): Choice {
  const sheet: Choice = { type: 'chosen', kind: 'sheet', rect: input.used, table: null };
  const selection = input.selection;
  switch (kind) {
    case 'sheet':
      return sheet;
    case 'selection': {
      const [area, ...more] = selection ?? [];
      if (!area) return { type: 'error', code: 'no-data' };
      if (more.length > 0) return { type: 'error', code: 'multi-area-selection' };
      const rect = intersect(area, input.used);
      return rect
        ? { type: 'chosen', kind: 'selection', rect, table: null }
        : { type: 'error', code: 'no-data' };
    }
    case 'table':
      return tableChoice(input) ?? { type: 'error', code: 'no-table' };
    case 'auto': {
      const area = selection?.length === 1 ? selection[0] : undefined;
      const rect = area && cells(area) > 1 ? intersect(area, input.used) : null;
      if (rect) return { type: 'chosen', kind: 'selection', rect, table: null };
      return tableChoice(input) ?? sheet;
    }
  }
}
