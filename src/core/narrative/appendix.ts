// 指标完成情况表: every indicator as a row (序号, 指标, 单位, 年度目标, 完成, 完成率, 序时进度, 同比, 状态,
// and 得分/分值 when the table scores), split by the table's groups. Figures cite their cells.
import type {
  Appendix,
  AppendixColumn,
  AppendixRow,
  CheckReport,
  Indicator,
  IndicatorCells,
  Locale,
  Narrative,
  Segment,
  TargetOp,
} from '../types';
import { ASSESSMENT_EN, STATUS_EN } from '../messages/enUS';
import { ASSESSMENT_ZH, STATUS_ZH } from '../messages/zhCN';
import { stripNumbering } from '../table/lineText';
import { approximateFields, isNumber, isRate } from './indicatorFigures';
import { approximately, formatPercent, growthOf, pointsOf } from './figures';
import { digits } from './numbers';
import { DEFAULT_DECIMALS, MONEY_DECIMALS } from './units';

const LABELS: Record<
  Locale,
  Record<AppendixColumn, string> & { label: string; title: string; other: string }
> = {
  'zh-CN': {
    label: '附表',
    title: '指标完成情况表',
    other: '其他',
    number: '序号',
    name: '指标',
    unit: '单位',
    target: '年度目标',
    actual: '完成',
    completion: '完成率',
    expected: '序时进度',
    yoy: '同比',
    status: '状态',
    score: '得分',
    maxScore: '分值',
  },
  'en-US': {
    label: 'Appendix',
    title: 'Indicator progress table',
    other: 'Other',
    number: 'No.',
    name: 'Indicator',
    unit: 'Unit',
    target: 'Annual target',
    actual: 'Actual',
    completion: 'Completion',
    expected: 'Expected',
    yoy: 'YoY',
    status: 'Status',
    score: 'Score',
    maxScore: 'Points',
  },
};

const BASE_COLUMNS: AppendixColumn[] = [
  'number',
  'name',
  'unit',
  'target',
  'actual',
  'completion',
  'expected',
  'yoy',
  'status',
];

const NONE = '—';
const OP_SIGN: Record<TargetOp, string> = { '>=': '≥', '<=': '≤', '=': '', '>': '＞', '<': '＜' };
const POINTS: Record<Locale, string> = { 'zh-CN': '个百分点', 'en-US': ' pp' };

const text = (value: string): Segment => ({ kind: 'text', text: value });

function cited(value: string, cells: IndicatorCells, ...fields: (keyof IndicatorCells)[]): Segment {
  const sources = fields.map((field) => cells[field]).filter((cell): cell is string => !!cell);
  return sources.length === 0 ? text(value) : { kind: 'value', text: value, cells: sources };
}

interface RowContext {
  locale: Locale;
  expected: string;
  approximate: ReadonlySet<string>;
  scored: boolean;
}

/** A figure in the unit of its column (no 万 scaling: the table keeps the source's figure). */
function figure(ctx: RowContext, indicator: Indicator, field: 'target' | 'actual'): Segment {
  const value = indicator[field];
  const words = field === 'target' ? indicator.targetText : indicator.actualText;
  if (!isNumber(value) || indicator.status === 'invalid') {
    const wordy = indicator.status === 'qualitative' && typeof words === 'string';
    return wordy && words.trim() !== '' ? cited(words.trim(), indicator.cells, field) : text(NONE);
  }
  const unit = indicator.unit?.trim() ?? '';
  const decimals =
    MONEY_DECIMALS[unit] ?? (unit.startsWith('万') ? 4 : unit === '%' ? 2 : DEFAULT_DECIMALS);
  let written = digits(value, { decimals, grouping: ctx.locale === 'en-US' });
  if (ctx.approximate.has(`${indicator.row}:${field}`))
    written = approximately(written, ctx.locale);
  const op = field === 'target' && indicator.targetOp ? OP_SIGN[indicator.targetOp] : '';
  return cited(`${op}${written}`, indicator.cells, field);
}

function completion(indicator: Indicator): Segment {
  const rate = indicator.completionRate;
  const told = indicator.direction !== 'lower' && indicator.status !== 'invalid';
  return told && isNumber(rate)
    ? cited(formatPercent(rate), indicator.cells, 'actual', 'target')
    : text(NONE);
}

function yoy(ctx: RowContext, indicator: Indicator): Segment {
  if (indicator.status === 'invalid') return text(NONE);
  const sign = (trend: string): string => (trend === 'down' ? '-' : '');
  if (isRate(indicator)) {
    if (!isNumber(indicator.yoyChangePoints)) return text(NONE);
    const { trend, text: size } = pointsOf(indicator.yoyChangePoints);
    return cited(
      `${sign(trend)}${size}${POINTS[ctx.locale]}`,
      indicator.cells,
      'actual',
      'lastYear',
    );
  }
  if (!isNumber(indicator.yoyGrowth)) return text(NONE);
  const { trend, text: size } = growthOf(indicator.yoyGrowth);
  return cited(`${sign(trend)}${size}`, indicator.cells, 'actual', 'lastYear');
}

function status(ctx: RowContext, indicator: Indicator): Segment {
  const en = ctx.locale === 'en-US';
  if (indicator.status === 'qualitative' && indicator.assessment !== undefined) {
    return text((en ? ASSESSMENT_EN : ASSESSMENT_ZH)[indicator.assessment] ?? '');
  }
  return text((en ? STATUS_EN : STATUS_ZH)[indicator.status] ?? '');
}

const points = (value: number): string => digits(value, { decimals: 2 });

function scores(indicator: Indicator): Segment[] {
  const { tableScore, score, maxScore, cells } = indicator;
  const given = isNumber(tableScore)
    ? cited(points(tableScore), cells, 'tableScore')
    : isNumber(score)
      ? cited(points(score), cells, 'actual', 'target')
      : text(NONE);
  const max = isNumber(maxScore) ? cited(points(maxScore), cells, 'maxScore') : text(NONE);
  return [given, max];
}

function rowOf(ctx: RowContext, indicator: Indicator, number: number): AppendixRow {
  const cells: Segment[] = [
    text(String(number)),
    text(indicator.name),
    text(indicator.unit?.trim() ?? ''),
    figure(ctx, indicator, 'target'),
    figure(ctx, indicator, 'actual'),
    completion(indicator),
    text(ctx.expected),
    yoy(ctx, indicator),
    status(ctx, indicator),
  ];
  if (ctx.scored) cells.push(...scores(indicator));
  return { kind: 'indicator', row: indicator.row, cells };
}

const groupLabel = (indicator: Indicator, locale: Locale): string =>
  (Array.isArray(indicator.group) ? indicator.group : [])
    .filter((tier): tier is string => typeof tier === 'string')
    .map(stripNumbering)
    .filter((tier) => tier !== '')
    .join(locale === 'en-US' ? ' / ' : '／');

/** The rows, grouped by the table's groups in the order they first appear (ungrouped last). */
function groupedRows(ctx: RowContext, indicators: readonly Indicator[]): AppendixRow[] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const label = groupLabel(indicator, ctx.locale);
    const list = groups.get(label);
    if (list) list.push(indicator);
    else groups.set(label, [indicator]);
  }
  const rows: AppendixRow[] = [];
  let number = 0;
  const grouped = groups.size > 1 || !groups.has('');
  const ungrouped = groups.get('') ?? [];
  groups.delete('');
  if (ungrouped.length > 0) groups.set(LABELS[ctx.locale].other, ungrouped);
  for (const [label, members] of groups) {
    if (grouped) rows.push({ kind: 'group', label });
    for (const indicator of members) rows.push(rowOf(ctx, indicator, ++number));
  }
  return rows;
}

export function appendixOf(report: CheckReport, indicators: readonly Indicator[], locale: Locale) {
  const labels = LABELS[locale];
  const scored = indicators.some((indicator) => isNumber(indicator.maxScore));
  const expectedProgress = report?.expectedProgress;
  const ctx: RowContext = {
    locale,
    expected: isNumber(expectedProgress) ? formatPercent(expectedProgress) : NONE,
    approximate: approximateFields(indicators, Array.isArray(report?.issues) ? report.issues : []),
    scored,
  };
  const keys: AppendixColumn[] = scored ? [...BASE_COLUMNS, 'score', 'maxScore'] : BASE_COLUMNS;
  const appendix: Appendix = {
    label: labels.label,
    title: labels.title,
    columns: keys.map((key) => ({ key, label: labels[key] })),
    rows: groupedRows(ctx, indicators),
  };
  return appendix;
}

/** The narrative with its appendix, when the table has indicators. */
export function withAppendix(
  narrative: Narrative,
  report: CheckReport,
  indicators: readonly Indicator[],
): Narrative {
  if (indicators.length === 0) return narrative;
  return { ...narrative, appendix: appendixOf(report, indicators, narrative.locale) };
}
