// Sub-items against their total: the parts of a split must add up to the parent within 0.5 % of
// it; the parts of a 其中 list (a subset) must each stay within it.
import type { Indicator, Issue } from '../types';
import { clean, convertUnit } from '../table/units';
import { makeIssue } from './issues';

const PARTS_TOLERANCE = 0.005;
const EPS = 1e-9;

/**
 * Two or more parts must add up to the total. A single part ("其中发明专利56件") is a partial
 * breakdown by nature: it is only reported when it exceeds the total.
 */
export function checkPartsSums(indicators: readonly Indicator[]): Issue[] {
  const byName = new Map<string, Indicator>();
  const byRow = new Map<number, Indicator>();
  const children = new Map<Indicator, Indicator[]>();
  if (indicators.every((indicator) => indicator.parent === null)) return [];
  for (const indicator of indicators) {
    if (!byName.has(indicator.name)) byName.set(indicator.name, indicator);
    byRow.set(indicator.row, indicator);
  }
  for (const indicator of indicators) {
    if (indicator.parent === null) continue;
    const placed = indicator.parentRow === undefined ? undefined : byRow.get(indicator.parentRow);
    const parent = placed?.name === indicator.parent ? placed : byName.get(indicator.parent);
    if (parent === undefined) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(indicator);
    else children.set(parent, [indicator]);
  }
  const issues: Issue[] = [];
  for (const [parent, all] of children) {
    if (parent.actual === null) continue;
    const subset = all.filter((part) => part.subsetPart === true);
    appendExcess(issues, parent, subset);
    const parts = all.filter((part) => part.subsetPart !== true);
    if (parts.length === 0) continue;
    const total = parent.actual;
    const values: number[] = [];
    for (const part of parts) {
      const value = part.actual === null ? null : convertUnit(part.actual, part.unit, parent.unit);
      if (value === null || !Number.isFinite(value)) break;
      values.push(value);
    }
    if (values.length < parts.length) continue;
    const sums = addUp(values, total);
    if (sums === null) continue;
    const parentCell = parent.cells.actual ?? parent.cells.name;
    issues.push(
      makeIssue(
        'parts-sum-mismatch',
        parentCell,
        parent.row,
        {
          parentCell,
          childCells: parts.map((part) => part.cells.actual ?? part.cells.name).join(','),
          sum: sums.sum,
          total,
          difference: sums.difference,
          unit: parent.unit ?? '',
        },
        parent.name,
      ),
    );
  }
  return issues;
}

/** A 其中 part larger than its total: a located error at the part. */
function appendExcess(issues: Issue[], parent: Indicator, parts: readonly Indicator[]): void {
  const total = parent.actual;
  if (total === null) return;
  const parentCell = parent.cells.actual ?? parent.cells.name;
  for (const part of parts) {
    const value = part.actual === null ? null : convertUnit(part.actual, part.unit, parent.unit);
    if (value === null || !Number.isFinite(value)) continue;
    if (value <= total + PARTS_TOLERANCE * Math.abs(total) + EPS) continue;
    issues.push(
      makeIssue(
        'part-exceeds-total',
        part.cells.actual ?? part.cells.name,
        part.row,
        { parentCell, part: value, total, unit: parent.unit ?? '' },
        part.name,
      ),
    );
  }
}

/** Scale for sums past the largest double: figures are added in units of 10^SCALE. */
const SCALE = 10;

/**
 * Sum and difference of the parts when they do not match the total; null when they do. A sum or
 * difference past the largest double is written out as text ('2e+308') instead of Infinity.
 */
function addUp(
  values: readonly number[],
  total: number,
): { sum: number | string; difference: number | string } | null {
  let sum = 0;
  for (const value of values) sum += value;
  if (Number.isFinite(sum) && Number.isFinite(sum - total)) {
    sum = clean(sum);
    return mismatch(sum, total, values.length, 1) ? { sum, difference: clean(sum - total) } : null;
  }
  const factor = 10 ** -SCALE;
  let scaled = 0;
  for (const value of values) scaled += value * factor;
  const scaledTotal = total * factor;
  if (!mismatch(scaled, scaledTotal, values.length, factor)) return null;
  return { sum: large(scaled), difference: large(scaled - scaledTotal) };
}

function mismatch(sum: number, total: number, count: number, factor: number): boolean {
  const tolerance = PARTS_TOLERANCE * Math.abs(total) + EPS * factor;
  return count === 1 ? sum > total + tolerance : Math.abs(sum - total) > tolerance;
}

/** A figure counted in units of 10^SCALE, as a number when it fits, otherwise as text. */
function large(scaled: number): number | string {
  const value = clean(scaled / 10 ** -SCALE);
  if (Number.isFinite(value)) return value;
  const [mantissa = '', exponent = '0'] = scaled.toExponential().split('e');
  const power = Number(exponent) + SCALE;
  return `${Number(Number(mantissa).toPrecision(12))}e${power < 0 ? '' : '+'}${power}`;
}
