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

/** Whether a behind indicator has the figures its list item shows. */
const hasBehindFigures = (indicator: Indicator): boolean =>
  indicator.direction === 'lower'
    ? isNumber(indicator.actual) && isNumber(indicator.target)
    : isNumber(indicator.completionRate);

/** One item of the behind list; only for an indicator with its figures (hasBehindFigures). */
function behindItem(ctx: FigureContext, indicator: Indicator, expected: string): Rich {
  const severe = indicator.status === 'severely-behind' ? 'yes' : 'no';
  const name = indicator.name;
  if (indicator.direction === 'lower') {
    const value = amount(ctx, indicator, 'actual') as Rich;
    const target = amount(ctx, indicator, 'target') as Rich;
    return ctx.texts.rich('behind.itemLower', { name, value, target, severe });
  }
  const completion = completionValue(indicator) as Rich;
  return ctx.texts.rich('behind.item', { name, completion, expected, severe });
}

const richLength = (rich: Rich): number =>
  rich.segments.reduce((sum, segment) => sum + segment.text.length, 0);

/**
 * 2项指标滞后于序时进度：…。 — empty when no behind indicator has figures to show. With
 * `maxChars`, items are listed only while the list stays within it (the rest counted).
 */
export function behindParagraph(
  ctx: FigureContext,
  behind: readonly Indicator[],
  expectedProgress: number,
  maxChars = Infinity,
): Segment[] {
  const expected = isNumber(expectedProgress) ? formatPercent(expectedProgress) : '';
  const separator = PUNCTUATION[ctx.locale].clauses.length;
  const items: Rich[] = [];
  let count = 0;
  let chars = 0;
  let full = false;
  for (const indicator of behind) {
    if (!hasBehindFigures(indicator)) continue;
    count++;
    // Past the list only counted: thousands of behind rows are not rendered to be dropped.
    if (full || items.length >= MAX_BEHIND_ITEMS) continue;
    const item = behindItem(ctx, indicator, expected);
    const length = richLength(item) + (items.length > 0 ? separator : 0);
    if (chars + length > maxChars) full = true;
    else {
      items.push(item);
      chars += length;
    }
  }
  if (count === 0) return [];
  const list = joinRich(items, PUNCTUATION[ctx.locale].clauses);
  const more = count - items.length;
  return ctx.texts.segments('behind.summary', { count, more, items: list });
}

/** Longest lists told in one sentence; the rest are counted (等N项 / and N more). */
export const MAX_BEHIND_ITEMS = 10;
export const MAX_NAMES = 5;

/** With `maxChars`, names only while they stay within it (at least one). */
export function nextStepsParagraph(
  ctx: FigureContext,
  behind: readonly Indicator[],
  maxChars = Infinity,
): Segment[] {
  if (behind.length === 0) return ctx.texts.segments('nextSteps.onTrack', {});
  const separator = PUNCTUATION[ctx.locale].list;
  const chosen: string[] = [];
  let chars = 0;
  for (const { name } of behind.slice(0, MAX_NAMES)) {
    const length = name.length + (chosen.length > 0 ? separator.length : 0);
    if (chosen.length > 0 && chars + length > maxChars) break;
    chosen.push(name);
    chars += length;
  }
  const names = chosen.join(separator);
  const count = behind.length;
  const more = count - chosen.length;
  return ctx.texts.segments('nextSteps.behind', { names, count, more });
}
