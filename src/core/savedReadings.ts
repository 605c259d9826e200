// Readings the user confirmed (表格识别), saved with the workbook and keyed by sheet name and the
// header row's text, so the same table is read the same way at every later check, pane or ribbon.
import { parseAddress } from './a1';
import { checkOptionsFrom } from './settings';
import type { SavedReading, Settings } from './settings';
import type { CellGrid, CheckOptions, Locale } from './types';

/** The table a saved reading may apply to (a host's SourceData is one). */
export interface ReadingSource {
  sheetName: string;
  grid: CellGrid;
}

/** Size caps of what is stored (the settings schema refuses more). */
export const READING_LIMITS = {
  /** Readings kept per workbook; the oldest is dropped first. */
  readings: 50,
  sheetName: 255,
  headerText: 1000,
  /** Letters of one role (group columns). */
  letters: 10,
  /** Indicators marked lower-is-better per reading, and the length of a name. */
  lower: 500,
  indicatorName: 200,
} as const;

/** Header rows are looked for in the table's first rows (as the reader does). */
const SEARCH_ROWS = 30;

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The text of one grid row: its cells joined by tabs, trailing blanks dropped, capped. */
function rowText(row: unknown): string {
  if (!Array.isArray(row)) return '';
  return row.map(cellText).join('\t').replace(/\t+$/, '').slice(0, READING_LIMITS.headerText);
}

/** The first sheet row of the grid (1 when its address cannot be read). */
const firstRow = (grid: CellGrid): number => parseAddress(grid.address).row;

/** The text of a sheet row (1-based) of the table: the key of a reading with its sheet. */
export function headerTextAt(grid: CellGrid, sheetRow: number): string {
  return rowText(grid.values[sheetRow - firstRow(grid)]);
}

const sameKey = (a: Pick<SavedReading, 'sheet' | 'headerText'>, b: typeof a): boolean =>
  a.sheet === b.sheet && a.headerText === b.headerText;

/** Where the reading's header row is in this table now, or null when it is not there. */
function headerRowIn(reading: SavedReading, source: ReadingSource): number | null {
  const { grid } = source;
  if (
    reading.headerRow !== undefined &&
    headerTextAt(grid, reading.headerRow) === reading.headerText
  ) {
    return reading.headerRow;
  }
  const rows = Math.min(grid.values.length, SEARCH_ROWS);
  for (let index = 0; index < rows; index++) {
    if (rowText(grid.values[index]) === reading.headerText) return firstRow(grid) + index;
  }
  return null;
}

export interface MatchedReading {
  reading: SavedReading;
  /** The options that apply it: the columns, and the header row where the header is now. */
  options: Pick<CheckOptions, 'columns' | 'headerRow' | 'mode' | 'lower' | 'higher'>;
}

/** The newest saved reading of this sheet whose header row is in the table. */
export function matchReading(
  readings: readonly SavedReading[],
  source: ReadingSource,
): MatchedReading | null {
  for (const reading of readings) {
    if (reading.sheet !== source.sheetName || reading.headerText === '') continue;
    const row = headerRowIn(reading, source);
    if (row === null) continue;
    const headerRow = reading.headerRow === undefined ? {} : { headerRow: row };
    const mode = reading.mode === undefined ? {} : { mode: reading.mode };
    const lower = reading.lower === undefined ? {} : { lower: reading.lower };
    const higher = reading.higher === undefined ? {} : { higher: reading.higher };
    const options = { columns: reading.columns, ...headerRow, ...mode, ...lower, ...higher };
    return { reading, options };
  }
  return null;
}

/**
 * The readings with `reading` first, replacing the one of the same key and `replacing` (the
 * reading it was made from), capped at READING_LIMITS.readings (the oldest go).
 */
export function rememberReading(
  readings: readonly SavedReading[],
  reading: SavedReading,
  replacing?: SavedReading | null,
): SavedReading[] {
  const others = readings.filter(
    (entry) => !sameKey(entry, reading) && !(replacing && sameKey(entry, replacing)),
  );
  return [reading, ...others].slice(0, READING_LIMITS.readings);
}

/** The readings without `reading` (its key). */
export function forgetReading(
  readings: readonly SavedReading[],
  reading: SavedReading,
): SavedReading[] {
  return readings.filter((entry) => !sameKey(entry, reading));
}

/** The saved reading that applies to this table (same sheet, its header row's text found), if any. */
export function savedReadingFor(settings: Settings, source: ReadingSource): MatchedReading | null {
  return matchReading(settings.readings ?? [], source);
}

/** The check options for this table: the settings', and the reading the user saved for it. */
export function checkOptionsFor(
  settings: Settings,
  locale: Locale,
  today: Date,
  source: ReadingSource,
): CheckOptions {
  const saved = savedReadingFor(settings, source);
  return { ...checkOptionsFrom(settings, locale, today), ...saved?.options };
}
