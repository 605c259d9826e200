// A choice made in the 表格识别 panel → the readings saved with the workbook (keyed by sheet and
// the header row's text). Each returns the new list, or null when the choice cannot be keyed.
import {
  forgetReading,
  headerTextAt,
  READING_LIMITS,
  rememberReading,
  savedReadingFor,
} from '../../core';
import type { CheckMode, CheckRun, Role, SavedReading, Settings } from '../../core';

/** The saved reading the last check used, if one applied. */
export const appliedReading = (settings: Settings, run: CheckRun): SavedReading | null =>
  savedReadingFor(settings, run.source)?.reading ?? null;

/** What a new choice of columns or header row keeps: the mode and the directions the user chose. */
const kept = (applied: SavedReading | null): Pick<SavedReading, 'mode' | 'lower' | 'higher'> => ({
  ...(applied?.mode === undefined ? {} : { mode: applied.mode }),
  ...(applied?.lower === undefined ? {} : { lower: applied.lower }),
  ...(applied?.higher === undefined ? {} : { higher: applied.higher }),
});

/** The checked table's key (its header row's text) and the saved reading it used; null unkeyable. */
function checkedKey(
  settings: Settings,
  run: CheckRun,
): { headerRow: number; headerText: string; applied: SavedReading | null } | null {
  const table = run.report.table;
  if (!table) return null;
  const headerText = headerTextAt(run.source.grid, table.headerRow);
  if (headerText === '') return null;
  return { headerRow: table.headerRow, headerText, applied: appliedReading(settings, run) };
}

/** The role's column(s): one letter, several for `group`, none ([]) when the role has no column. */
export function withColumn(
  settings: Settings,
  run: CheckRun,
  role: Role,
  letters: readonly string[],
): SavedReading[] | null {
  const key = checkedKey(settings, run);
  if (!key) return null;
  const { headerText, applied } = key;
  const value = role === 'group' || letters.length !== 1 ? [...letters] : (letters[0] ?? []);
  const reading: SavedReading = {
    sheet: run.source.sheetName,
    headerText,
    ...(applied?.headerRow === undefined ? {} : { headerRow: key.headerRow }),
    columns: { ...applied?.columns, [role]: value },
    ...kept(applied),
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
  const applied = appliedReading(settings, run);
  const reading: SavedReading = {
    sheet: run.source.sheetName,
    headerText,
    headerRow,
    columns: {},
    ...kept(applied),
  };
  return rememberReading(settings.readings ?? [], reading, applied);
}

/** Back to the automatic reading: the saved one is forgotten. */
export function withoutReading(settings: Settings, run: CheckRun): SavedReading[] {
  const applied = appliedReading(settings, run);
  const readings = settings.readings ?? [];
  return applied ? forgetReading(readings, applied) : [...readings];
}

/** The applied reading with a change that keeps its columns and header row (mode, lower). */
function withApplied(
  settings: Settings,
  run: CheckRun,
  change: (reading: SavedReading) => SavedReading,
): SavedReading[] | null {
  const key = checkedKey(settings, run);
  if (!key) return null;
  const { headerText, applied } = key;
  const base: SavedReading = applied ?? { sheet: run.source.sheetName, headerText, columns: {} };
  return rememberReading(settings.readings ?? [], change({ ...base }), applied);
}

/** 绩效自评表 or progress table as the user says; 'auto' leaves it to the header. */
export function withMode(
  settings: Settings,
  run: CheckRun,
  mode: CheckMode,
): SavedReading[] | null {
  return withApplied(settings, run, ({ mode: _old, ...reading }) =>
    mode === 'auto' ? reading : { ...reading, mode },
  );
}

export type DirectionChoice = 'lower' | 'higher' | 'unconfirmed';

/** One indicator, by name, said to be better lower or higher, or left to the table (unconfirmed). */
export function withDirection(
  settings: Settings,
  run: CheckRun,
  name: string,
  choice: DirectionChoice,
): SavedReading[] | null {
  return withApplied(settings, run, ({ lower = [], higher = [], ...reading }) => {
    const others = (names: readonly string[]) => names.filter((entry) => entry !== name);
    const nextLower = choice === 'lower' ? [...others(lower), name] : others(lower);
    const nextHigher = choice === 'higher' ? [...others(higher), name] : others(higher);
    return {
      ...reading,
      ...(nextLower.length === 0 ? {} : { lower: nextLower.slice(0, READING_LIMITS.lower) }),
      ...(nextHigher.length === 0 ? {} : { higher: nextHigher.slice(0, READING_LIMITS.lower) }),
    };
  });
}
