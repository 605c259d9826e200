// An indicator's figures as rich values that cite their cells (completion: actual + target, …).
import type { Indicator, IndicatorCells, Issue, Locale } from '../types';
import { approximately, formatAmount, formatPercent, growthOf, pointsOf } from './figures';
import { EMPTY, rich } from './render';
import type { Rich } from './templateSpec';
import type { Texts } from './texts';

export type FigureField = 'actual' | 'target' | 'lastYear';

export interface FigureContext {
  texts: Texts;
  locale: Locale;
  /** Fields written approximately (约3万, 7000多万元), keyed `${row}:${field}`. */
  approximate: ReadonlySet<string>;
}

export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const isRate = (indicator: Indicator): boolean => indicator.unit?.trim() === '%';

/** Which fields were approximate, from the report's approximate-value warnings. */
export function approximateFields(indicators: readonly Indicator[], issues: readonly Issue[]) {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue?.code === 'approximate-value')
      fields.add(`${issue.row}:${String(issue.params?.field)}`);
  }
  for (const indicator of indicators) {
    if (indicator.approximate !== true) continue;
    const any = (['actual', 'target', 'lastYear'] as const).some((field) =>
      fields.has(`${indicator.row}:${field}`),
    );
    if (!any) fields.add(`${indicator.row}:actual`);
  }
  return fields;
}

function cellsOf(indicator: Indicator, ...fields: (keyof IndicatorCells)[]): string[] {
  const cells = indicator.cells ?? {};
  return fields.map((field) => cells[field]).filter((cell): cell is string => !!cell);
}

const value = (indicator: Indicator, text: string, cells: string[]): Rich =>
  rich({ kind: 'value', text, cells, indicator: indicator.name });

/** The figure of one field in its unit, or null when the field holds no number. */
export function amount(ctx: FigureContext, indicator: Indicator, field: FigureField): Rich | null {
  const number = indicator[field];
  if (!isNumber(number)) return null;
  let text = formatAmount(number, indicator.unit, ctx.locale);
  if (ctx.approximate.has(`${indicator.row}:${field}`)) text = approximately(text, ctx.locale);
  return value(indicator, text, cellsOf(indicator, field));
}

/** |actual| in its unit, citing the actual cell: the size of a fall (下降3.92%). */
export function magnitude(ctx: FigureContext, indicator: Indicator): Rich | null {
  const number = indicator.actual;
  if (!isNumber(number)) return null;
  return amount(ctx, { ...indicator, actual: Math.abs(number) }, 'actual');
}

/** 完成年度目标的45.3% (citing actual and target); only for higher-is-better amounts. */
export function completionValue(indicator: Indicator): Rich | null {
  if (!isNumber(indicator.completionRate)) return null;
  return value(
    indicator,
    formatPercent(indicator.completionRate),
    cellsOf(indicator, 'actual', 'target'),
  );
}

export function completionClause(ctx: FigureContext, indicator: Indicator): Rich {
  const completion = completionValue(indicator);
  if (completion === null || isRate(indicator) || indicator.direction === 'lower') return EMPTY;
  return ctx.texts.rich('clause.completion', { completion });
}

/** 同比增长37.9% for amounts, 同比提高0.12个百分点 for rates; nothing without last year. */
export function changeClause(ctx: FigureContext, indicator: Indicator): Rich {
  const cells = cellsOf(indicator, 'actual', 'lastYear');
  if (isRate(indicator)) {
    if (!isNumber(indicator.yoyChangePoints)) return EMPTY;
    const { trend, text } = pointsOf(indicator.yoyChangePoints);
    return ctx.texts.rich('clause.points', { trend, points: value(indicator, text, cells) });
  }
  if (!isNumber(indicator.yoyGrowth)) return EMPTY;
  const { trend, text } = growthOf(indicator.yoyGrowth);
  return ctx.texts.rich('clause.growth', { trend, growth: value(indicator, text, cells) });
}
