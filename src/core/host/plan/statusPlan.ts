// Where the status column goes (the empty column right of the source, also beside an Excel
// table: a table column added or deleted would shift the user's cells right of it), and which of
// our old status cells a new check takes away. Earlier versions added a column to the checked
// Excel table: such a column is reused when that table is checked again, and removed otherwise
// (only where nothing right of it would shift). WPS 表格 never checks a table (ET tables are not
// sources), so there an old table column is only ever removed.
import { MAX_COLUMNS } from '../../a1';
import type { Rect } from '../../a1';
import { isEmptyValue, STATUS_HEADER_ALT } from '../../marks/labels';
import type { MarkPlan } from '../../marks/markPlan';
import type { MarkEntry } from '../../marks/record';
import type { CheckReport, Locale } from '../../types';
import type { FallbackReason } from '../port';
import type { CellAt } from './cells';
import { cellKey, fromKey } from './cells';
import type { Inspection } from './inspection';
import { ourStatusKeys } from './inspection';

export interface StatusRows {
  column: number;
  firstRow: number;
  lastRow: number;
}

export interface StatusWrite extends StatusRows {
  header: string;
  /** One label per row firstRow..lastRow, the header first ('' for rows without an indicator). */
  labels: string[];
  /** Plain cells, or the table column an earlier version added (reused, its header kept). */
  how: 'cells' | 'table-reuse';
  tableName: string | null;
}

interface StatusInput {
  report: CheckReport;
  marks: MarkPlan;
  inspection: Inspection;
  locale: Locale;
}

/** The rows a status column covers (from the header row to the block's end) and its column. */
export function statusRowsFor(rect: Rect, headerRow: number | null): StatusRows | null {
  const column = rect.c1 + 1;
  if (headerRow === null || column >= MAX_COLUMNS) return null;
  return { column, firstRow: Math.max(rect.r0, headerRow - 1), lastRow: rect.r1 };
}

/** Where the status column goes, or why it cannot. */
function statusTarget(
  input: StatusInput,
  replaced: readonly MarkEntry[],
  ourKeys: ReadonlySet<string>,
): { status: StatusWrite } | { reason: FallbackReason } {
  const { report, marks, inspection, locale } = input;
  if (inspection.sheetProtected) return { reason: 'sheet-protected' };
  if (inspection.cellsUnreadable) return { reason: 'cells-unreadable' };
  const rows = statusRowsFor(inspection.rect, report.header?.row ?? null);
  if (!rows) return { reason: report.header ? 'neighbour-not-empty' : 'no-header' };
  const neighbour = inspection.neighbour;
  if (!neighbour) return { reason: 'neighbour-not-empty' };
  const { rect } = inspection;
  const { firstRow, lastRow } = rows;
  const table = inspection.table;
  const reuse = table
    ? replaced.find(
        (e) => e.status?.tableName === table.name && e.status.column === neighbour.column,
      )
    : undefined;
  const header =
    reuse?.status?.header ??
    (table && inspection.tableHeaders.includes(marks.header)
      ? STATUS_HEADER_ALT[locale]
      : marks.header);
  const labels: string[] = [];
  const byRow = new Map(marks.statuses.map((status) => [status.row - 1, status.label]));
  for (let row = firstRow; row <= lastRow; row += 1) {
    labels.push(row === firstRow ? header : (byRow.get(row) ?? ''));
  }
  const base = { column: neighbour.column, firstRow, lastRow, header, labels };
  if (table && reuse) return { status: { ...base, how: 'table-reuse', tableName: table.name } };
  if (inspection.neighbourValidated) return { reason: 'neighbour-not-empty' };
  // Never over a user's value, formula, note or validation rule; our own labels may go.
  for (let row = firstRow; row <= lastRow; row += 1) {
    const i = row - rect.r0;
    const key = cellKey(row, neighbour.column);
    if ((neighbour.occupied[i] && !ourKeys.has(key)) || inspection.statusNotes.has(key)) {
      return { reason: 'neighbour-not-empty' };
    }
  }
  return { status: { ...base, how: 'cells', tableName: null } };
}

/** A table column can go only when no cell right of it would shift into its place. */
export function nothingRightOf(column: number, usedLastColumn: number | null): boolean {
  return usedLastColumn !== null && usedLastColumn <= column;
}

function keyInStatus(key: string, entry: MarkEntry): boolean {
  const status = entry.status;
  if (!status) return false;
  const { row, column } = fromKey(key);
  return column === status.column && row >= status.firstRow && row <= status.lastRow;
}

/** Our status cells among the replaced entries that still hold one of our labels. */
function ourStatusCells(inspection: Inspection, replaced: readonly MarkEntry[]): Set<string> {
  return ourStatusKeys(
    new Map(
      [...inspection.statusValues].filter(([key]) =>
        replaced.some((e) => e.status && keyInStatus(key, e)),
      ),
    ),
  );
}

export interface StatusPlan {
  status: StatusWrite | null;
  fallbackReason: FallbackReason | null;
  clearStatus: CellAt[];
  deleteTableColumns: { table: string; header: string }[];
}

export function planStatus(
  input: StatusInput & { mode: 'column' | 'sheet' },
  replaced: readonly MarkEntry[],
): StatusPlan {
  const { inspection } = input;
  const ourKeys = ourStatusCells(inspection, replaced);
  let status: StatusWrite | null = null;
  let fallbackReason: FallbackReason | null = null;
  if (input.mode === 'column') {
    const target = statusTarget(input, replaced, ourKeys);
    if ('status' in target) status = target.status;
    else fallbackReason = target.reason;
  }

  // Old status cells of replaced entries that the new column does not cover.
  const clearStatus: CellAt[] = [];
  const deleteTableColumns: { table: string; header: string }[] = [];
  for (const entry of replaced) {
    const old = entry.status;
    if (!old) continue;
    const reused = status?.how === 'table-reuse' && status.tableName === old.tableName;
    if (old.tableName && !reused) {
      const cells = [];
      for (let row = old.firstRow; row <= old.lastRow; row += 1)
        cells.push(cellKey(row, old.column));
      const allOurs = cells.every((key) => {
        const value = inspection.statusValues.get(key);
        return isEmptyValue(value) || ourKeys.has(key);
      });
      const tableThere = inspection.tableNames.includes(old.tableName);
      if (!allOurs || !tableThere || inspection.sheetProtected) continue;
      if (nothingRightOf(old.column, inspection.usedLastColumn)) {
        deleteTableColumns.push({ table: old.tableName, header: old.header });
        continue;
      }
    }
    // A table's header cell stays (a table column needs one); its labels below go.
    const first = old.tableName ? old.firstRow + 1 : old.firstRow;
    for (let row = first; row <= old.lastRow; row += 1) {
      const covered =
        status && status.column === old.column && row >= status.firstRow && row <= status.lastRow;
      const key = cellKey(row, old.column);
      const value = inspection.statusValues.get(key);
      if (!covered && ourKeys.has(key) && !isEmptyValue(value))
        clearStatus.push({ row, column: old.column });
    }
  }

  return { status, fallbackReason, clearStatus, deleteTableColumns };
}
