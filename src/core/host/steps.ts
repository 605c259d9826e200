// The one use case every shell runs — settings → read → check → mark — as separate steps, so the
// pure check step can run elsewhere (a lazily loaded chunk, a Web Worker).
import { readingIsUnsure } from '../check/unsure';
import { checkOptionsFor } from '../savedReadings';
import type { Settings } from '../settings';
import type { CheckOptions, CheckReport, Locale } from '../types';
import type { SourceData, WorkbookPort, WriteSummary } from './port';

export interface CheckRun {
  report: CheckReport;
  source: SourceData;
  summary: WriteSummary;
}

export type CheckStep = (source: SourceData, options: CheckOptions) => Promise<CheckReport>;

export interface RunSettings {
  settings: Settings;
  /** Stored settings that were unreadable and use their defaults. */
  invalid: string[];
  locale: Locale;
}

/** The workbook's settings and the language they ask for (the host's when they name none). */
export async function loadRunSettings(
  port: WorkbookPort,
  hostLocale: Locale,
): Promise<RunSettings> {
  const { settings, invalid } = await port.loadSettings();
  return { settings, invalid, locale: settings.locale ?? hostLocale };
}

export async function runCheckSteps(
  port: WorkbookPort,
  request: { settings: Settings; locale: Locale; today: Date },
  check: CheckStep,
): Promise<CheckRun> {
  const { settings, locale, today } = request;
  const source = await port.readSource(settings.source);
  // A reading the user saved for this table (sheet and header row) applies here, ribbon included.
  const report = await check(source, checkOptionsFor(settings, locale, today, source));
  // No marks from a guess: an unsure reading is shown to the user, never written.
  const summary: WriteSummary = readingIsUnsure(report)
    ? {
        mode: settings.outputMode,
        fellBackToSheet: false,
        cellsMarked: 0,
        notes: 0,
        withheld: true,
      }
    : await port.writeMarks(report, source, { mode: settings.outputMode, locale });
  return { report, source, summary };
}
