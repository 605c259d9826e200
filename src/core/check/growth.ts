// A ready-made growth column (同比% / 增长% / 比上年增长): read it, use it when last year is not
// given, and check it against actual vs last year when it is.
import type { Indicator, Issue } from '../types';
import type { ParsedCell } from '../table/parseCell';
import { clean } from '../table/units';
import { makeIssue } from './issues';

export interface GivenGrowth {
  cell: string;
  /** The growth as a fraction (5.5 under a % header → 0.055). */
  fraction: number | null;
  /** A change in percentage points (增减百分点, 10.17个百分点). */
  points: number | null;
}

/** Percentage points apart before a given growth and a computed one disagree. */
const TOLERANCE_POINTS = 0.1;

export function readGrowth(
  parsed: ParsedCell,
  cell: string,
  inPoints: boolean,
): GivenGrowth | null {
  if (parsed.kind !== 'number') return null;
  if (inPoints || parsed.unit === '个百分点') return { cell, fraction: null, points: parsed.value };
  if (parsed.unit !== null && parsed.unit !== '%') return null;
  return { cell, fraction: clean(parsed.value / 100), points: null };
}

/** For a rate (unit %), a growth column holds the change in points; for amounts, the growth. */
export function applyGrowth(indicator: Indicator, given: GivenGrowth | null): Issue[] {
  if (given === null) return [];
  if (indicator.unit === '%') {
    const points = given.points ?? (given.fraction === null ? null : clean(given.fraction * 100));
    if (indicator.yoyChangePoints === null) indicator.yoyChangePoints = points;
    return [];
  }
  if (given.fraction === null) return [];
  if (indicator.lastYear === null || indicator.yoyGrowth === null) {
    if (indicator.lastYear === null) indicator.yoyGrowth = given.fraction;
    return [];
  }
  const given100 = clean(given.fraction * 100);
  const computed100 = clean(indicator.yoyGrowth * 100);
  const params = { given: given100, computed: Math.round(computed100 * 100) / 100 };
  // Figures so large that a percentage overflows cannot be compared (their other issues say why).
  if (!Number.isFinite(params.given) || !Number.isFinite(params.computed)) return [];
  if (Math.abs(given100 - computed100) <= TOLERANCE_POINTS + 1e-9) return [];
  return [makeIssue('growth-mismatch', given.cell, indicator.row, params, indicator.name)];
}
