// An indicator's score by the rule of the 项目支出绩效自评表 (财预〔2020〕10号, 附件 notes):
// quantitative, higher is better: actual / target × 分值; lower is better (reverse): target /
// actual × 分值; both at most 分值. "=": the smaller of the two ratios. In words: the table's own
// 得分, which must lie in the band of its assessment (met 80–100 %, partly met 60–80 %, not met
// 0–60 % of 分值). The table's 得分 is checked against it.
import type { Assessment, Indicator, Issue } from '../types';
import { clean } from '../table/units';
import { makeIssue } from './issues';
import { atPrecision } from './judge';

/** Share of 分值 per assessment, lower bound inclusive. */
export const BANDS: Record<Exclude<Assessment, 'unknown'>, readonly [number, number]> = {
  met: [0.8, 1],
  'partly-met': [0.6, 0.8],
  'not-met': [0, 0.6],
};

/** Tolerance between the table's 得分 and the rule's. */
export const SCORE_TOLERANCE = 0.01;

export const roundScore = (value: number): number => Math.round(clean(value) * 100) / 100;

/** actual / target, reversed for lower is better, the smaller for "=", at most 1; null if unknown. */
function ratioOf(indicator: Indicator): number | null {
  const { actual, target } = indicator;
  if (actual === null || target === null || actual < 0 || target < 0) return null;
  if (indicator.targetOp === '=') {
    if (atPrecision(actual, target) === target) return 1;
    if (actual === 0 || target === 0) return 0;
    return Math.min(actual / target, target / actual);
  }
  if (indicator.direction === 'lower') {
    if (actual <= target) return 1;
    return target / actual;
  }
  if (target === 0) return 1;
  return Math.min(1, actual / target);
}

/** The rule's score and the issues comparing the table's 得分 with it. */
export function scoreIndicator(indicator: Indicator): { score: number | null; issues: Issue[] } {
  const maxScore = indicator.maxScore ?? null;
  if (maxScore === null || maxScore < 0) return { score: null, issues: [] };
  const given = indicator.tableScore ?? null;
  const at = indicator.cells.tableScore ?? indicator.cells.name;
  const { row, name } = indicator;
  if (indicator.status === 'qualitative') {
    const assessment = indicator.assessment ?? 'unknown';
    if (assessment === 'unknown' || given === null) return { score: null, issues: [] };
    const band = bandOf(assessment, maxScore);
    if (given >= band.min - SCORE_TOLERANCE && given <= band.max + SCORE_TOLERANCE) {
      return { score: given, issues: [] };
    }
    const params = { given, ...band, assessment };
    const score = Math.min(band.max, Math.max(band.min, given));
    return { score, issues: [makeIssue('score-out-of-band', at, row, params, name)] };
  }
  const ratio = ratioOf(indicator);
  const score = ratio === null || !Number.isFinite(ratio) ? null : roundScore(ratio * maxScore);
  if (score === null || given === null || Math.abs(score - given) <= SCORE_TOLERANCE) {
    return { score, issues: [] };
  }
  const params = { given, computed: score, maxScore };
  return { score, issues: [makeIssue('score-mismatch', at, row, params, name)] };
}

function bandOf(
  assessment: Exclude<Assessment, 'unknown'>,
  maxScore: number,
): { min: number; max: number } {
  const [low, high] = BANDS[assessment];
  return { min: roundScore(low * maxScore), max: roundScore(high * maxScore) };
}

/** 偏差原因分析 left empty where points were lost. */
export function deviationIssue(indicator: Indicator, hasColumn: boolean): Issue | null {
  const { maxScore, tableScore } = indicator;
  if (!hasColumn || maxScore == null || tableScore == null) return null;
  const lost = roundScore(maxScore - tableScore);
  if (lost <= SCORE_TOLERANCE || (indicator.deviationReason ?? '') !== '') return null;
  const at = indicator.cells.deviationReason ?? indicator.cells.name;
  return makeIssue('missing-deviation-reason', at, indicator.row, { lost }, indicator.name);
}
