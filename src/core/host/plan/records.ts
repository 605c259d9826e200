// The marks record against the sheets that exist now. Excel knows a sheet by its id, WPS 表格 only
// by its name (its SheetRef's id is the name): an entry written by the other host (or before its
// sheet was created) is found by its sheet's name and takes that sheet's id here.
import type { MarksRecord } from '../../marks/record';

export interface SheetRef {
  id: string;
  name: string;
}

function resolve(sheets: readonly SheetRef[], id: string, name: string): SheetRef | null {
  return sheets.find((s) => s.id === id) ?? sheets.find((s) => s.name === name) ?? null;
}

export function healRecord(record: MarksRecord, sheets: readonly SheetRef[]): MarksRecord {
  const entries = record.entries.map((entry) => {
    const sheet = resolve(sheets, entry.sheetId, entry.sheetName);
    return sheet ? { ...entry, sheetId: sheet.id, sheetName: sheet.name } : entry;
  });
  const result = record.resultSheet;
  const resultSheet = result ? (resolve(sheets, result.id, result.name) ?? result) : null;
  return { entries, resultSheet };
}

/** The recorded result sheet if it still exists. */
export function existingResultSheet(
  record: MarksRecord,
  sheets: readonly SheetRef[],
): SheetRef | null {
  const result = record.resultSheet;
  return result ? (sheets.find((s) => s.id === result.id) ?? null) : null;
}
