// Sub-items against their total: the parts must add up to the parent within 0.5 % of it.
import type { Indicator, Issue } from '../types';
import { clean, convertUnit } from '../table/units';
import { makeIssue } from './issues';

export const PARTS_TOLERANCE = 0.005;
const EPS = 1e-9;

/**
 * Two or more parts must add up to the total. A single part ("其中发明专利56件") is a partial
 * breakdown by nature: it is only reported when it exceeds the total.
 */
export function checkPartsSums(indicators: readonly Indicator[]): Issue[] {
  const byName = new Map<string, Indicator>();
  const children = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (!byName.has(indicator.name)) byName.set(indicator.name, indicator);
    if (indicator.parent === null) continue;
    const siblings = children.get(indicator.parent);
    if (siblings) siblings.push(indicator);
    else children.set(indicator.parent, [indicator]);
  }
  const issues: Issue[] = [];
  for (const [parentName, parts] of children) {
    const parent = byName.get(parentName);
    if (parent === undefined || parent.actual === null) continue;
    const total = parent.actual;
    let sum = 0;
    let readable = true;
    for (const part of parts) {
      const value = part.actual === null ? null : convertUnit(part.actual, part.unit, parent.unit);
      if (value === null) readable = false;
      else sum += value;
    }
    if (!readable) continue;
    sum = clean(sum);
    const tolerance = PARTS_TOLERANCE * Math.abs(total) + EPS;
    const mismatch =
      parts.length === 1 ? sum > total + tolerance : Math.abs(sum - total) > tolerance;
    if (!mismatch) continue;
    const parentCell = parent.cells.actual ?? parent.cells.name;
    issues.push(
      makeIssue(
        'parts-sum-mismatch',
        parentCell,
        parent.row,
        {
          parentCell,
          childCells: parts.map((part) => part.cells.actual ?? part.cells.name).join(','),
          sum,
          total,
          difference: clean(sum - total),
          unit: parent.unit ?? '',
        },
        parent.name,
      ),
    );
  }
  return issues;
}
