// A number from a cell, written with its unit per locale: 1.5014亿元 / RMB 150.14 million, 2.45%.
import type { Locale } from '../types';
import { digits, roundTo, shift } from './numbers';
import {
  COUNT_UNITS,
  COUNT_UNITS_EN,
  DEFAULT_DECIMALS,
  MONEY_DECIMALS,
  MONEY_TO_MILLION,
} from './units';

const TEN_THOUSAND = '万';

/** '万人次' → '人次' when the rest is a counting unit. */
function tenThousandOf(unit: string): string | null {
  if (!unit.startsWith(TEN_THOUSAND)) return null;
  const rest = unit.slice(TEN_THOUSAND.length);
  return COUNT_UNITS.has(rest) ? rest : null;
}

function amountZh(value: number, unit: string): string {
  const money = MONEY_DECIMALS[unit];
  if (money !== undefined) return `${digits(value, { decimals: money })}${unit}`;
  if (tenThousandOf(unit) !== null) return `${digits(value, { decimals: 4 })}${unit}`;
  if (COUNT_UNITS.has(unit) && Math.abs(roundTo(value, DEFAULT_DECIMALS)) >= 10000) {
    return `${digits(shift(value, -4), { decimals: 4 })}${TEN_THOUSAND}${unit}`;
  }
  return `${digits(value, { decimals: DEFAULT_DECIMALS })}${unit}`;
}

function amountEn(value: number, unit: string): string {
  const million = MONEY_TO_MILLION[unit];
  // Past the largest double in millions (1e308 亿元), keep the unit as written.
  if (million !== undefined && Number.isFinite(shift(value, million.places))) {
    const text = digits(shift(value, million.places), {
      decimals: million.decimals,
      grouping: true,
    });
    return `RMB ${text} million`;
  }
  if (unit === '元') return `RMB ${digits(value, { decimals: 2, grouping: true })}`;
  const base = tenThousandOf(unit);
  const counted = base ?? unit;
  const scaled = base === null ? value : shift(value, 4);
  const text = digits(scaled, { decimals: DEFAULT_DECIMALS, grouping: true });
  if (counted === '') return text;
  if (COUNT_UNITS.has(counted)) {
    const word = COUNT_UNITS_EN[counted] ?? '';
    return word === '' ? text : `${text} ${word}`;
  }
  return `${text} ${counted}`;
}

/** A figure in its unit; '%' units keep the source's precision up to 2 decimals (7.2%, 2.45%). */
export function formatAmount(value: number, unit: string | null, locale: Locale): string {
  const name = unit?.trim() ?? '';
  if (name === '%') return `${digits(value, { decimals: 2 })}%`;
  return locale === 'en-US' ? amountEn(value, name) : amountZh(value, name);
}

/** A fraction as a percentage with 1 decimal: 0.452993 → 45.3%. */
export function formatPercent(fraction: number): string {
  return `${digits(shift(fraction, 2), { decimals: 1, fixed: true })}%`;
}

export type Trend = 'up' | 'down' | 'flat';

/** Growth as a trend and its size: flat when it rounds to 0.0%. */
export function growthOf(fraction: number): { trend: Trend; text: string } {
  const percent = roundTo(Math.abs(shift(fraction, 2)), 1);
  const trend: Trend = percent === 0 ? 'flat' : fraction > 0 ? 'up' : 'down';
  return { trend, text: `${digits(percent, { decimals: 1, fixed: true })}%` };
}

/** A change in percentage points with 2 decimals: flat when it rounds to 0.00. */
export function pointsOf(points: number): { trend: Trend; text: string } {
  const size = roundTo(Math.abs(points), 2);
  const trend: Trend = size === 0 ? 'flat' : points > 0 ? 'up' : 'down';
  return { trend, text: digits(size, { decimals: 2, fixed: true }) };
}

const APPROXIMATELY: Record<Locale, string> = { 'zh-CN': '约', 'en-US': 'about ' };

export const approximately = (text: string, locale: Locale): string =>
  `${APPROXIMATELY[locale]}${text}`;
