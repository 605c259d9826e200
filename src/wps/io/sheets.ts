// Sheets, ranges and cells of the ET object model in our 0-based rectangles. WPS counts rows and
// columns from 1 (Cells.Item(1, 1) is A1); a sheet is named by its name (ET has no sheet ids).
import { HostError, rectAddress } from '../../core';
import type { Rect, SheetRef } from '../../core';
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from '../types';

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new HostError('no-data');
  return workbook;
}

export function sheetRefs(workbook: EtWorkbook): SheetRef[] {
  const sheets = workbook.Worksheets;
  const refs: SheetRef[] = [];
  for (let i = 1; i <= sheets.Count; i += 1) {
    const name = sheets.Item(i).Name;
    refs.push({ id: name, name });
  }
  return refs;
}

/** The sheet called `name`; null if there is none (Item throws or answers nothing then). */
export function findSheet(workbook: EtWorkbook, name: string): EtWorksheet | null {
  const lower = name.toLowerCase();
  const sheets = workbook.Worksheets;
  for (let i = 1; i <= sheets.Count; i += 1) {
    const sheet = sheets.Item(i);
    if (sheet.Name.toLowerCase() === lower) return sheet;
  }
  return null;
}

export function requireSheet(workbook: EtWorkbook, name: string): EtWorksheet {
  const sheet = findSheet(workbook, name);
  if (!sheet) throw new HostError('sheet-not-found');
  return sheet;
}

export const rangeOf = (sheet: EtWorksheet, rect: Rect): EtRange => sheet.Range(rectAddress(rect));

export const cellOf = (sheet: EtWorksheet, row: number, column: number): EtRange =>
  sheet.Cells.Item(row + 1, column + 1);

export function rectOf(range: EtRange): Rect {
  const r0 = range.Row - 1;
  const c0 = range.Column - 1;
  return { r0, c0, r1: r0 + range.Rows.Count - 1, c1: c0 + range.Columns.Count - 1 };
}

/** Switches WPS's alerts off while `action` runs (Worksheet.Delete asks otherwise). */
export function withoutAlerts<T>(app: EtApplication, action: () => T): T {
  const before = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    return action();
  } finally {
    app.DisplayAlerts = before;
  }
}

/** Screen updates off during a write, back as they were afterwards. */
export function withoutRedraw<T>(app: EtApplication, action: () => T): T {
  const before = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    return action();
  } finally {
    app.ScreenUpdating = before;
  }
}
