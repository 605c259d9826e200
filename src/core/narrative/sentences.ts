// One indicator as sentences: its figures, then its sub-items as 其中，…
import type { Assessment, Indicator, Segment } from '../types';
import {
  amount,
  changeClause,
  completionClause,
  isNumber,
  isRate,
  magnitude,
  type FigureContext,
} from './indicatorFigures';
import { EMPTY, joinRich } from './render';
import type { Rich } from './templateSpec';
import { PUNCTUATION } from './punctuation';

/** Template keys of the assessments (ICU select keys have no hyphens). */
const ASSESSMENT_KEY: Record<Assessment, 'met' | 'partlyMet' | 'notMet' | 'unknown'> = {
  met: 'met',
  'partly-met': 'partlyMet',
  'not-met': 'notMet',
  unknown: 'unknown',
};

/** Invalid indicators are never narrated with numbers. */
const narratable = (indicator: Indicator): boolean =>
  indicator.status !== 'invalid' && isNumber(indicator.actual);

function mainSentence(ctx: FigureContext, indicator: Indicator, value: Rich): Segment[] {
  const { texts } = ctx;
  const name = indicator.name;
  const target = amount(ctx, indicator, 'target');
  // Below 0: a fall by its size (下降3.92%), never 达-3.92%.
  const fall = isNumber(indicator.actual) && indicator.actual < 0;
  const sign = fall ? 'negative' : 'positive';
  const size = (fall ? magnitude(ctx, indicator) : null) ?? value;
  if (indicator.direction === 'lower') {
    // A ceiling (≤, 逆向): 控制在X以内 or 超出X, for amounts and rates alike.
    const { actual, target: ceiling } = indicator;
    const within = isNumber(actual) && isNumber(ceiling) && actual <= ceiling ? 'yes' : 'no';
    const targetClause = target ? texts.rich('clause.lowerTarget', { target, within }) : EMPTY;
    const growth = changeClause(ctx, indicator);
    return texts.segments('indicator.lower', {
      name,
      value,
      target: targetClause,
      growth,
      sign,
      magnitude: size,
    });
  }
  if (isRate(indicator)) {
    const targetClause = target ? texts.rich('clause.rateTarget', { target }) : EMPTY;
    const change = changeClause(ctx, indicator);
    return texts.segments('indicator.rate', {
      name,
      value,
      target: targetClause,
      change,
      sign,
      magnitude: size,
    });
  }
  const growth = changeClause(ctx, indicator);
  const completion = completionClause(ctx, indicator);
  return texts.segments('indicator.amount', { name, value, completion, growth });
}

function subItemsSentences(
  ctx: FigureContext,
  parent: Indicator,
  children: ReadonlyMap<Indicator, Indicator[]>,
  seen: Set<Indicator>,
): Segment[][] {
  const items: Rich[] = [];
  const nested: Indicator[] = [];
  let withClauses = false;
  for (const child of children.get(parent) ?? []) {
    const value = amount(ctx, child, 'actual');
    if (!narratable(child) || value === null || seen.has(child)) continue;
    seen.add(child);
    const completion = completionClause(ctx, child);
    const growth = changeClause(ctx, child);
    withClauses ||= completion.segments.length > 0 || growth.segments.length > 0;
    items.push(ctx.texts.rich('subItem', { name: child.name, value, completion, growth }));
    nested.push(child);
  }
  if (items.length === 0) return [];
  const punctuation = PUNCTUATION[ctx.locale];
  const list = joinRich(items, withClauses ? punctuation.clauses : punctuation.list);
  return [
    ctx.texts.segments('subItems', { items: list }),
    ...nested.flatMap((child) => subItemsSentences(ctx, child, children, seen)),
  ];
}

/** The sentences of one top indicator; none when it has no number to tell. */
export function indicatorSentences(
  ctx: FigureContext,
  indicator: Indicator,
  children: ReadonlyMap<Indicator, Indicator[]>,
): Segment[][] {
  // Judged in words: how it went, never a figure.
  if (indicator.status === 'qualitative') {
    const assessment = ASSESSMENT_KEY[indicator.assessment ?? 'unknown'] ?? 'unknown';
    return [ctx.texts.segments('indicator.qualitative', { name: indicator.name, assessment })];
  }
  const value = amount(ctx, indicator, 'actual');
  if (!narratable(indicator) || value === null) return [];
  const seen = new Set<Indicator>([indicator]);
  return [
    mainSentence(ctx, indicator, value),
    ...subItemsSentences(ctx, indicator, children, seen),
  ];
}
