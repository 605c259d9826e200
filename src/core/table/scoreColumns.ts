// The columns of a 绩效自评表 beside the figures: 指标性质 (the operator), 分值/权重 (the points an
// indicator is worth), 得分 (the table's score) and 偏差原因分析 (why points were lost).
import type { CellValue, ScoreRole } from '../types';
import type { ColumnLabel } from './headerLabels';
import { labelKey } from './headerLabels';
import { rowAt } from './headerSearch';
import { MAX_CELL_TEXT } from './text';

const LABELS: readonly (readonly [ScoreRole, RegExp])[] = [
  ['targetOp', /^指标性质$|^指标属性$|^符号$|^运算符$/],
  ['maxScore', /^(?:分值|权重|标准分值?|满分|指标分值|权重分|分数)(?:\(\d+分?\))?$/],
  ['tableScore', /^(?:自评)?得分(?:\(\d+分?\))?$|^评分$|^评价得分$/],
  ['deviationReason', /原因|改进措施/],
];

/** The role of one header cell among the score columns, or null. */
export function scoreRoleOf(raw: CellValue): ScoreRole | null {
  if (typeof raw !== 'string' || raw.length > MAX_CELL_TEXT) return null;
  const key = labelKey(raw);
  for (const [role, pattern] of LABELS) if (pattern.test(key)) return role;
  return null;
}

/**
 * Score columns of the header rows: a sub-header cell first (指标性质 under 年度指标值), then the
 * cell above it. Only columns whose label is a known column we do not read as a field (`other`)
 * are looked at: 分值, 得分, 指标性质 and the reasons are among them.
 */
export function findScoreColumns(
  values: readonly unknown[],
  headerRows: readonly number[],
  labels: readonly ColumnLabel[],
): Partial<Record<ScoreRole, number>> {
  const rows = [...headerRows].reverse().map((index) => rowAt(values, index));
  const found: Partial<Record<ScoreRole, number>> = {};
  labels.forEach((label, col) => {
    if (label.kind?.kind !== 'other') return;
    for (const row of rows) {
      const role = scoreRoleOf(row[col]);
      if (role === null) continue;
      if (found[role] === undefined) found[role] = col;
      break;
    }
  });
  return found;
}
