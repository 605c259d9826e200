// Provenance of the numbers in a narrative: every number written must come from the report.
//
// Matching rule. Numbers are read from the plain text of each paragraph (the concatenation of its
// segments). A number that runs across two segments is two numbers glued together (a name ending
// in a digit, then a figure): a failure. Otherwise, by the segment it lies in:
// - a number inside a value segment must be one of the cited indicator's figures (actual, target,
//   last year, completion rate, growth, change in points) or the expected progress, in one of the
//   scalings the narrative writes them with — ×1; ×100 (fractions as %, 亿元 as RMB million);
//   ÷10⁴ (counts from 10,000 up written in 万); ×10⁴ (万人次 in en-US); ÷100 (万元 as RMB million)
//   — and rounded to the decimals written: |written − figure × scale| ≤ half a unit of the last
//   written digit. Digits inside the indicator's unit also count;
// - a number inside a text segment must be a count of indicators (by status, over all indicators or
//   over those the overall paragraph counts; behind ones with a figure to show; those left out of a
//   capped list), a part of the as-of date (year, month, day, and the 1
//   of "1—5月"), the expected progress in %, or a number written in an indicator name or the title.
import { MAX_BEHIND_ITEMS, MAX_NAMES } from '../../src/core/narrative/sections';
import type { CheckReport, Indicator, Narrative, Segment, Status } from '../../src/core/types';

export interface NumberToken {
  text: string;
  value: number;
  decimals: number;
  /** Offset in the text it was read from. */
  index: number;
}

const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?/g;

export function numbersIn(text: string): NumberToken[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    const token = match[0];
    const plain = token.replace(/,/g, '');
    const dot = plain.indexOf('.');
    const decimals = dot < 0 ? 0 : plain.length - dot - 1;
    return { text: token, value: Number(plain), decimals, index: match.index };
  });
}

const SCALES = [1, 100, 1e-4, 1e4, 1e-2];

/** Does the written number round from |figure| × some scale the narrative uses? */
export function writtenFrom(token: NumberToken, figure: number): boolean {
  if (!Number.isFinite(figure)) return false;
  const half = 0.5 * 10 ** -token.decimals;
  return SCALES.some((scale) => {
    const scaled = Math.abs(figure) * scale;
    return Math.abs(token.value - scaled) <= half + 1e-9 * Math.max(1, scaled);
  });
}

const FIGURES = [
  'actual',
  'target',
  'lastYear',
  'completionRate',
  'yoyGrowth',
  'yoyChangePoints',
] as const;

function figuresOf(indicator: Indicator): number[] {
  return FIGURES.map((field) => indicator[field]).filter(
    (value): value is number => typeof value === 'number',
  );
}

/** Indicators under a parent row (found by name, not itself), unless caught in a parent cycle. */
function subItems(indicators: readonly Indicator[]): Set<Indicator> {
  const byName = new Map<string, Indicator[]>();
  for (const i of indicators) byName.set(i.name, [...(byName.get(i.name) ?? []), i]);
  const parentOf = (i: Indicator): Indicator | undefined =>
    i.parent === null ? undefined : byName.get(i.parent)?.find((other) => other !== i);
  const under = new Set<Indicator>();
  for (const i of indicators) {
    const seen = new Set<Indicator>([i]);
    let at = parentOf(i);
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      at = parentOf(at);
    }
    if (parentOf(i) !== undefined && at === undefined) under.add(i);
  }
  return under;
}

function countsOf(report: CheckReport): Set<number> {
  const all = report.indicators;
  const under = subItems(all);
  const counted = all.filter((i) => !under.has(i) || i.status !== 'no-target');
  const counts = new Set<number>();
  for (const subset of [all, counted]) {
    const count = (...statuses: Status[]): number =>
      subset.filter((i) => statuses.includes(i.status)).length;
    counts.add(subset.length);
    counts.add(subset.length - count('invalid'));
    for (const status of [
      'done',
      'on-track',
      'no-target',
      'invalid',
      'severely-behind',
      'qualitative',
    ] as const) {
      counts.add(count(status));
    }
    const behind = subset.filter((i) => i.status === 'behind' || i.status === 'severely-behind');
    counts.add(behind.length);
    // The behind paragraph lists those it can give a figure for.
    const describable = behind.filter(
      (i) => i.direction === 'lower' || Number.isFinite(i.completionRate ?? Number.NaN),
    );
    counts.add(describable.length);
    // Long lists name the first few and count the rest (等N项 / and N more).
    counts.add(behind.length - MAX_NAMES);
    counts.add(describable.length - MAX_BEHIND_ITEMS);
  }
  return counts;
}

function dateParts(asOf: string | null): number[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf ?? '');
  return match ? [1, Number(match[1]), Number(match[2]), Number(match[3])] : [];
}

interface Placed {
  segment: Segment;
  start: number;
  end: number;
}

function place(segments: readonly Segment[]): { text: string; placed: Placed[] } {
  let text = '';
  const placed: Placed[] = [];
  for (const segment of segments) {
    placed.push({ segment, start: text.length, end: text.length + segment.text.length });
    text += segment.text;
  }
  return { text, placed };
}

/** Numbers that run across two segments of a paragraph (two numbers read as one), as text. */
export function numbersAcrossSegments(narrative: Narrative): string[] {
  const glued: string[] = [];
  for (const paragraph of narrative.paragraphs) {
    const { text, placed } = place(paragraph.segments);
    for (const token of numbersIn(text)) {
      const end = token.index + token.text.length;
      const spans = placed.filter((p) => p.start < end && p.end > token.index);
      if (spans.length > 1) glued.push(spans.map((p) => p.segment.text).join(' | '));
    }
  }
  return glued;
}

/** Numbers of the narrative text that the report does not account for, with the reason. */
export function unexplainedNumbers(
  narrative: Narrative,
  report: CheckReport,
  title?: string,
): string[] {
  const counts = countsOf(report);
  const named = new Set<string>();
  // Text the table itself supplies: names, their groups (section headings), its title row.
  const tableText = [
    ...report.indicators.flatMap((i) => [i.name, ...(i.group ?? [])]),
    report.table?.title ?? '',
    title ?? '',
  ];
  for (const text of tableText) {
    for (const token of numbersIn(text)) named.add(token.text);
  }
  const textNumbers = [...counts, ...dateParts(report.asOf)];
  const inValue = (token: NumberToken, segment: Segment): boolean => {
    const cited = report.indicators.filter(
      (i) => segment.kind === 'value' && i.name === segment.indicator,
    );
    const candidates = cited.length > 0 ? cited : report.indicators;
    const unitTokens = candidates.flatMap((i) => numbersIn(i.unit ?? '').map((t) => t.text));
    return (
      unitTokens.includes(token.text) ||
      writtenFrom(token, report.expectedProgress) ||
      candidates.some((i) => figuresOf(i).some((figure) => writtenFrom(token, figure)))
    );
  };
  const inText = (token: NumberToken): boolean =>
    named.has(token.text) ||
    (token.decimals === 0 && textNumbers.includes(token.value)) ||
    writtenFrom(token, report.expectedProgress);

  const unexplained: string[] = [];
  for (const paragraph of narrative.paragraphs) {
    const { text, placed } = place(paragraph.segments);
    for (const token of numbersIn(text)) {
      const end = token.index + token.text.length;
      const spans = placed.filter((p) => p.start < end && p.end > token.index);
      const [first, second] = spans;
      if (first === undefined) continue;
      if (second !== undefined) {
        unexplained.push(`${JSON.stringify(text)}: ${token.text} spans two segments`);
        continue;
      }
      const own = { ...token, index: token.index - first.start };
      const explained = first.segment.kind === 'value' ? inValue(own, first.segment) : inText(own);
      if (!explained) unexplained.push(`${JSON.stringify(first.segment.text)}: ${token.text}`);
    }
  }
  return unexplained;
}
