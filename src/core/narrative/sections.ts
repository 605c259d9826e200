// The overall paragraph, the behind-schedule paragraph and the closing 下一步 sentence.
import type { Indicator, Segment } from '../types';
import { formatPercent } from './figures';
import { amount, completionValue, isNumber, type FigureContext } from './indicatorFigures';
import type { Counts } from './outline';
import type { Period } from './period';
import { PUNCTUATION } from './punctuation';
import type { Rich } from './templateSpec';
import { joinRich } from './render';

export function overallParagraph(
  ctx: FigureContext,
  counts: Counts,
  period: Period | null,
): Segment[] {
  const dateKind = period === null ? 'none' : period.monthEnd ? 'monthEnd' : 'day';
  return ctx.texts.segments('overall', {
    dateKind,
    year: period?.year ?? '',
    month: period?.month ?? 0,
    monthName: period?.monthName ?? '',
    day: period?.day ?? 0,
    ...counts,
  });
}

export const isBehind = (indicator: Indicator): boolean =>
  indicator.status === 'behind' || indicator.status === 'severely-behind';

function behindItem(ctx: FigureContext, indicator: Indicator, expected: string): Rich | null {
  const severe = indicator.status === 'severely-behind' ? 'yes' : 'no';
  const name = indicator.name;
  if (indicator.direction === 'lower') {
    const value = amount(ctx, indicator, 'actual');
    const target = amount(ctx, indicator, 'target');
    if (value === null || target === null) return null;
    return ctx.texts.rich('behind.itemLower', { name, value, target, severe });
  }
  const completion = completionValue(indicator);
  if (completion === null) return null;
  return ctx.texts.rich('behind.item', { name, completion, expected, severe });
}

/** 2项指标滞后于序时进度：…。 — empty when no behind indicator has figures to show. */
export function behindParagraph(
  ctx: FigureContext,
  behind: readonly Indicator[],
  expectedProgress: number,
): Segment[] {
  const expected = isNumber(expectedProgress) ? formatPercent(expectedProgress) : '';
  const items: Rich[] = [];
  let count = 0;
  for (const indicator of behind) {
    const item = behindItem(ctx, indicator, expected);
    if (item === null) continue;
    count++;
    if (items.length < MAX_BEHIND_ITEMS) items.push(item);
  }
  if (count === 0) return [];
  const list = joinRich(items, PUNCTUATION[ctx.locale].clauses);
  const more = count - items.length;
  return ctx.texts.segments('behind.summary', { count, more, items: list });
}

/** Longest lists told in one sentence; the rest are counted (等N项 / and N more). */
export const MAX_BEHIND_ITEMS = 10;
export const MAX_NAMES = 5;

export function nextStepsParagraph(ctx: FigureContext, behind: readonly Indicator[]): Segment[] {
  if (behind.length === 0) return ctx.texts.segments('nextSteps.onTrack', {});
  const names = behind
    .slice(0, MAX_NAMES)
    .map((indicator) => indicator.name)
    .join(PUNCTUATION[ctx.locale].list);
  const count = behind.length;
  const more = Math.max(0, count - MAX_NAMES);
  return ctx.texts.segments('nextSteps.behind', { names, count, more });
}
