// Which indicators the narrative counts, narrates as sentences, lists as sub-items or names as behind.
import type { Indicator, Status } from '../types';

/** Counts of the overall paragraph; `behind` includes the severely behind. */
export interface Counts {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
  severe: number;
  noTarget: number;
  invalid: number;
  qualitative: number;
}

export interface Outline {
  /** Indicators with no parent in the table (or caught in a parent cycle): one sentence each. */
  tops: Indicator[];
  children: Map<Indicator, Indicator[]>;
  /** What the overall paragraph counts: every indicator except sub-items without a target. */
  counted: Indicator[];
  counts: Counts;
}

const isTop = (indicator: Indicator, parentOf: Map<Indicator, Indicator>): boolean => {
  const seen = new Set<Indicator>([indicator]);
  for (let at = parentOf.get(indicator); at !== undefined; at = parentOf.get(at)) {
    if (seen.has(at)) return true; // a cycle has no top: narrate it from here
    seen.add(at);
  }
  return !parentOf.has(indicator);
};

function parents(indicators: readonly Indicator[]): Map<Indicator, Indicator> {
  const firstByName = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const same = firstByName.get(indicator.name);
    if (same) same.push(indicator);
    else firstByName.set(indicator.name, [indicator]);
  }
  const parentOf = new Map<Indicator, Indicator>();
  for (const indicator of indicators) {
    if (typeof indicator.parent !== 'string') continue;
    const parent = firstByName.get(indicator.parent)?.find((other) => other !== indicator);
    if (parent !== undefined) parentOf.set(indicator, parent);
  }
  return parentOf;
}

export function outlineOf(indicators: readonly Indicator[]): Outline {
  const parentOf = parents(indicators);
  const tops: Indicator[] = [];
  const children = new Map<Indicator, Indicator[]>();
  const counted: Indicator[] = [];
  for (const indicator of indicators) {
    const parent = isTop(indicator, parentOf) ? undefined : parentOf.get(indicator);
    if (parent === undefined) tops.push(indicator);
    else {
      const siblings = children.get(parent);
      if (siblings) siblings.push(indicator);
      else children.set(parent, [indicator]);
    }
    if (parent === undefined || indicator.status !== 'no-target') counted.push(indicator);
  }
  const count = (...statuses: Status[]): number =>
    counted.filter((indicator) => statuses.includes(indicator.status)).length;
  const invalid = count('invalid');
  const counts = {
    total: counted.length - invalid,
    done: count('done'),
    onTrack: count('on-track'),
    behind: count('behind', 'severely-behind'),
    severe: count('severely-behind'),
    noTarget: count('no-target'),
    invalid,
    qualitative: count('qualitative'),
  };
  return { tops, children, counted, counts };
}
