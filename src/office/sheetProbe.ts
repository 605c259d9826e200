// Everything the first read batch asks for, queued before the one context.sync():
// the used range (values + number formats), where the user is, the tables, and the state
// of what we wrote last time (fills, notes, result sheet) so that a write needs no extra look.
import type { CellValue } from '../core';
import { cellAddress, parseAreas } from './a1';
import type { Rect } from './a1';
import type { Capabilities } from './capabilities';
import { queueFillRead } from './fillIo';
import { isOurNote } from './marksRecord';
import type { MarksRecord } from './marksRecord';

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
  /** Cells holding formulas inside the used range; null when unknown (ExcelApi < 1.9). */
  formulaAreas: Rect[] | null;
}

export interface ProbeResult {
  sheetId: string;
  sheetName: string;
  sheetProtected: boolean;
  workbookProtected: boolean;
  sheetNames: string[];
  used: UsedRange;
  /** Selected areas; null when not asked for. */
  selection: Rect[] | null;
  activeCell: { row: number; column: number };
  tables: { name: string; showHeaders: boolean; showTotals: boolean }[];
  /** The table under the active cell (ExcelApi 1.9); null for none, undefined when unknown. */
  tableAtCursor: string | null | undefined;
  /** Current fill colour of each recorded fill cell, keyed 'row,column' (only meaningful on this sheet). */
  fillNow: Map<string, string>;
  /** Recorded note cells that still hold our note, keyed 'row,column'. */
  notesPresent: Set<string>;
  /** Number of notes on the sheet; null when notes are not supported. */
  noteCount: number | null;
  /** Our result sheet if it still exists (by id), with its current name. */
  resultSheet: { id: string; name: string } | null;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

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
  record: MarksRecord,
  options: ProbeOptions,
): QueuedProbe {
  const workbook = context.workbook;
  const sheet = options.sheetName
    ? workbook.worksheets.getItem(options.sheetName)
    : workbook.worksheets.getActiveWorksheet();
  sheet.load(['id', 'name']);
  sheet.protection.load('protected');
  workbook.protection.load('protected');
  workbook.worksheets.load('items/name');

  const used = sheet.getUsedRange(true);
  used.load(options.values ? [...GEOMETRY, 'values', 'numberFormat'] : GEOMETRY);
  const formulas = capabilities.rangeAreas ? used.getSpecialCellsOrNullObject('Formulas') : null;
  formulas?.load('address');

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

  // Our previous marks, probed on the active sheet; entries of other sheets are ignored later.
  const fillCells = new Map<string, { row: number; column: number }>();
  for (const fill of record.entries.flatMap((entry) => entry.fills)) {
    fillCells.set(cellKey(fill.row, fill.column), fill);
  }
  const readFills = queueFillRead(sheet, [...fillCells.values()], capabilities.rangeAreas);
  const notes = capabilities.notes ? sheet.notes : null;
  const noteCount = notes ? notes.getCount() : null;
  const noteProbes = notes
    ? record.entries.flatMap((entry) =>
        entry.notes.map((cell) => {
          const note = notes.getItemOrNullObject(cellAddress(cell.row, cell.column));
          note.load('content');
          return { key: cellKey(cell.row, cell.column), mark: cell.mark, note };
        }),
      )
    : [];
  const resultProbe = record.resultSheet
    ? workbook.worksheets.getItemOrNullObject(record.resultSheet.id)
    : null;
  resultProbe?.load(['id', 'name']);

  return {
    sheet,
    collect(): ProbeResult {
      const fillNow = readFills();
      const notesPresent = new Set<string>();
      for (const probe of noteProbes) {
        if (!probe.note.isNullObject && isOurNote(probe.note.content, probe.mark)) {
          notesPresent.add(probe.key);
        }
      }
      let selection: Rect[] | null = null;
      if (selectionAreas) selection = parseAreas(selectionAreas.address) ?? [];
      if (selectionRange) selection = [rectOf(selectionRange)];
      return {
        sheetId: sheet.id,
        sheetName: sheet.name,
        sheetProtected: sheet.protection.protected,
        workbookProtected: workbook.protection.protected,
        sheetNames: workbook.worksheets.items.map((item) => item.name),
        used: {
          rect: rectOf(used),
          values: options.values ? (used.values as CellValue[][]) : null,
          numberFormat: options.values ? (used.numberFormat as string[][]) : null,
          formulaAreas:
            formulas === null
              ? null
              : formulas.isNullObject
                ? []
                : (parseAreas(formulas.address) ?? null),
        },
        selection,
        activeCell: { row: activeCell.rowIndex, column: activeCell.columnIndex },
        tables: sheet.tables.items.map((table) => ({
          name: table.name,
          showHeaders: table.showHeaders,
          showTotals: table.showTotals,
        })),
        tableAtCursor: cursorTables ? (cursorTables.items[0]?.name ?? null) : undefined,
        fillNow,
        notesPresent,
        noteCount: noteCount ? noteCount.value : null,
        resultSheet:
          resultProbe && !resultProbe.isNullObject
            ? { id: resultProbe.id, name: resultProbe.name }
            : null,
      };
    },
  };
}
