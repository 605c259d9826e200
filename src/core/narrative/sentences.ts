// One indicator as sentences: its figures, then its sub-items as 其中，…
import type { Indicator, Segment } from '../types';
import {
  amount,
  changeClause,
  completionClause,
  isNumber,
  isRate,
  type FigureContext,
} from './indicatorFigures';
import { EMPTY, joinRich } from './render';
import type { Rich } from './templateSpec';
import { PUNCTUATION } from './punctuation';

/** Invalid indicators are never narrated with numbers. */
const narratable = (indicator: Indicator): boolean =>
  indicator.status !== 'invalid' && isNumber(indicator.actual);

function mainSentence(ctx: FigureContext, indicator: Indicator, value: Rich): Segment[] {
  const { texts } = ctx;
  const name = indicator.name;
  const target = amount(ctx, indicator, 'target');
  if (isRate(indicator)) {
    const targetClause = target ? texts.rich('clause.rateTarget', { target }) : EMPTY;
    const change = changeClause(ctx, indicator);
    return texts.segments('indicator.rate', { name, value, target: targetClause, change });
  }
  const growth = changeClause(ctx, indicator);
  if (indicator.direction === 'lower') {
    const { actual, target: ceiling } = indicator;
    const within = isNumber(actual) && isNumber(ceiling) && actual <= ceiling ? 'yes' : 'no';
    const targetClause = target ? texts.rich('clause.lowerTarget', { target, within }) : EMPTY;
    return texts.segments('indicator.lower', { name, value, target: targetClause, growth });
  }
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
  const value = amount(ctx, indicator, 'actual');
  if (!narratable(indicator) || value === null) return [];
  const seen = new Set<Indicator>([indicator]);
  return [
    mainSentence(ctx, indicator, value),
    ...subItemsSentences(ctx, indicator, children, seen),
  ];
}
