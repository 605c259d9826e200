// Everything the first read batch asks for, queued before the one context.sync(): the used range
// (values + number formats), where the user is, the tables, the sheets, and which marks-record
// parts the workbook holds.
import { parseAreas } from '../../core';
import type { CellValue, Rect, SheetRef } from '../../core';
import type { Capabilities } from '../host/capabilities';
import { queueMarkPartIds } from '../store/marksStore';

export interface ProbeOptions {
  /** Load the used range's values and number formats (false for the chunked fallback). */
  values: boolean;
  /** Ask for the selection (false when retrying after an InvalidSelection). */
  selection: boolean;
  /** Probe this sheet instead of the active one. */
  sheetName?: string;
}

export interface UsedRange {
  rect: Rect;
  values: CellValue[][] | null;
  numberFormat: string[][] | null;
}

export interface ProbeResult {
  sheetId: string;
  sheetName: string;
  sheets: SheetRef[];
  used: UsedRange;
  /** Selected areas; null when not asked for. */
  selection: Rect[] | null;
  activeCell: { row: number; column: number };
  tables: { name: string; showHeaders: boolean; showTotals: boolean }[];
  /** The table under the active cell (ExcelApi 1.9); null for none, undefined when unknown. */
  tableAtCursor: string | null | undefined;
  /** Ids of the custom XML parts holding a marks record. */
  markParts: string[];
}

export interface QueuedProbe {
  sheet: Excel.Worksheet;
  collect(): ProbeResult;
}

function rectOf(range: {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}): Rect {
  return {
    r0: range.rowIndex,
    c0: range.columnIndex,
    r1: range.rowIndex + range.rowCount - 1,
    c1: range.columnIndex + range.columnCount - 1,
  };
}

const GEOMETRY = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

export function queueProbe(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  options: ProbeOptions,
): QueuedProbe {
  const workbook = context.workbook;
  const sheet = options.sheetName
    ? workbook.worksheets.getItem(options.sheetName)
    : workbook.worksheets.getActiveWorksheet();
  sheet.load(['id', 'name']);
  workbook.worksheets.load('items/id,items/name');

  const used = sheet.getUsedRange(true);
  used.load(options.values ? [...GEOMETRY, 'values', 'numberFormat'] : GEOMETRY);

  const selectionAreas =
    options.selection && capabilities.rangeAreas ? workbook.getSelectedRanges() : null;
  selectionAreas?.load('address');
  const selectionRange =
    options.selection && !capabilities.rangeAreas ? workbook.getSelectedRange() : null;
  selectionRange?.load(GEOMETRY);

  const activeCell = workbook.getActiveCell();
  activeCell.load(['rowIndex', 'columnIndex']);
  const cursorTables = capabilities.rangeAreas ? activeCell.getTables(false) : null;
  cursorTables?.load('items/name');
  sheet.tables.load('items/name,items/showHeaders,items/showTotals');
  const markParts = queueMarkPartIds(workbook);

  return {
    sheet,
    collect(): ProbeResult {
      let selection: Rect[] | null = null;
      if (selectionAreas) selection = parseAreas(selectionAreas.address) ?? [];
      if (selectionRange) selection = [rectOf(selectionRange)];
      return {
        sheetId: sheet.id,
        sheetName: sheet.name,
        sheets: workbook.worksheets.items.map((item) => ({ id: item.id, name: item.name })),
        used: {
          rect: rectOf(used),
          values: options.values ? (used.values as CellValue[][]) : null,
          numberFormat: options.values ? (used.numberFormat as string[][]) : null,
        },
        selection,
        activeCell: { row: activeCell.rowIndex, column: activeCell.columnIndex },
        tables: sheet.tables.items.map((table) => ({
          name: table.name,
          showHeaders: table.showHeaders,
          showTotals: table.showTotals,
        })),
        tableAtCursor: cursorTables ? (cursorTables.items[0]?.name ?? null) : undefined,
        markParts: markParts(),
      };
    },
  };
}
