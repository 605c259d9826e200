// The as-of date in the words a report uses: 截至6月底 / 上半年, As of the end of June / First Half.
import { parseIsoDate } from '../isoDate';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface Period {
  year: string;
  month: number;
  day: number;
  monthName: string;
  /** The date is the last day of its month (截至6月底 rather than 截至6月15日). */
  monthEnd: boolean;
}

/** null for a missing or impossible date. */
export function periodOf(asOf: string | null | undefined): Period | null {
  const date = parseIsoDate(asOf);
  const monthName = date === null ? undefined : MONTHS_EN[date.month - 1];
  if (date === null || monthName === undefined) return null;
  const { year, month, day, monthEnd } = date;
  return { year: String(year), month, day, monthName, monthEnd };
}
