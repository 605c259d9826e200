// The 分项 part within a character budget: per section the few indicators that matter, told as
// usual, and the rest counted (其余12项均达到序时进度); sections beyond the budget counted together.
import type { Indicator, Paragraph, Segment, Status } from '../types';
import { paragraphLength } from './budget';
import { sectionsOf, type Section } from './groupSections';
import { highlightsOf } from './highlights';
import type { FigureContext } from './indicatorFigures';
import { level2Number } from './numbering';
import { PUNCTUATION } from './punctuation';
import { pushSegments } from './render';
import { indicatorSentences } from './sentences';

/** Most indicators named in one section, however much room is left. */
export const MAX_NAMED_PER_SECTION = 6;
/** Share of the budget the section headings and their counts may take before others are grouped. */
const SECTIONS_SHARE = 0.6;

type Scope = 'rest' | 'all' | 'groups';

interface Tally {
  count: number;
  done: number;
  onTrack: number;
  behind: number;
  severe: number;
  noTarget: number;
  qualitative: number;
  invalid: number;
}

const TALLIED: Record<Status, (keyof Tally)[]> = {
  done: ['done'],
  'on-track': ['onTrack'],
  behind: ['behind'],
  'severely-behind': ['behind', 'severe'],
  'no-target': ['noTarget'],
  qualitative: ['qualitative'],
  invalid: ['invalid'],
};

function tally(indicators: Iterable<Indicator>): Tally {
  const counts: Tally = {
    count: 0,
    done: 0,
    onTrack: 0,
    behind: 0,
    severe: 0,
    noTarget: 0,
    qualitative: 0,
    invalid: 0,
  };
  for (const indicator of indicators) {
    counts.count++;
    for (const key of TALLIED[indicator.status] ?? []) counts[key]++;
  }
  return counts;
}

/** A section's counts less those of the named indicators (which are among its own). */
function tallyWithout(all: Tally, named: Iterable<Indicator>): Tally {
  const counts = { ...all };
  for (const indicator of named) {
    counts.count--;
    for (const key of TALLIED[indicator.status] ?? []) counts[key]--;
  }
  return counts;
}

function restSentence(ctx: FigureContext, counts: Tally, scope: Scope, groups = 0): Segment[] {
  if (counts.count === 0) return [];
  const state =
    counts.done === counts.count
      ? 'allDone'
      : counts.done + counts.onTrack === counts.count
        ? 'allOnSchedule'
        : 'mixed';
  return ctx.texts.segments('rest.summary', { scope, groups, state, ...counts });
}

const textLength = (segments: readonly Segment[]): number =>
  segments.reduce((sum, segment) => sum + segment.text.length, 0);

interface Plan {
  section: Section;
  /** The section's counts, taken once: the rest sentence is counted many times over. */
  all: Tally;
  label: Segment[];
  named: Map<Indicator, Segment[][]>;
  candidates: Indicator[];
  closed: boolean;
}

function labelOf(ctx: FigureContext, section: Section): Segment[] {
  return section.kind === 'group'
    ? [{ kind: 'text', text: section.label }]
    : ctx.texts.segments(`category.${section.category}`, {});
}

function bodyOf(ctx: FigureContext, plan: Plan): Segment[] {
  const gap = PUNCTUATION[ctx.locale].sentenceGap;
  const sentences: Segment[][] = [];
  for (const indicator of plan.section.indicators) {
    const told = plan.named.get(indicator);
    if (told) sentences.push(...told);
  }
  const rest = tallyWithout(plan.all, plan.named.keys());
  const restText = restSentence(ctx, rest, plan.named.size === 0 ? 'all' : 'rest');
  if (restText.length > 0) sentences.push(restText);
  const body: Segment[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0) pushSegments(body, [{ kind: 'text', text: gap }]);
    pushSegments(body, sentence);
  });
  return body;
}

/** heading2 + body per section, numbered in order; the sections not shown are counted last. */
function paragraphsOf(ctx: FigureContext, plans: readonly Plan[], others: Section[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const heading = (label: Segment[]): Paragraph => ({
    kind: 'heading2',
    segments: pushSegments(
      [{ kind: 'text', text: level2Number(paragraphs.length / 2 + 1, ctx.locale) }],
      label,
    ),
  });
  for (const plan of plans) {
    paragraphs.push(heading(plan.label), { kind: 'body', segments: bodyOf(ctx, plan) });
  }
  if (others.length > 0) {
    const counts = tally(others.flatMap((section) => section.indicators));
    paragraphs.push(heading(ctx.texts.segments('heading.otherGroups', {})), {
      kind: 'body',
      segments: restSentence(ctx, counts, 'groups', others.length),
    });
  }
  return paragraphs;
}

const lengthOf = (paragraphs: readonly Paragraph[]): number =>
  paragraphs.reduce((sum, paragraph) => sum + paragraphLength(paragraph) + 1, 0);

const behindCount = (section: Section): number =>
  section.indicators.filter((i) => i.status === 'behind' || i.status === 'severely-behind').length;

/**
 * The sections of `tops` in at most `budget` characters (each paragraph counted with its line
 * break) when the table's headings and counts fit at all.
 */
export function condensedSections(
  ctx: FigureContext,
  tops: readonly Indicator[],
  children: ReadonlyMap<Indicator, Indicator[]>,
  budget: number,
): Paragraph[] {
  const sections = sectionsOf(tops).filter((section) => section.indicators.length > 0);
  const tallies = new Map(sections.map((section) => [section, tally(section.indicators)]));
  const plan = (section: Section): Plan => ({
    section,
    all: tallies.get(section) ?? tally(section.indicators),
    label: labelOf(ctx, section),
    named: new Map(),
    candidates: [],
    closed: false,
  });
  // Which sections get their own heading: those with the most behind, then the largest.
  const byPriority = sections
    .map((section, order) => ({ section, order }))
    .sort(
      (a, b) =>
        behindCount(b.section) - behindCount(a.section) ||
        b.section.indicators.length - a.section.indicators.length ||
        a.order - b.order,
    );
  const shown = new Set<Section>();
  for (const { section } of byPriority) {
    shown.add(section);
    const trial = sections.filter((s) => shown.has(s));
    const rest = sections.filter((s) => !shown.has(s));
    if (lengthOf(paragraphsOf(ctx, trial.map(plan), rest)) > budget * SECTIONS_SHARE) {
      shown.delete(section);
      break;
    }
  }
  const plans = sections.filter((section) => shown.has(section)).map(plan);
  const others = sections.filter((section) => !shown.has(section));
  let paragraphs = paragraphsOf(ctx, plans, others);
  let total = lengthOf(paragraphs);

  for (const entry of plans) {
    entry.candidates = highlightsOf(
      entry.section.indicators.filter((indicator) => indicator.status !== 'qualitative'),
      MAX_NAMED_PER_SECTION,
    );
  }
  // Round by round, each section names its next highlight while the whole still fits.
  for (let round = 0; round < MAX_NAMED_PER_SECTION; round++) {
    plans.forEach((entry, index) => {
      const candidate = entry.candidates[round];
      if (entry.closed || candidate === undefined) return;
      const sentences = indicatorSentences(ctx, candidate, children);
      const body = paragraphs[index * 2 + 1];
      if (sentences.length === 0 || body === undefined) return;
      const before = paragraphLength(body);
      for (const told of [sentences, sentences.slice(0, 1)]) {
        entry.named.set(candidate, told);
        const segments = bodyOf(ctx, entry);
        const after = textLength(segments);
        if (total - before + after <= budget) {
          paragraphs[index * 2 + 1] = { kind: 'body', segments };
          total += after - before;
          return;
        }
        entry.named.delete(candidate);
      }
      entry.closed = true; // the most important that does not fit: name none after it
    });
  }
  paragraphs = paragraphsOf(ctx, plans, others);
  return paragraphs;
}
