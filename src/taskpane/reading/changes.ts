// A choice made in the 表格识别 panel → the readings saved with the workbook (keyed by sheet and
// the header row's text). Each returns the new list, or null when the choice cannot be keyed.
import { forgetReading, headerTextAt, rememberReading, savedReadingFor } from '../../core';
import type { CheckRun, Role, SavedReading, Settings } from '../../core';

/** The saved reading the last check used, if one applied. */
export const appliedReading = (settings: Settings, run: CheckRun): SavedReading | null =>
  savedReadingFor(settings, run.source)?.reading ?? null;

/** The role's column(s): one letter, several for `group`, none ([]) when the role has no column. */
export function withColumn(
  settings: Settings,
  run: CheckRun,
  role: Role,
  letters: readonly string[],
): SavedReading[] | null {
  const table = run.report.table;
  if (!table) return null;
  const headerText = headerTextAt(run.source.grid, table.headerRow);
  if (headerText === '') return null;
  const applied = appliedReading(settings, run);
  const value = role === 'group' || letters.length !== 1 ? [...letters] : (letters[0] ?? []);
  const reading: SavedReading = {
    sheet: run.source.sheetName,
    headerText,
    ...(applied?.headerRow === undefined ? {} : { headerRow: table.headerRow }),
    columns: { ...applied?.columns, [role]: value },
  };
  return rememberReading(settings.readings ?? [], reading, applied);
}

/** The header on another row: the columns are read afresh under it. */
export function withHeaderRow(
  settings: Settings,
  run: CheckRun,
  headerRow: number,
): SavedReading[] | null {
  const headerText = headerTextAt(run.source.grid, headerRow);
  if (headerText === '') return null;
  const reading: SavedReading = { sheet: run.source.sheetName, headerText, headerRow, columns: {} };
  return rememberReading(settings.readings ?? [], reading, appliedReading(settings, run));
}

/** Back to the automatic reading: the saved one is forgotten. */
export function withoutReading(settings: Settings, run: CheckRun): SavedReading[] {
  const applied = appliedReading(settings, run);
  const readings = settings.readings ?? [];
  return applied ? forgetReading(readings, applied) : [...readings];
}
