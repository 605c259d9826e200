// The result sheet: written (added after the last sheet, or cleared and rewritten) or deleted.
import { columnCount, columnLetter } from '../../core';
import type { ResultSheetPlan, SheetContents } from '../../core';
import type { EtApplication, EtWorkbook, EtWorksheet } from '../types';
import { findSheet, rangeOf, withoutAlerts } from './sheets';

function addSheet(app: EtApplication, workbook: EtWorkbook, name: string): EtWorksheet {
  const sheets = workbook.Worksheets;
  const before = app.ActiveSheet;
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  before?.Activate(); // Add makes the new sheet active; the caller decides which one shows
  try {
    sheet.Name = name;
  } catch (error) {
    // Unnamed, the record could not find it again: take it away rather than leave it behind.
    withoutAlerts(app, () => sheet.Delete());
    throw error;
  }
  return sheet;
}

/** Number formats, one range per run of equal formats down a column; 'General' is left alone. */
function applyFormats(sheet: EtWorksheet, contents: SheetContents): void {
  const width = contents.numberFormat[0]?.length ?? 0;
  for (let column = 0; column < width; column += 1) {
    let start = 0;
    for (let row = 1; row <= contents.numberFormat.length; row += 1) {
      const format = contents.numberFormat[start]?.[column] ?? 'General';
      if (contents.numberFormat[row]?.[column] === format) continue;
      if (format !== 'General') {
        rangeOf(sheet, { r0: start, r1: row - 1, c0: column, c1: column }).NumberFormat = format;
      }
      start = row;
    }
  }
}

function writeContents(sheet: EtWorksheet, contents: SheetContents): void {
  const { values, boldRows } = contents;
  const width = values[0]?.length ?? 1;
  const block = { r0: 0, c0: 0, r1: values.length - 1, c1: width - 1 };
  applyFormats(sheet, contents);
  rangeOf(sheet, block).Value2 = values.map((row) => row.map((value) => value ?? ''));
  for (const row of boldRows) {
    rangeOf(sheet, { ...block, r0: row, r1: row }).Font.Bold = true;
  }
  sheet.Range(`A:${columnLetter(columnCount(block) - 1)}`).Columns.AutoFit();
}

export function removeResultSheet(app: EtApplication, workbook: EtWorkbook, name: string): void {
  const sheet = findSheet(workbook, name);
  if (sheet) withoutAlerts(app, () => sheet.Delete());
}

export function applyResultSheet(
  app: EtApplication,
  workbook: EtWorkbook,
  plan: ResultSheetPlan | null,
): void {
  if (!plan) return;
  if (plan.action === 'delete') {
    removeResultSheet(app, workbook, plan.id); // WPS: a sheet's id is its name
    return;
  }
  const existing = plan.existingId ? findSheet(workbook, plan.existingId) : null;
  const sheet = existing ?? addSheet(app, workbook, plan.name);
  if (existing) sheet.Cells.Clear();
  writeContents(sheet, plan.contents);
  if (plan.activate) sheet.Activate();
}
