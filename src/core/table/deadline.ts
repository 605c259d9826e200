// Deadlines written as targets (11月底前, 2022年底之前, 年内完成, 12月31日前) and the month an
// actual names (10月, 2022年10月, 2022-10-15, 于10月底完成): is the actual within the deadline?

export interface Deadline {
  year: number | null;
  month: number;
  day: number | null;
}

/** Compacted text (compact()): digits and signs half-width, no spaces. */
const DEADLINE =
  /^(?:在|于)?(?:(\d{4})年(?:度)?)?(?:(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?|(年底|年末|年内|年中|年度内|当年))?(?:底|末|中旬|下旬|上旬|初)?(?:之前|以前|前|内)?(?:完成|到位|实施完毕|完工)?$/;

const BEFORE_WORDS = /(?:之前|以前|前|内|年底|年末)/;

const YEAR_WORD_MONTH: Record<string, number> = {
  年底: 12,
  年末: 12,
  年内: 12,
  年度内: 12,
  当年: 12,
  年中: 6,
};

/** A deadline target; null when the words are no deadline ('效果明显', or a bare '10月'). */
export function parseDeadline(text: string): Deadline | null {
  if (!BEFORE_WORDS.test(text)) return null;
  const match = DEADLINE.exec(text);
  if (match === null) return null;
  const [, year, month, day, yearWord] = match;
  const monthNumber =
    month !== undefined ? Number(month) : yearWord !== undefined ? YEAR_WORD_MONTH[yearWord] : 12;
  if (monthNumber === undefined || monthNumber < 1 || monthNumber > 12) return null;
  if (year === undefined && month === undefined && yearWord === undefined) return null;
  return {
    year: year === undefined ? null : Number(year),
    month: monthNumber,
    day: day === undefined ? null : Number(day),
  };
}

const NAMED_MONTH = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/;
const ISO_DATE = /(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?/;

/** The date an actual names (10月, 2022年10月20日, 2022-10-15), or null. */
export function namedDate(text: string): Deadline | null {
  const match = NAMED_MONTH.exec(text) ?? ISO_DATE.exec(text);
  if (match === null) return null;
  const month = Number(match[2]);
  if (!(month >= 1 && month <= 12)) return null;
  return {
    year: match[1] === undefined ? null : Number(match[1]),
    month,
    day: match[3] === undefined ? null : Number(match[3]),
  };
}

/** True when `date` is on or before the deadline (a year named on one side only is not compared). */
export function withinDeadline(date: Deadline, deadline: Deadline): boolean {
  if (date.year !== null && deadline.year !== null && date.year !== deadline.year) {
    return date.year < deadline.year;
  }
  if (date.month !== deadline.month) return date.month < deadline.month;
  if (date.day === null || deadline.day === null) return true;
  return date.day <= deadline.day;
}
