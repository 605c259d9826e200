// Settings that travel with the workbook (validated on read: see settingsSchema.ts).
import { lastFinishedMonthEnd } from './check/asOf';
import type { CheckOptions, Locale, TemplateSet } from './types';

export type SourceKind = 'auto' | 'selection' | 'table' | 'sheet';
export type OutputMode = 'column' | 'sheet';

export interface Settings {
  /** ISO date; null means "end of the last finished month". */
  asOf: string | null;
  /** Overrides the expected progress derived from asOf. */
  expectedProgress: number | null;
  severeGap: number;
  outputMode: OutputMode;
  source: SourceKind;
  /** null follows Office's display language. */
  locale: Locale | null;
  templates: Partial<Record<Locale, TemplateSet>>;
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

/** The check options the settings ask for; no stored as-of date means the end of the last full month. */
export function checkOptionsFrom(
  settings: Settings,
  locale: Locale,
  today: Date,
): CheckOptions & { asOf: string } {
  return {
    asOf: settings.asOf ?? lastFinishedMonthEnd(today),
    severeGap: settings.severeGap,
    locale,
    ...(settings.expectedProgress === null ? {} : { expectedProgress: settings.expectedProgress }),
  };
}
