// The as-of date of a check: the one given, else the end of the period the table's title names,
// else the end of the last finished month.
import { parseIsoDate } from '../isoDate';
import type { AsOfSource, CheckOptions, CheckReport, TitlePeriod } from '../types';
import { periodInTitle } from './titlePeriod';

const pad = (n: number): string => String(n).padStart(2, '0');

export function lastFinishedMonthEnd(today: Date): string {
  // Day 0 of this month is the last day of the previous one.
  const end = new Date(today.getFullYear(), today.getMonth(), 0);
  return `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`;
}

/** The local calendar day of `date` as an ISO date (CheckOptions.today). */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last day of a month (month 0: December of the year before), in UTC so no zone moves it. */
function monthEnd(year: number, month: number): string {
  const end = new Date(Date.UTC(year, month, 0));
  return `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

export interface AsOfResolution {
  asOf: string | null;
  source: AsOfSource;
  /** When the title decided: the period it names. */
  period: TitlePeriod | null;
}

/**
 * The given as-of date wins; else the title's period (上半年 → 06-30 of the title's year, or of
 * the year the default date falls in when the title names none: a 全年 table checked in January
 * is last year's); else the end of the month before `today`; else no date (half the year).
 */
export function resolveAsOf(
  options: CheckOptions | undefined,
  title: string | null | undefined,
): AsOfResolution {
  const given = options?.asOf;
  if (typeof given === 'string' && parseIsoDate(given) !== null) {
    return { asOf: given, source: 'option', period: null };
  }
  const today = parseIsoDate(options?.today);
  const fallback = today === null ? null : monthEnd(today.year, today.month - 1);
  const named = periodInTitle(title);
  const fallbackYear = fallback === null ? null : Number(fallback.slice(0, 4));
  const year = named?.year ?? fallbackYear;
  if (named !== null && year !== null && typeof title === 'string') {
    const period: TitlePeriod = {
      title,
      text: named.text,
      year,
      yearInTitle: named.year !== null,
    };
    return { asOf: monthEnd(year, named.endMonth), source: 'title', period };
  }
  return { asOf: fallback, source: 'default', period: null };
}

/** Several reports rolled up: the date given, else the one all their titles gave, else the default. */
export function resolveSharedAsOf(
  options: CheckOptions | undefined,
  reports: readonly Pick<CheckReport, 'asOf' | 'asOfSource' | 'asOfPeriod'>[],
): AsOfResolution {
  const resolved = resolveAsOf(options, null);
  if (resolved.source === 'option') return resolved;
  const [first] = reports;
  const shared =
    first !== undefined &&
    reports.every((report) => report.asOfSource === 'title' && report.asOf === first.asOf);
  return shared
    ? { asOf: first.asOf, source: 'title', period: first.asOfPeriod ?? null }
    : resolved;
}
