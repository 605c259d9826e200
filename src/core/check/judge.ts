// Judging one indicator: completion, growth and status. Shared by checkTable and rollupReports.
import type { Indicator, Issue, IssueCode, IssueOf, IssueParams, Status, TargetOp } from '../types';
import { clean } from '../table/units';
import { makeIssue } from './issues';

export interface ProgressRule {
  expectedProgress: number;
  severeGap: number;
}

export interface Judgement {
  completionRate: number | null;
  yoyGrowth: number | null;
  yoyChangePoints: number | null;
  status: Status;
  issues: Issue[];
}

type Numbers = Pick<
  Indicator,
  'name' | 'row' | 'unit' | 'direction' | 'target' | 'actual' | 'lastYear' | 'cells' | 'targetOp'
>;

const EPS = 1e-9;

/**
 * Higher is better: done at completion ≥ 1, on-track at ≥ expected progress, severely behind
 * below expected − severeGap, behind in between.
 * Lower is better (逆向): the target is a ceiling. At or under it: on-track, or done once the
 * year is over (expected progress 1). Over it by at most severeGap (as a share of the target):
 * behind; further over, or any excess over a ceiling of 0: severely behind.
 * An "=" target is met when the actual equals it at the target's precision; above it is behind,
 * below it is judged as higher is better. A strict target (＞, ＜) is not met by equality.
 * `targetUnreadable`: a target was written but could not be read → invalid, not no-target.
 */
export function judgeIndicator(
  indicator: Numbers,
  rule: ProgressRule,
  targetUnreadable = false,
): Judgement {
  const issues: Issue[] = [];
  const { target, actual, lastYear, cells } = indicator;
  const negativeMatters = indicator.unit !== '%';
  if (negativeMatters && actual !== null && actual < 0) {
    issues.push(
      issueAt(indicator, 'negative-value', cells.actual, { field: 'actual', value: actual }),
    );
  }
  if (negativeMatters && lastYear !== null && lastYear < 0) {
    const params: IssueParams['negative-value'] = { field: 'lastYear', value: lastYear };
    issues.push(issueAt(indicator, 'negative-value', cells.lastYear, params));
  }

  let yoyGrowth: number | null = null;
  if (lastYear === 0) issues.push(issueAt(indicator, 'zero-last-year', cells.lastYear, {}));
  else if (lastYear !== null && actual !== null) {
    yoyGrowth = growth(actual, lastYear);
  }
  const yoyChangePoints =
    indicator.unit === '%' && lastYear !== null && actual !== null
      ? finite(clean(actual - lastYear))
      : null;

  const lower = indicator.direction === 'lower';
  const op: TargetOp | null = indicator.targetOp ?? null;
  const targetTooLow = target !== null && (lower ? target < 0 : target <= 0);
  if (targetTooLow) {
    issues.push(issueAt(indicator, 'non-positive-target', cells.target, { value: target }));
  }

  let completionRate: number | null = null;
  let status: Status;
  if (actual === null || targetUnreadable || targetTooLow) status = 'invalid';
  else if (target === null) status = 'no-target';
  else if (lower && op !== '=') {
    completionRate = target === 0 ? null : finiteRate(clean(actual / target));
    status = lowerStatus(actual, target, rule, op === '<');
  } else {
    const rate = clean(actual / target);
    // A rate past the largest double (5 / 1e-320) still means done, but has no figure.
    completionRate = finiteRate(rate);
    status = op === '=' ? exactStatus(actual, target, rate, rule) : higherStatus(rate, rule);
    if (op === '>' && status === 'done' && !(atPrecision(actual, target) > target)) {
      status = yearEnded(rule) ? 'behind' : 'on-track';
    }
  }
  return { completionRate, yoyGrowth, yoyChangePoints, status, issues };
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);
/** A fraction shown as a percentage: none when × 100 would overflow. */
const finiteRate = (value: number): number | null => (Number.isFinite(value * 100) ? value : null);

/** (actual − lastYear) / |lastYear|; divided first when the difference overflows (1e308 vs −1e308). */
function growth(actual: number, lastYear: number): number | null {
  const direct = clean((actual - lastYear) / Math.abs(lastYear));
  if (Number.isFinite(direct)) return finiteRate(direct);
  return finiteRate(clean(actual / Math.abs(lastYear) - Math.sign(lastYear)));
}

function higherStatus(rate: number, rule: ProgressRule): Status {
  if (rate >= 1 - EPS) return 'done';
  if (rate >= rule.expectedProgress - EPS) return 'on-track';
  if (rate < rule.expectedProgress - rule.severeGap - EPS) return 'severely-behind';
  return 'behind';
}

const yearEnded = (rule: ProgressRule): boolean => rule.expectedProgress >= 1 - EPS;

/** A ceiling: within it on-track, done once the year is over; a strict one (＜) excludes itself. */
function lowerStatus(actual: number, ceiling: number, rule: ProgressRule, strict: boolean): Status {
  const within = strict ? atPrecision(actual, ceiling) < ceiling : actual <= ceiling + EPS;
  if (within) return yearEnded(rule) ? 'done' : 'on-track';
  if (ceiling === 0) return 'severely-behind';
  if (actual <= ceiling) return 'behind'; // at a strict ceiling
  return actual / ceiling - 1 > rule.severeGap + EPS ? 'severely-behind' : 'behind';
}

/** "=": equal at the target's precision is done, above is behind, below is judged as progress. */
function exactStatus(actual: number, target: number, rate: number, rule: ProgressRule): Status {
  const rounded = atPrecision(actual, target);
  if (rounded === target) return 'done';
  if (rounded > target) return 'behind';
  return higherStatus(Math.min(rate, 1 - 2 * EPS), rule);
}

/** Decimals the target is written with (100 → 0, 0.95 → 2), at most 10. */
function decimalsOf(value: number): number {
  const text = String(clean(value));
  if (/e/i.test(text)) return 10;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, text.length - dot - 1);
}

/** The actual rounded to the target's precision (99.996 against 100 → 100). */
export function atPrecision(actual: number, target: number): number {
  const rounded = Number(actual.toFixed(decimalsOf(target)));
  return Number.isFinite(rounded) ? rounded : actual;
}

function issueAt<C extends IssueCode>(
  indicator: Numbers,
  code: C,
  cell: string | undefined,
  params: IssueParams[C],
): IssueOf<C> {
  return makeIssue(code, cell ?? indicator.cells.name, indicator.row, params, indicator.name);
}
