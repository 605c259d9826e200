// Numbers as the pane shows them (the narrative has its own wording rules in the core).
import type { Indicator, Locale } from '../core';

const formats = new Map<string, Intl.NumberFormat>();

export function percent(value: number, locale: Locale, digits = 1): string {
  // A formatter is costly to make: one per language and precision (each list row shows two).
  const key = locale + digits;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

function signedPercent(value: number, locale: Locale): string {
  const text = percent(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** Same-period change: growth for amounts, percentage points for rates. */
export function yoyText(indicator: Indicator, locale: Locale): string | null {
  if (indicator.yoyChangePoints !== null) {
    const points = indicator.yoyChangePoints;
    const unit = locale === 'en-US' ? ' pts' : '个百分点';
    const sign = points > 0 ? '+' : points < 0 ? '−' : '';
    return `${sign}${Math.abs(points).toFixed(2)}${unit}`;
  }
  return indicator.yoyGrowth === null ? null : signedPercent(indicator.yoyGrowth, locale);
}

/** Every cell an indicator row draws on, for selection. */
export function indicatorCells(indicator: Indicator): string[] {
  const { name, unit, target, actual, lastYear, parent } = indicator.cells;
  return [name, unit, target, actual, lastYear, parent].filter(
    (cell): cell is string => typeof cell === 'string' && cell !== '',
  );
}
