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
//   capped list — a condensed summary lists as many as fit, so the paragraph's own list is counted;
//   in a condensed section's body, those of the section it does not name; under 其他分组, those of
//   the sections without a heading and how many sections), a part of the as-of date (year, month, day, and the 1
//   of "1—5月"), the expected progress in %, or a number written in an indicator name or the title.
import { sectionsOf, type Section } from '../../src/core/narrative/groupSections';
import { mostBehind } from '../../src/core/narrative/highlights';
import { PUNCTUATION } from '../../src/core/narrative/punctuation';
import { MAX_BEHIND_ITEMS, MAX_NAMES } from '../../src/core/narrative/sections';
import { createTexts } from '../../src/core/narrative/texts';
import type {
  CheckReport,
  Indicator,
  Narrative,
  Paragraph,
  Segment,
  Status,
} from '../../src/core/types';

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

/** Those the overall paragraph counts: all but the sub-items without a target. */
function countedOf(all: readonly Indicator[]): Indicator[] {
  const under = subItems(all);
  return all.filter((i) => !under.has(i) || i.status !== 'no-target');
}

const isBehind = (i: Indicator): boolean => i.status === 'behind' || i.status === 'severely-behind';
/** The behind paragraph lists those it can give a figure for. */
const isDescribable = (i: Indicator): boolean =>
  i.direction === 'lower' || Number.isFinite(i.completionRate ?? Number.NaN);

function countsOf(report: CheckReport): Set<number> {
  const all = report.indicators;
  const counted = countedOf(all);
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
    const behind = subset.filter(isBehind);
    counts.add(behind.length);
    const describable = behind.filter(isDescribable);
    counts.add(describable.length);
    // Long lists name the first few and count the rest (等N项 / and N more).
    counts.add(behind.length - MAX_NAMES);
    counts.add(describable.length - MAX_BEHIND_ITEMS);
  }
  return counts;
}

/** The counts a rest sentence may give for `indicators`: all, and by status as it tallies them. */
function tallyOf(indicators: readonly Indicator[]): number[] {
  const count = (...statuses: Status[]): number =>
    indicators.filter((i) => statuses.includes(i.status)).length;
  return [
    indicators.length,
    count('done'),
    count('on-track'),
    count('behind', 'severely-behind'),
    count('severely-behind'),
    count('no-target'),
    count('qualitative'),
    count('invalid'),
  ];
}

const citedCells = (paragraph: Paragraph): Set<string> =>
  new Set(paragraph.segments.flatMap((segment) => (segment.kind === 'value' ? segment.cells : [])));

const cites = (cells: Set<string>, indicator: Indicator): boolean =>
  Object.values(indicator.cells).some((cell) => cells.has(cell));

const textOf = (paragraph: Paragraph): string => paragraph.segments.map((s) => s.text).join('');

/**
 * Counts each body paragraph of a condensed 分项 part may give, found from the narrative's own
 * headings: under a section's heading, the section's indicators less those its body names (cites a
 * cell of); under 其他分组, the sections with no heading of their own, and how many they are.
 */
function sectionCounts(narrative: Narrative, report: CheckReport): Map<Paragraph, Set<number>> {
  const under = subItems(report.indicators);
  const sections = sectionsOf(report.indicators.filter((i) => !under.has(i))).filter(
    (section) => section.indicators.length > 0,
  );
  const texts = createTexts(narrative.locale);
  const labelOf = (section: Section): string =>
    section.kind === 'group'
      ? section.label
      : textOf({ kind: 'body', segments: texts.segments(`category.${section.category}`, {}) });
  const others = textOf({ kind: 'body', segments: texts.segments('heading.otherGroups', {}) });
  const headed = new Set<Section>();
  const allowed = new Map<Paragraph, Set<number>>();
  const othersBodies: Paragraph[] = [];
  narrative.paragraphs.forEach((heading, index) => {
    const body = narrative.paragraphs[index + 1];
    if (heading.kind !== 'heading2' || body === undefined || body.kind !== 'body') return;
    const title = textOf(heading);
    const section = sections
      .filter((s) => title.endsWith(labelOf(s)))
      .sort((a, b) => labelOf(b).length - labelOf(a).length)[0];
    if (section === undefined) {
      if (title.endsWith(others)) othersBodies.push(body);
      return;
    }
    headed.add(section);
    const cited = citedCells(body);
    const rest = section.indicators.filter((i) => !cites(cited, i));
    allowed.set(body, new Set(tallyOf(rest)));
  });
  const unheaded = sections.filter((section) => !headed.has(section));
  const restOfTable = [...tallyOf(unheaded.flatMap((s) => s.indicators)), unheaded.length];
  for (const body of othersBodies) allowed.set(body, new Set(restOfTable));
  return allowed;
}

/**
 * "and N more" of a list cut to its room: the behind ones with a figure less those the paragraph
 * cites; the behind ones less the names the 下一步 paragraph lists (a prefix of them, table order
 * or most behind first, ending where the list's separator does not follow).
 */
function listCounts(narrative: Narrative, report: CheckReport): Map<Paragraph, number[]> {
  const behind = countedOf(report.indicators).filter(isBehind);
  const describable = behind.filter(isDescribable);
  const separator = PUNCTUATION[narrative.locale].list;
  const orders = [behind, mostBehind(behind)].map((order) => order.map((i) => i.name));
  const allowed = new Map<Paragraph, number[]>();
  for (const paragraph of narrative.paragraphs) {
    const cells = citedCells(paragraph);
    const listed = describable.filter((i) => cites(cells, i)).length;
    const text = textOf(paragraph);
    const named = orders.flatMap((names) =>
      names
        .slice(0, MAX_NAMES)
        .map((_, index) => names.slice(0, index + 1).join(separator))
        .flatMap((list, index) =>
          text.includes(list) && !text.includes(list + separator) ? [index + 1] : [],
        ),
    );
    allowed.set(paragraph, [
      ...(listed > 0 ? [describable.length - listed] : []),
      ...named.map((k) => behind.length - k),
    ]);
  }
  return allowed;
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
  const bySection = sectionCounts(narrative, report);
  const byList = listCounts(narrative, report);
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
  const inText = (token: NumberToken, paragraph: Paragraph): boolean =>
    named.has(token.text) ||
    (token.decimals === 0 &&
      (textNumbers.includes(token.value) ||
        bySection.get(paragraph)?.has(token.value) === true ||
        byList.get(paragraph)?.includes(token.value) === true)) ||
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
      const explained =
        first.segment.kind === 'value' ? inValue(own, first.segment) : inText(own, paragraph);
      if (!explained) unexplained.push(`${JSON.stringify(first.segment.text)}: ${token.text}`);
    }
  }
  return unexplained;
}
