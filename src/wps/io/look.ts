// The look just before a write: protection, the column right of the block, our earlier marks on
// this sheet, the fills about to change and the comments already where ours would go.
import {
  cellKey,
  entriesOnSheet,
  existingResultSheet,
  healRecord,
  isOurNote,
  MAX_COLUMNS,
  neighbourFrom,
  noteTargets,
  statusRowsFor,
  wantedFills,
} from '../../core';
import type { CellAt, CellValue, Inspection, MarkPlan, Rect } from '../../core';
import { readRecord } from '../store/marksPart';
import type { EtWorkbook, EtWorksheet } from '../types';
import { columnFormulas, columnValues, commentsOn, fillOf, validatedCells } from './cells';
import { rectOf, requireSheet, sheetRefs } from './sheets';

export function tableNames(sheet: EtWorksheet): string[] {
  const names: string[] = [];
  try {
    const tables = sheet.ListObjects;
    for (let i = 1; i <= tables.Count; i += 1) names.push(tables.Item(i).Name);
  } catch {
    return []; // no ListObjects in this WPS version: there are no tables to keep apart
  }
  return names;
}

/** Last column of the sheet's used range (0-based): a table column right of it can go. */
export function usedLastColumn(sheet: EtWorksheet): number {
  return rectOf(sheet.UsedRange).c1;
}

export function lookBeforeWrite(
  workbook: EtWorkbook,
  sheetName: string,
  rect: Rect,
  marks: MarkPlan,
  headerRow: number | null,
): Inspection {
  const sheet = requireSheet(workbook, sheetName);
  const sheets = sheetRefs(workbook);
  const record = healRecord(readRecord(workbook).record, sheets);
  const mine = entriesOnSheet(record, sheet.Name);

  const column = rect.c1 + 1;
  const neighbourRect = { r0: rect.r0, r1: rect.r1, c0: column, c1: column };
  const neighbour =
    column < MAX_COLUMNS
      ? neighbourFrom(
          column,
          columnValues(sheet, neighbourRect),
          columnFormulas(sheet, neighbourRect),
        )
      : null;

  // One read per recorded status column.
  const statusValues = new Map<string, CellValue>();
  for (const { status } of mine) {
    if (!status) continue;
    const { firstRow, lastRow } = status;
    const span = { r0: firstRow, r1: lastRow, c0: status.column, c1: status.column };
    columnValues(sheet, span).forEach((value, i) =>
      statusValues.set(cellKey(firstRow + i, status.column), value),
    );
  }

  const fillCells = new Map<string, CellAt>();
  for (const fill of [...mine.flatMap((e) => e.fills), ...wantedFills(marks, rect)]) {
    fillCells.set(cellKey(fill.row, fill.column), { row: fill.row, column: fill.column });
  }
  const fillNow = new Map([...fillCells].map(([key, cell]) => [key, fillOf(sheet, cell)]));

  // Comments: one pass over the sheet's Comments collection (usually a handful).
  const comments = commentsOn(sheet);
  const notesPresent = new Set<string>();
  for (const note of mine.flatMap((e) => e.notes)) {
    const key = cellKey(note.row, note.column);
    if (isOurNote(comments.get(key), note.mark)) notesPresent.add(key);
  }
  const foreign = (key: string): boolean => comments.has(key) && !notesPresent.has(key);
  const rows = statusRowsFor(rect, headerRow);
  const foreignNotes = new Set<string>();
  for (const key of rows ? noteTargets(marks, rows).keys() : []) {
    if (foreign(key)) foreignNotes.add(key);
  }
  const statusBlocked = new Set<string>();
  if (rows) {
    const span = { r0: rows.firstRow, r1: rows.lastRow, c0: rows.column, c1: rows.column };
    for (const key of validatedCells(sheet, span)) statusBlocked.add(key);
    for (let row = rows.firstRow; row <= rows.lastRow; row += 1) {
      if (foreign(cellKey(row, rows.column))) statusBlocked.add(cellKey(row, rows.column));
    }
  }

  return {
    sheetId: sheet.Name, // ET sheets have no ids: WPS knows a sheet by its name
    sheetName: sheet.Name,
    rect,
    // ET tables (ListObjects) are never checked; one may hold a column an old Excel version added.
    table: null,
    tableHeaders: [],
    tableNames: tableNames(sheet),
    record,
    sheetProtected: sheet.ProtectContents,
    workbookProtected: workbook.ProtectStructure,
    sheetNames: sheets.map((s) => s.name),
    neighbour,
    statusValues,
    fillNow,
    notesPresent,
    foreignNotes,
    resultSheet: existingResultSheet(record, sheets),
    // Comments and validation rules are read per cell here, into statusNotes.
    cellsUnreadable: false,
    statusNotes: statusBlocked,
    neighbourValidated: false,
    usedLastColumn: usedLastColumn(sheet),
  };
}
