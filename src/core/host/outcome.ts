// One description of what a check or a clear did, for every shell (ribbon dialog, pane banner).
import { HOST_EN } from '../messages/hostEnUS';
import type { HostName, HostWording } from '../messages/hostWording';
import { HOST_ZH } from '../messages/hostZhCN';
import type { CheckReport, Locale } from '../types';
import { asHostError } from './errors';
import type { FallbackReason, Outcome, Tone, WriteSummary } from './port';

const hostWording = (locale: Locale): HostWording => (locale === 'en-US' ? HOST_EN : HOST_ZH);

export function hostErrorMessage(error: unknown, locale: Locale, host: HostName = 'excel'): string {
  return hostWording(locale).error[asHostError(error).code](host);
}

/** The sentence the result sheet carries when it stands in for the status column. */
export function fallbackHere(reason: FallbackReason, locale: Locale): string {
  const t = hostWording(locale);
  return `${t.fallback[reason]}${t.fellBackHere}`;
}

/** Where the marks went, or null when nothing was written (standalone). */
export function describeWrite(
  summary: WriteSummary,
  locale: Locale,
): { tone: Exclude<Tone, 'error'>; text: string } | null {
  const t = hostWording(locale);
  const sheet = summary.resultSheet ?? '';
  if (summary.withheld) return { tone: 'warning', text: t.withheld };
  if (summary.fallbackReason) {
    return { tone: 'warning', text: `${t.fallback[summary.fallbackReason]}${t.fellBackTo(sheet)}` };
  }
  if (summary.statusRange) {
    return { tone: 'success', text: t.statusAt(summary.statusRange, summary.cellsMarked) };
  }
  if (summary.resultSheet) return { tone: 'success', text: t.onSheet(summary.resultSheet) };
  return null;
}

export function checkOutcome(
  report: CheckReport,
  summary: WriteSummary,
  invalidSettings: readonly string[],
  locale: Locale,
): Outcome {
  const t = hostWording(locale);
  const lines = [t.counts(report.summary)];
  const write = describeWrite(summary, locale);
  if (write) lines.push(write.text);
  if (report.issues.length > 0) lines.push(t.issues(report.issues.length, summary.notes));
  if (invalidSettings.length > 0) lines.push(t.badSettings(invalidSettings));
  const hasErrors = report.issues.some((issue) => issue.severity === 'error');
  const tone: Tone = write?.tone === 'warning' || hasErrors ? 'warning' : 'success';
  return { tone, title: t.checkDone, lines };
}

export function clearOutcome(locale: Locale): Outcome {
  const t = hostWording(locale);
  return { tone: 'success', title: t.cleared, lines: [t.clearedText] };
}

export function failureOutcome(
  error: unknown,
  locale: Locale,
  action: 'check' | 'clear',
  host: HostName = 'excel',
): Outcome {
  const t = hostWording(locale);
  const hostError = asHostError(error);
  return {
    tone: 'error',
    title: action === 'clear' ? t.clearFailed : t.checkFailed,
    lines: [hostErrorMessage(hostError, locale, host), `(${hostError.hostCode ?? hostError.code})`],
  };
}
