// The funds block of a 绩效自评表 (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分): its total
// row, the 执行率 it writes against 执行数 / 预算数, its score (执行率 × 分值, at most 分值), and
// 其中 rows larger than the total.
import type { BudgetEvaluation, CellValue, Issue } from '../types';
import type { CellRef } from '../a1';
import { toA1 } from '../a1';
import { labelKey } from '../table/headerLabels';
import { rowAt } from '../table/headerSearch';
import { parseCell } from '../table/parseCell';
import { cellText } from '../table/text';
import { makeIssue } from './issues';
import { roundScore, SCORE_TOLERANCE } from './scores';

type BudgetColumn = 'initial' | 'planned' | 'spent' | 'rate' | 'maxScore' | 'tableScore';

const LABELS: readonly (readonly [BudgetColumn, RegExp])[] = [
  ['rate', /执行率/],
  ['initial', /^年初预算/],
  ['planned', /全年预算|调整后预算|预算调整后/],
  ['spent', /执行数|实际支出|支出数|全年执行/],
  ['maxScore', /^(?:分值|权重)/],
  ['tableScore', /^得分/],
];

/** A fallback for the budget: 预算数 (not 年初) when no 全年/调整后 column is labelled. */
const ANY_BUDGET = /预算数?(?:\(|$)/;
const PART = /^其中/;
const RATE_TOLERANCE = 0.0001;

interface Block {
  values: readonly unknown[];
  origin: CellRef;
}

function columnsOf(labels: readonly CellValue[]): Partial<Record<BudgetColumn, number>> {
  const found: Partial<Record<BudgetColumn, number>> = {};
  labels.forEach((cell, col) => {
    const key = labelKey(cellText(cell));
    if (key === '') return;
    const entry = LABELS.find(([, pattern]) => pattern.test(key));
    if (entry !== undefined && found[entry[0]] === undefined) found[entry[0]] = col;
  });
  if (found.planned === undefined) {
    const col = labels.findIndex(
      (cell, index) => index !== found.initial && ANY_BUDGET.test(labelKey(cellText(cell))),
    );
    if (col >= 0) found.planned = col;
  }
  return found;
}

const numberAt = (row: readonly CellValue[], col: number | undefined): number | null => {
  if (col === undefined) return null;
  const parsed = parseCell(row[col]);
  return parsed.kind === 'number' && parsed.unknownUnit === undefined ? parsed.value : null;
};

/** A written 执行率: '100.00%' → 1; a bare 0.95 → 0.95, a bare 95 → 0.95. */
function rateAt(row: readonly CellValue[], col: number | undefined): number | null {
  if (col === undefined) return null;
  const parsed = parseCell(row[col]);
  if (parsed.kind !== 'number') return null;
  if (parsed.unit === '%' || parsed.value > 1.5) return parsed.value / 100;
  return parsed.value;
}

/** The funds block in rows [first, last] of the grid; null when it has no budget columns. */
export function readBudget(
  block: Block,
  range: readonly [number, number],
): { budget: BudgetEvaluation | null; issues: Issue[] } {
  const { values, origin } = block;
  const [first, last] = range;
  let labelRow = -1;
  let columns: Partial<Record<BudgetColumn, number>> = {};
  for (let r = first; r <= last && labelRow < 0; r++) {
    const found = columnsOf(rowAt(values, r));
    if (found.planned !== undefined && found.spent !== undefined) {
      labelRow = r;
      columns = found;
    }
  }
  if (labelRow < 0) return { budget: null, issues: [] };
  const hasAmounts = (r: number): boolean =>
    numberAt(rowAt(values, r), columns.planned) !== null ||
    numberAt(rowAt(values, r), columns.spent) !== null;
  let totalRow = labelRow + 1;
  while (totalRow <= last && !hasAmounts(totalRow)) totalRow++;
  if (totalRow > last) return { budget: null, issues: [] };
  const at = (col: number | undefined, r = totalRow): string | undefined =>
    col === undefined ? undefined : toA1(origin.col + col, origin.row + r);
  const total = rowAt(values, totalRow);
  const planned = numberAt(total, columns.planned);
  const spent = numberAt(total, columns.spent);
  const maxScore = numberAt(total, columns.maxScore);
  const rate =
    planned !== null && spent !== null && planned > 0 ? roundRate(spent / planned) : null;
  const budget: BudgetEvaluation = {
    planned,
    spent,
    rate,
    tableRate: rateAt(total, columns.rate),
    maxScore,
    score: rate !== null && maxScore !== null ? roundScore(Math.min(rate, 1) * maxScore) : null,
    tableScore: numberAt(total, columns.tableScore),
    unit: unitOf(values, first, last),
    cells: cellsOf(columns, at),
  };
  const issues = [
    ...budgetIssues(budget, origin.row + totalRow, rateLabel(values, labelRow, columns.rate)),
    ...partIssues(block, columns, totalRow, last),
  ];
  return { budget, issues };
}

const roundRate = (value: number): number => Math.round(value * 1e6) / 1e6;

const MONEY_UNIT = /[(（](万元|亿元|千元|元)[)）]/;

/** The money unit named in the block's labels: 项目资金（万元）, 年度预算数(万元). */
function unitOf(values: readonly unknown[], first: number, last: number): string | null {
  for (let r = first; r <= last; r++) {
    for (const cell of rowAt(values, r)) {
      const unit = MONEY_UNIT.exec(cellText(cell).replace(/\s+/g, ''))?.[1];
      if (unit !== undefined) return unit;
    }
  }
  return null;
}

function cellsOf(
  columns: Partial<Record<BudgetColumn, number>>,
  at: (col: number | undefined) => string | undefined,
): BudgetEvaluation['cells'] {
  const cells: BudgetEvaluation['cells'] = {};
  for (const key of ['planned', 'spent', 'rate', 'maxScore', 'tableScore'] as const) {
    const address = at(columns[key]);
    if (address !== undefined) cells[key] = address;
  }
  return cells;
}

/** The 执行率 label as the table writes it, naming the funds line in issues. */
function rateLabel(values: readonly unknown[], labelRow: number, col: number | undefined): string {
  const label = col === undefined ? '' : cellText(rowAt(values, labelRow)[col]);
  return label === '' ? '预算执行率' : label.replace(/\(.*\)$/, '');
}

function budgetIssues(budget: BudgetEvaluation, row: number, name: string): Issue[] {
  const issues: Issue[] = [];
  const { rate, tableRate, score, tableScore, maxScore, cells } = budget;
  if (rate !== null && tableRate !== null && Math.abs(rate - tableRate) > RATE_TOLERANCE) {
    const params = { given: percent(tableRate), computed: percent(rate) };
    issues.push(makeIssue('rate-mismatch', cells.rate ?? '', row, params, name));
  }
  if (score !== null && tableScore !== null && maxScore !== null) {
    if (Math.abs(score - tableScore) > SCORE_TOLERANCE) {
      const params = { given: tableScore, computed: score, maxScore };
      issues.push(makeIssue('score-mismatch', cells.tableScore ?? '', row, params, name));
    }
  }
  return issues;
}

const percent = (fraction: number): number => Math.round(fraction * 10000) / 100;

/** 其中 rows of the block larger than its total (a total left at 0 while its part is filled). */
function partIssues(
  block: Block,
  columns: Partial<Record<BudgetColumn, number>>,
  totalRow: number,
  last: number,
): Issue[] {
  const { values, origin } = block;
  const total = rowAt(values, totalRow);
  const issues: Issue[] = [];
  for (let r = totalRow + 1; r <= last; r++) {
    const row = rowAt(values, r);
    const label = row.map(cellText).find((text) => text !== '') ?? '';
    if (!PART.test(label)) continue;
    for (const col of [columns.planned, columns.spent, columns.initial]) {
      const part = numberAt(row, col);
      const sum = numberAt(total, col);
      if (col === undefined || part === null || sum === null || part <= sum + 1e-9) continue;
      const sheetRow = origin.row + r;
      const params = {
        parentCell: toA1(origin.col + col, origin.row + totalRow),
        part,
        total: sum,
        unit: '',
      };
      const name = label.replace(PART, '').replace(/^[:：]/, '');
      issues.push(
        makeIssue('part-exceeds-total', toA1(origin.col + col, sheetRow), sheetRow, params, name),
      );
      break;
    }
  }
  return issues;
}
