// Settings that travel with the workbook (validated on read: see settingsSchema.ts).
import { isoDay } from './check/asOf';
import type { CheckMode, CheckOptions, Locale, RoleColumns, TemplateSet } from './types';

export type SourceKind = 'auto' | 'selection' | 'table' | 'sheet';
export type OutputMode = 'column' | 'sheet';

/**
 * A reading the user confirmed (表格识别), keyed by sheet and header row's text: see
 * savedReadings.ts, which applies it (kept apart so the pane's start-up bundle does without it).
 */
export interface SavedReading {
  /** The sheet's name (a file's name in standalone mode). */
  sheet: string;
  /** The header row's cells as text (see headerTextAt): with `sheet`, the key. */
  headerText: string;
  /** The sheet row the user chose for the header; absent when the detected header was kept. */
  headerRow?: number;
  /** The user's columns per role; an empty list means the role has no column. */
  columns: RoleColumns;
  /** Read as a 绩效自评表 or as a progress table; absent: decided from the header. */
  mode?: Exclude<CheckMode, 'auto'>;
  /** Names of indicators the user says are better lower (逆向指标). */
  lower?: string[];
  /** Names the user confirmed as better higher (their names only suggested lower). */
  higher?: string[];
}

export interface Settings {
  /** ISO date; null: the end of the period the table's title names, else of the last finished month. */
  asOf: string | null;
  /** Overrides the expected progress derived from asOf. */
  expectedProgress: number | null;
  severeGap: number;
  outputMode: OutputMode;
  source: SourceKind;
  /** null follows Office's display language. */
  locale: Locale | null;
  templates: Partial<Record<Locale, TemplateSet>>;
  /** Readings the user confirmed in the pane (表格识别), newest first; absent: none. */
  readings?: SavedReading[];
}

export const DEFAULT_SETTINGS: Settings = {
  asOf: null,
  expectedProgress: null,
  severeGap: 0.2,
  outputMode: 'column',
  source: 'auto',
  locale: null,
  templates: {},
};

export interface SettingsReadResult {
  settings: Settings;
  /** Names of the settings that were unreadable and fell back to their defaults. */
  invalid: string[];
}

/**
 * The check options the settings ask for. No stored as-of date: the check decides it from the
 * table (the period its title names) or from `today` (the end of the last full month).
 */
export function checkOptionsFrom(
  settings: Settings,
  locale: Locale,
  today: Date,
): CheckOptions & { today: string } {
  return {
    ...(settings.asOf === null ? {} : { asOf: settings.asOf }),
    today: isoDay(today),
    severeGap: settings.severeGap,
    locale,
    ...(settings.expectedProgress === null ? {} : { expectedProgress: settings.expectedProgress }),
  };
}
