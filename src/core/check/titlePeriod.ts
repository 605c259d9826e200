// The period a table's title names (2026年上半年, 一季度, 前三季度, 1-9月, 全年): the month it ends
// with and the year written before it. A bare year (2026年) names no period.

export interface PeriodInTitle {
  /** The words as written, with the year when it stands right before them: '2026年上半年'. */
  text: string;
  /** 1..12: the period ends with this month. */
  endMonth: number;
  /** The year written before the period words; null when the title has none. */
  year: number | null;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 1..12 from '6', '06', '六', '十', '十二'; null otherwise. */
function monthNumber(text: string): number | null {
  const n = /^\d{1,2}$/.test(text)
    ? Number(text)
    : text.startsWith('十')
      ? 10 + (CN_DIGITS[text.slice(1)] ?? 0)
      : text.length === 1
        ? (CN_DIGITS[text] ?? NaN)
        : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

const MONTH = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])';
/** 1-9月, 1—6月, 1~6月 (NFKC of 1～6月), 1至6月, 1月-6月, 一至六月. */
const MONTH_RANGE = new RegExp(
  `(?<![\\d.])(?:1|一)\\s*月?\\s*(?:-|—|―|~|〜|～|至|到)\\s*${MONTH}\\s*月`,
  'g',
);
const QUARTER = /(?<!前)第?([一二三四1-4])季度/g;
const FIRST_QUARTERS = /前([二两三])季度/g;
/** 上半年, 上半年度, 下半年; 半年 on its own (2026年半年工作总结). */
const HALF = /(上|下|(?<![上下前后近每多这本]))半年度?/g;
/**
 * 全年 and 年度, unless they name the target (年度目标, 全年任务) rather than the period, or the
 * year before (上年度); a 自评表 / 自评报告 is a year's by rule (财预〔2020〕10号: 年度绩效自评).
 */
const WHOLE_YEAR = /(?:全年|(?<![上去前])年度)(?!目标|任务|计划)|自评(?:表|报告)/g;
/** 2026年, 二〇二六年: the year written before the period words. */
const YEAR = /(?<!\d)((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年/g;

interface Found {
  index: number;
  end: number;
  endMonth: number;
}

function matches(title: string, pattern: RegExp, endMonth: (m: RegExpExecArray) => number | null) {
  const found: Found[] = [];
  for (const m of title.matchAll(pattern)) {
    const month = endMonth(m);
    if (month !== null) found.push({ index: m.index, end: m.index + m[0].length, endMonth: month });
  }
  return found;
}

function yearValue(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : Number([...text].map((ch) => CN_DIGITS[ch]).join(''));
}

/** The period a title names; null for none, or for two periods that end in different months. */
export function periodInTitle(title: string | null | undefined): PeriodInTitle | null {
  if (typeof title !== 'string' || title === '') return null;
  const specific = [
    ...matches(title, MONTH_RANGE, (m) => {
      const end = monthNumber(m[1] ?? '');
      return end !== null && end >= 2 ? end : null;
    }),
    ...matches(title, FIRST_QUARTERS, (m) => (CN_DIGITS[m[1] ?? ''] ?? 0) * 3 || null),
    ...matches(title, QUARTER, (m) => {
      const q = m[1] ?? '';
      return (/\d/.test(q) ? Number(q) : (CN_DIGITS[q] ?? 0)) * 3 || null;
    }),
    ...matches(title, HALF, (m) => (m[1] === '下' ? 12 : 6)),
  ];
  const months = new Set(specific.map((found) => found.endMonth));
  if (months.size > 1) return null;
  const chosen =
    specific.sort((a, b) => a.index - b.index)[0] ??
    matches(title, WHOLE_YEAR, () => 12)[0] ??
    null;
  if (chosen === null) return null;
  let year: { value: number; index: number; end: number } | null = null;
  for (const m of title.matchAll(YEAR)) {
    if (m.index >= chosen.index) break;
    year = { value: yearValue(m[1] ?? ''), index: m.index, end: m.index + m[0].length };
  }
  // The year belongs to the words when only 度 or spaces stand between (2026年度上半年).
  const adjacent = year !== null && /^[\s度]*$/.test(title.slice(year.end, chosen.index));
  const start = adjacent && year !== null ? year.index : chosen.index;
  return {
    text: title.slice(start, chosen.end),
    endMonth: chosen.endMonth,
    year: year?.value ?? null,
  };
}
