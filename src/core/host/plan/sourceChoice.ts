// Which block of cells to check: the selection if it is more than one cell, else the host's table
// under the cursor, else the used range ('auto'), or the kind the user forced. What 'table' means
// is the host's: in Excel a table (ListObject) under the cursor, without its totals row; in WPS 表格
// the current region around the cursor (the block bounded by empty rows and columns).
import { columnCount, contains, intersect, rowCount } from '../../a1';
import type { Rect } from '../../a1';
import type { SourceKind } from '../../settings';
import type { HostErrorCode } from '../errors';

export interface TableRect {
  name: string;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface ChoiceInput {
  /** The used range; null when the sheet is empty (WPS). */
  used: Rect | null;
  /** Selected areas; null when the selection is not cells (a shape, a chart). */
  selection: Rect[] | null;
  /** Excel: the active cell, to find the table under it. */
  activeCell?: { row: number; column: number };
  /** Excel: table names on the sheet (ranges not known yet). */
  tableNames?: string[];
  /** Excel: the table under the active cell if known (null: none); undefined: look at all tables. */
  tableAtCursor?: string | null | undefined;
  /** Excel: table ranges, once loaded; null when not loaded yet. */
  tables?: TableRect[] | null;
  /** WPS: the current region around the active cell, which 'table' stands for there. */
  region?: Rect | null;
}

export type Choice =
  | { type: 'chosen'; kind: 'selection' | 'table' | 'sheet'; rect: Rect; table: TableRect | null }
  | { type: 'needs-tables' }
  | { type: 'error'; code: HostErrorCode };

const cells = (rect: Rect): number => rowCount(rect) * columnCount(rect);
const noData: Choice = { type: 'error', code: 'no-data' };

/** A table without its totals row (a 合计 row is not an indicator). */
function tableBody(table: TableRect): Rect {
  const { rect } = table;
  return table.showTotals && rect.r1 > rect.r0 ? { ...rect, r1: rect.r1 - 1 } : rect;
}

function tableChoice(input: ChoiceInput, used: Rect): Choice | null {
  const { region } = input;
  if (region !== undefined) {
    if (!region || cells(region) <= 1) return null;
    const rect = intersect(region, used);
    return rect ? { type: 'chosen', kind: 'table', rect, table: null } : noData;
  }
  const tableNames = input.tableNames ?? [];
  if (tableNames.length === 0 || input.tableAtCursor === null) return null;
  const tables = input.tables ?? null;
  if (tables === null) return { type: 'needs-tables' };
  const { row, column } = input.activeCell ?? { row: -1, column: -1 };
  const table = tables.find((t) =>
    input.tableAtCursor ? t.name === input.tableAtCursor : contains(t.rect, row, column),
  );
  return table ? { type: 'chosen', kind: 'table', rect: tableBody(table), table } : null;
}

export function chooseSource(kind: SourceKind, input: ChoiceInput): Choice {
  const { used, selection } = input;
  if (!used) return noData;
  const sheet: Choice = { type: 'chosen', kind: 'sheet', rect: used, table: null };
  switch (kind) {
    case 'sheet':
      return sheet;
    case 'selection': {
      const [area, ...more] = selection ?? [];
      if (!area) return noData;
      if (more.length > 0) return { type: 'error', code: 'multi-area-selection' };
      const rect = intersect(area, used);
      return rect ? { type: 'chosen', kind: 'selection', rect, table: null } : noData;
    }
    case 'table':
      return tableChoice(input, used) ?? { type: 'error', code: 'no-table' };
    case 'auto': {
      const area = selection?.length === 1 ? selection[0] : undefined;
      const rect = area && cells(area) > 1 ? intersect(area, used) : null;
      if (rect) return { type: 'chosen', kind: 'selection', rect, table: null };
      return tableChoice(input, used) ?? sheet;
    }
  }
}
