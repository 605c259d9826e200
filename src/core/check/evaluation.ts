// A 绩效自评表 as a whole: each indicator's score, the funds block, the total row (总分, 合计) and the
// closing texts (评价结论, 存在问题, 改进措施); the total including the budget's points, checked
// against the table's own totals, and its grade (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60).
import type {
  BudgetEvaluation,
  CellGrid,
  CheckOptions,
  Evaluation,
  EvaluationRemark,
  Grade,
  Indicator,
  Issue,
} from '../types';
import type { CellRef } from '../a1';
import { toA1 } from '../a1';
import type { HeaderInfo } from '../table/detectHeader';
import { rowAt } from '../table/headerSearch';
import { parseCell } from '../table/parseCell';
import { cellText } from '../table/text';
import { readBudget } from './budget';
import { makeIssue } from './issues';
import { deviationIssue, roundScore, SCORE_TOLERANCE, scoreIndicator } from './scores';
import { scoreValue } from './readScores';

/** The full mark when the table writes no total. */
export const FULL_MARK = 100;

const GRADES: readonly (readonly [number, Grade])[] = [
  [90, 'excellent'],
  [80, 'good'],
  [60, 'fair'],
];

/** Lower bounds inclusive: 90 is 优, 89.99 is 良. */
export function gradeOf(score: number, fullMark = FULL_MARK): Grade {
  const points = fullMark > 0 ? (score / fullMark) * 100 : score;
  return GRADES.find(([bound]) => points >= bound - 1e-9)?.[1] ?? 'poor';
}

/** A 自评表 when the user says so, or when the header has both 分值 and 得分 columns. */
export function isSelfEvaluation(header: HeaderInfo, options: CheckOptions | undefined): boolean {
  if (options?.mode === 'selfeval') return true;
  if (options?.mode === 'progress') return false;
  const { maxScore, tableScore } = header.scoreColumns;
  return maxScore !== undefined && tableScore !== undefined;
}

const TOTAL_ROW = /^(?:总分|合计|总计|总得分|综合得分|自评总分|得分合计)/;
const REMARK =
  /^(?:评价结论|自评结论|存在问题|存在的问题|问题及原因|改进措施|下一步改进措施|整改措施|其他需要说明(?:的)?事项|偏差原因分析)/;
const GRADE_WORDS: readonly (readonly [RegExp, Grade])[] = [
  [/^优秀?$/, 'excellent'],
  [/^良好?$/, 'good'],
  [/^(?:中等?|合格|及格)$/, 'fair'],
  [/^(?:较?差|不合格|不及格)$/, 'poor'],
];
const GRADE_LABEL = /^(?:自评等级|评价等级|绩效等级|自评结果|等级)[:：]?$/;

const gradeWord = (text: string): Grade | null =>
  GRADE_WORDS.find(([word]) => word.test(text.replace(/\s/g, '')))?.[1] ?? null;

/** Template prompts left in a cell: …（200字以内）. */
const PROMPT = /\(\d+字以内\)|（\d+字以内）/;

interface TotalRow {
  row: number;
  grade: Grade | null;
  maxScore: number | null;
  tableScore: number | null;
  cells: Evaluation['cells'];
}

function findTotalRow(grid: CellGrid, header: HeaderInfo, origin: CellRef): TotalRow | null {
  const { maxScore: maxCol, tableScore: scoreCol } = header.scoreColumns;
  for (let r = header.bodyStart; r < grid.values.length; r++) {
    const cells = rowAt(grid.values, r);
    const label = cells.map(cellText).find((text) => text !== '') ?? '';
    if (!TOTAL_ROW.test(label)) continue;
    const row = origin.row + r;
    const cellsAt: Evaluation['cells'] = {};
    if (maxCol !== undefined) cellsAt.maxScore = toA1(origin.col + maxCol, row);
    if (scoreCol !== undefined) cellsAt.tableScore = toA1(origin.col + scoreCol, row);
    const graded = cells.findIndex((cell, col) => col > 0 && gradeWord(cellText(cell)) !== null);
    if (graded >= 0) cellsAt.grade = toA1(origin.col + graded, row);
    return {
      row,
      grade: graded >= 0 ? gradeWord(cellText(cells[graded])) : null,
      maxScore: maxCol === undefined ? null : scoreValue(cells[maxCol]),
      tableScore: scoreCol === undefined ? null : scoreValue(cells[scoreCol]),
      cells: cellsAt,
    };
  }
  return null;
}

/** A 自评等级 row (label, then the grade word) anywhere below the header. */
function findGradeRow(grid: CellGrid, header: HeaderInfo, origin: CellRef) {
  for (let r = header.bodyStart; r < grid.values.length; r++) {
    const cells = rowAt(grid.values, r);
    const label = cells.findIndex((cell) => GRADE_LABEL.test(cellText(cell)));
    if (label < 0) continue;
    const col = cells.findIndex((cell, c) => c > label && gradeWord(cellText(cell)) !== null);
    if (col < 0) continue;
    const grade = gradeWord(cellText(cells[col]));
    if (grade !== null)
      return { grade, cell: toA1(origin.col + col, origin.row + r), row: origin.row + r };
  }
  return null;
}

/** 评价结论 / 存在问题 / 改进措施 rows below the indicators, as written (prompts and 无 left out). */
function findRemarks(grid: CellGrid, header: HeaderInfo, origin: CellRef): EvaluationRemark[] {
  const remarks: EvaluationRemark[] = [];
  for (let r = header.bodyStart; r < grid.values.length; r++) {
    const cells = rowAt(grid.values, r);
    const texts = cells
      .map((cell, col) => ({ col, text: cellText(cell) }))
      .filter((entry) => entry.text !== '');
    const [label, content] = texts;
    if (label === undefined || content === undefined || !REMARK.test(label.text)) continue;
    const parsed = parseCell(content.text);
    if (PROMPT.test(content.text) || (parsed.kind === 'invalid' && parsed.reason === 'placeholder'))
      continue;
    const cell = toA1(origin.col + content.col, origin.row + r);
    remarks.push({ label: label.text.replace(/[:：]$/, ''), text: content.text, cell });
  }
  return remarks;
}

/** Scores every indicator (in place) and sums up the table. */
export function evaluate(
  grid: CellGrid,
  header: HeaderInfo,
  origin: CellRef,
  indicators: readonly Indicator[],
): { evaluation: Evaluation; issues: Issue[] } {
  const issues: Issue[] = [];
  const hasReasonColumn = header.scoreColumns.deviationReason !== undefined;
  for (const indicator of indicators) {
    const scored = scoreIndicator(indicator);
    indicator.score = scored.score;
    issues.push(...scored.issues);
    const deviation = deviationIssue(indicator, hasReasonColumn);
    if (deviation !== null) issues.push(deviation);
  }
  const [block] = header.otherBlocks;
  const funds = block === undefined ? null : readBudget({ values: grid.values, origin }, block);
  if (funds !== null) issues.push(...funds.issues);
  const budget = funds?.budget ?? null;
  const total = findTotalRow(grid, header, origin);
  const maxScore = total?.maxScore ?? FULL_MARK;
  // Points that do not add up to the full mark (a cut-off or inconsistent table): no total.
  const complete = Math.abs(pointsSum(indicators, budget) - maxScore) <= SCORE_TOLERANCE;
  const score = complete ? totalScore(indicators, budget) : null;
  const tableScore = total?.tableScore ?? null;
  const graded = score ?? tableScore;
  const own = total?.grade
    ? { grade: total.grade, cell: total.cells.grade ?? '', row: total.row }
    : findGradeRow(grid, header, origin);
  const evaluation: Evaluation = {
    maxScore,
    score,
    tableScore,
    grade: graded === null ? null : gradeOf(graded, maxScore),
    tableGrade: own?.grade ?? null,
    budget,
    cells: { ...(total?.cells ?? {}), ...(own ? { grade: own.cell } : {}) },
    remarks: findRemarks(grid, header, origin),
  };
  issues.push(...totalIssues(evaluation, indicators, header, origin, total));
  if (own && graded !== null && evaluation.grade !== null && own.grade !== evaluation.grade) {
    const params = { given: own.grade, computed: evaluation.grade, score: graded };
    issues.push(makeIssue('grade-mismatch', own.cell, own.row, params));
  }
  return { evaluation, issues };
}

const pointsOf = (budget: BudgetEvaluation | null, pick: (b: BudgetEvaluation) => number | null) =>
  budget === null ? 0 : (pick(budget) ?? 0);

/** The 分值 of every indicator and of the budget. */
function pointsSum(indicators: readonly Indicator[], budget: BudgetEvaluation | null): number {
  return roundScore(
    indicators.reduce((sum, indicator) => sum + (indicator.maxScore ?? 0), 0) +
      pointsOf(budget, (b) => b.maxScore),
  );
}

/** Indicators' scores (the table's own where the rule leaves it to the table) plus the budget's. */
function totalScore(indicators: readonly Indicator[], budget: BudgetEvaluation | null) {
  let sum = 0;
  for (const indicator of indicators) {
    if (indicator.maxScore == null) continue;
    const points = indicator.score ?? indicator.tableScore ?? null;
    if (points === null) return null;
    sum += points;
  }
  if (budget !== null && budget.maxScore !== null) {
    const points = budget.score ?? budget.tableScore;
    if (points === null) return null;
    sum += points;
  }
  return roundScore(sum);
}

/** The table's 分值 and 得分 totals against the sums of their parts. */
function totalIssues(
  evaluation: Evaluation,
  indicators: readonly Indicator[],
  header: HeaderInfo,
  origin: CellRef,
  total: TotalRow | null,
): Issue[] {
  const issues: Issue[] = [];
  const { budget } = evaluation;
  const maxSum = pointsSum(indicators, budget);
  const headerRow = origin.row + header.rowIndex;
  const maxCol = header.scoreColumns.maxScore;
  const maxCell =
    total?.cells.maxScore ?? (maxCol === undefined ? null : toA1(origin.col + maxCol, headerRow));
  if (maxCell !== null && Math.abs(maxSum - evaluation.maxScore) > SCORE_TOLERANCE) {
    const params = { what: 'maxScore' as const, given: evaluation.maxScore, sum: maxSum };
    issues.push(makeIssue('score-total-mismatch', maxCell, total?.row ?? headerRow, params));
  }
  const given = evaluation.tableScore;
  const scores = indicators.map((indicator) => indicator.tableScore ?? null);
  if (given !== null && total !== null && scores.every((score) => score !== null)) {
    const sum = roundScore(
      scores.reduce<number>((acc, score) => acc + (score ?? 0), 0) +
        pointsOf(budget, (b) => b.tableScore),
    );
    if (Math.abs(sum - given) > SCORE_TOLERANCE) {
      const params = { what: 'tableScore' as const, given, sum };
      issues.push(
        makeIssue('score-total-mismatch', total.cells.tableScore ?? '', total.row, params),
      );
    }
  }
  return issues;
}
