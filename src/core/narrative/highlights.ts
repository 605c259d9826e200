// The few indicators of a section worth naming when the prose cannot tell them all: the most
// behind, the biggest movers by 同比 and the largest by value, taken in turn.
import type { Indicator } from '../types';
import { isNumber, isRate } from './indicatorFigures';

const SEVERITY: Partial<Record<Indicator['status'], number>> = {
  'severely-behind': 0,
  behind: 1,
};

/** Behind first, severely behind before behind, then the furthest from the target. */
export function mostBehind(indicators: readonly Indicator[]): Indicator[] {
  const gap = (indicator: Indicator): number => {
    const rate = indicator.completionRate;
    if (!isNumber(rate)) return 0;
    // A ceiling (逆向) overshoots: the further above its target, the worse.
    return indicator.direction === 'lower' ? 1 - rate : rate;
  };
  return indicators
    .filter((indicator) => SEVERITY[indicator.status] !== undefined)
    .map((indicator, order) => ({ indicator, order }))
    .sort(
      (a, b) =>
        (SEVERITY[a.indicator.status] ?? 2) - (SEVERITY[b.indicator.status] ?? 2) ||
        gap(a.indicator) - gap(b.indicator) ||
        a.order - b.order,
    )
    .map(({ indicator }) => indicator);
}

/** The size of the year-on-year change: growth for amounts, points for rates (as a fraction). */
const change = (indicator: Indicator): number | null => {
  if (isRate(indicator)) {
    const points = indicator.yoyChangePoints;
    return isNumber(points) ? Math.abs(points) / 100 : null;
  }
  return isNumber(indicator.yoyGrowth) ? Math.abs(indicator.yoyGrowth) : null;
};

export function biggestMovers(indicators: readonly Indicator[]): Indicator[] {
  return indicators
    .map((indicator, order) => ({ indicator, order, size: change(indicator) }))
    .filter((entry): entry is typeof entry & { size: number } => entry.size !== null)
    .sort((a, b) => b.size - a.size || a.order - b.order)
    .map(({ indicator }) => indicator);
}

/** 亿元 and 万元 in 元, 万人次 in 人次: figures compared only within one base unit. */
function baseAmount(indicator: Indicator): { unit: string; value: number } | null {
  if (!isNumber(indicator.actual)) return null;
  const unit = indicator.unit?.trim() ?? '';
  if (unit === '亿元') return { unit: '元', value: indicator.actual * 1e8 };
  if (unit.startsWith('万') && unit.length > 1) {
    return { unit: unit.slice(1), value: indicator.actual * 1e4 };
  }
  return { unit, value: indicator.actual };
}

/** The largest actuals in the section's most common unit (the first such unit on a tie). */
export function largestByValue(indicators: readonly Indicator[]): Indicator[] {
  const amounts = indicators.map((indicator, order) => ({
    indicator,
    order,
    base: indicator.status === 'invalid' ? null : baseAmount(indicator),
  }));
  const frequency = new Map<string, number>();
  for (const { base } of amounts) {
    if (base !== null) frequency.set(base.unit, (frequency.get(base.unit) ?? 0) + 1);
  }
  let unit: string | null = null;
  for (const [candidate, count] of frequency) {
    if (unit === null || count > (frequency.get(unit) ?? 0)) unit = candidate;
  }
  return amounts
    .filter((entry) => entry.base !== null && entry.base.unit === unit)
    .sort((a, b) => (b.base?.value ?? 0) - (a.base?.value ?? 0) || a.order - b.order)
    .map(({ indicator }) => indicator);
}

/** The three rankings taken in turn (behind, mover, largest, behind, …), each indicator once. */
export function highlightsOf(indicators: readonly Indicator[], limit: number): Indicator[] {
  const rankings = [mostBehind(indicators), biggestMovers(indicators), largestByValue(indicators)];
  const chosen = new Set<Indicator>();
  const cursors = rankings.map(() => 0);
  let progressed = true;
  while (chosen.size < limit && progressed) {
    progressed = false;
    rankings.forEach((ranking, index) => {
      let at = cursors[index] ?? 0;
      while (at < ranking.length && chosen.has(ranking[at] as Indicator)) at++;
      const next = ranking[at];
      if (next !== undefined && chosen.size < limit) {
        chosen.add(next);
        progressed = true;
        at++;
      }
      cursors[index] = at;
    });
  }
  return [...chosen];
}
