// Parts the table shows without saying so: the rows under a 合计/小计 row of their group (or above
// one at its end), and consecutive rows that add up exactly to the row above them.
import type { Draft } from './readRows';

const TOTAL = /^(?:合计|小计|总计|共计|总数|sub-?total|total)|(?:合计|小计|总计)$/i;
/** Relative difference under which consecutive rows are taken to add up to the row above. */
const EXACT = 0.0005;
const MAX_PARTS = 20;

const isTop = (draft: Draft): boolean => draft.parentText === null;

/** A part has its total's unit, or none (then it takes the total's). */
function sameUnit(part: Draft, total: Draft): boolean {
  return part.indicator.unit === total.indicator.unit || part.indicator.unit === null;
}

function attach(part: Draft, total: Draft): void {
  part.indicator.unit ??= total.indicator.unit;
  part.parentText = total.indicator.name;
  part.indicator.parentRow = total.indicator.row;
  part.indicator.subsetPart = false;
}

/** Runs of drafts of one group, in table order. */
function runs(drafts: readonly Draft[]): Draft[][] {
  const result: Draft[][] = [];
  let current: Draft[] = [];
  for (const draft of drafts) {
    if (current.length > 0 && current[0]?.groupKey !== draft.groupKey) {
      result.push(current);
      current = [];
    }
    current.push(draft);
  }
  if (current.length > 0) result.push(current);
  return result;
}

function totalSplit(tops: readonly Draft[]): boolean {
  const [first] = tops;
  const last = tops[tops.length - 1];
  if (tops.length < 3 || first === undefined || last === undefined) return false;
  const total = TOTAL.test(first.indicator.name)
    ? first
    : TOTAL.test(last.indicator.name)
      ? last
      : null;
  if (total === null) return false;
  const parts = tops.filter((draft) => draft !== total && sameUnit(draft, total));
  if (parts.length < 2) return false;
  for (const part of parts) attach(part, total);
  return true;
}

function arithmeticSplits(tops: readonly Draft[]): void {
  for (let i = 0; i < tops.length; i++) {
    const total = tops[i];
    const value = total?.indicator.actual;
    if (total === undefined || !isTop(total) || value === null || value === undefined || value <= 0)
      continue;
    let sum = 0;
    const parts: Draft[] = [];
    for (let j = i + 1; j < tops.length && parts.length < MAX_PARTS; j++) {
      const part = tops[j];
      const actual = part?.indicator.actual;
      if (part === undefined || actual === null || actual === undefined || !sameUnit(part, total))
        break;
      if (actual < 0) break;
      sum += actual;
      parts.push(part);
      if (sum > value * (1 + EXACT)) break;
      if (parts.length >= 2 && Math.abs(sum - value) <= value * EXACT) {
        for (const found of parts) attach(found, total);
        i += parts.length;
        break;
      }
    }
  }
}

export function findSplits(drafts: readonly Draft[]): void {
  for (const run of runs(drafts)) {
    const tops = run.filter(isTop);
    if (!totalSplit(tops)) arithmeticSplits(tops);
  }
}
