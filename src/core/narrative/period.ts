// The as-of date in the words a report uses: 截至6月底 / 上半年, As of the end of June / First Half.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** null for a missing or impossible date. */
export function periodOf(asOf: string | null | undefined): Period | null {
  if (typeof asOf !== 'string') return null;
  const match = ISO_DATE.exec(asOf);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const monthName = MONTHS_EN[month - 1];
  if (monthName === undefined || day < 1 || day > daysInMonth(year, month)) return null;
  return { year: String(year), month, day, monthName, monthEnd: day === daysInMonth(year, month) };
}
