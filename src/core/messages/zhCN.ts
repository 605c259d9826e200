// zh-CN wording of every issue: where it is and what to change.
import type {
  Assessment,
  Field,
  Grade,
  Issue,
  NotANumberKind,
  NotIndicatorKind,
  Role,
  Status,
} from '../types';
import { show } from './format';

export const STATUS_ZH: Record<Status, string> = {
  done: '已完成',
  'on-track': '达序时',
  behind: '滞后',
  'severely-behind': '严重滞后',
  'no-target': '无目标',
  invalid: '数据错误',
  qualitative: '定性评价',
};

/** How a target in words went, as the 自评表 templates word it. */
export const ASSESSMENT_ZH: Record<Assessment, string> = {
  met: '达成预期指标',
  'partly-met': '部分达成预期指标',
  'not-met': '未达成预期指标',
  unknown: '无法判断',
};

export const GRADE_ZH: Record<Grade, string> = {
  excellent: '优',
  good: '良',
  fair: '中',
  poor: '差',
};

const FIELD_ZH: Record<Field, string> = {
  name: '指标名称',
  unit: '单位',
  target: '年度目标',
  actual: '累计完成',
  lastYear: '去年同期',
  parent: '上级指标',
  category: '类别',
  direction: '方向',
  note: '备注',
};

/** Role names as the reading shows them (表格识别). */
export const ROLE_ZH: Record<Role, string> = {
  name: '指标名称',
  group: '分组',
  unit: '单位',
  target: '年度目标',
  actual: '累计完成',
  lastYear: '去年同期',
  yoyGrowth: '同比%',
  parent: '上级指标',
  category: '类别',
  direction: '方向',
  note: '备注',
  targetOp: '指标性质',
  maxScore: '分值',
  tableScore: '得分',
  deviationReason: '偏差原因',
};

const NOT_INDICATOR_ZH: Record<NotIndicatorKind, string> = {
  'places-as-rows': '各行是地区（如',
  'periods-as-rows': '各行是时间（如',
  'no-indicator-rows': '没有可读的指标行（如',
};

export function issueMessageZh(issue: Issue): string {
  const at = `${issue.cell}：`;
  const name = issue.indicator ?? '';
  const { code, params } = issue;
  switch (code) {
    case 'no-header':
      return `${at}前 ${show(params.rows)} 行中没有找到表头。请在数据上方加一行表头，至少包含“指标名称”和“累计完成”两列。`;
    case 'missing-column':
      return `${at}表头（第 ${issue.row} 行）缺少“${FIELD_ZH[params.field]}”列，无法检查。请添加这一列。`;
    case 'duplicate-column':
      return `${at}这一列和 ${params.usedCell} 都是“${FIELD_ZH[params.field]}”列，已只采用 ${params.usedCell}。请删除多余的列或改名。`;
    case 'not-a-number':
      return `${at}“${name}”的${FIELD_ZH[params.field]}${notANumberZh(params.kind, params.text)}`;
    case 'approximate-value':
      return `${at}“${name}”的${FIELD_ZH[params.field]}“${params.text}”是约数，已按 ${show(params.value)}${params.unit} 计算。请改为准确数值。`;
    case 'unit-mismatch':
      return `${at}“${params.text}”的单位“${params.found}”与本行单位“${params.expected}”不一致，无法换算。请按“${params.expected}”填写。`;
    case 'unknown-unit':
      return `${at}无法识别单位“${params.unit}”。请使用常用单位，如 万元、件、人次、%。`;
    case 'duplicate-indicator':
      return `${at}指标“${params.name}”与 ${params.firstCell} 重复。请合并这两行或改用不同的名称。`;
    case 'non-positive-target':
      return `${at}“${name}”的年度目标为 ${show(params.value)}，目标应大于 0。请填入正确的目标值。`;
    case 'negative-value':
      return `${at}“${name}”的${FIELD_ZH[params.field]}为负数（${show(params.value)}）。请核实后改正。`;
    case 'zero-last-year':
      return `${at}“${name}”去年同期为 0，无法计算同比增速。请核实去年同期数。`;
    case 'missing-last-year':
      return `${at}“${name}”缺少去年同期数，无法计算同比。请补填去年同期数。`;
    case 'missing-value':
      return params.field === 'name'
        ? `${at}第 ${issue.row} 行有数值但没有指标名称，这一行未参与检查。请补填指标名称。`
        : `${at}“${name}”缺少${FIELD_ZH[params.field]}数，无法判断进度。请补填。`;
    case 'parts-sum-mismatch': {
      const { unit } = params;
      return `${at}“${name}”的分项（${params.childCells}）合计 ${show(params.sum)}${unit}，与总数 ${show(params.total)}${unit}（${params.parentCell}）相差 ${show(params.difference)}${unit}。请核对总数和分项。`;
    }
    case 'unknown-parent':
      return `${at}上级指标“${params.parent}”在表中找不到。请填写表中已有的指标名称，或留空。`;
    case 'unknown-direction':
      return `${at}方向“${params.text}”无法识别，已按正向处理。请填写“正向”或“逆向”。`;
    case 'not-additive':
      return `${at}“${name}”的单位是“${params.unit}”，${show(params.reports)} 个表的数值不能直接相加，汇总中未计算这一项。请另行计算汇总值（如先合计分子、分母再求比率）。`;
    case 'ambiguous-reading':
      return ambiguousZh(at, params.role, params.reason, params.candidates);
    case 'not-indicator-table':
      return `${at}这不是指标表：${NOT_INDICATOR_ZH[params.found]}“${params.example}”）。指标表需要每行一项指标，并有“累计完成”等数值列。`;
    case 'growth-mismatch':
      return `${at}“${name}”表中同比为 ${show(params.given)}%，按累计完成和去年同期计算为 ${show(params.computed)}%，相差超过 0.1 个百分点。请核对。`;
    case 'part-exceeds-total':
      return `${at}“${name}”是“其中”分项，数值 ${show(params.part)}${params.unit} 大于总数 ${show(params.total)}${params.unit}（${params.parentCell}）。请核对总数和分项。`;
    case 'unknown-assessment':
      return `${at}“${name}”的目标是文字（“${params.target}”），完成情况“${params.text}”看不出是否达成。请填写“达成预期指标”“部分达成预期指标”或“未达成预期指标”。`;
    case 'worded-actual':
      return `${at}“${name}”的目标是“${params.target}”，完成值“${params.text}”是文字，已按“${ASSESSMENT_ZH[params.assessment]}”评价。请填写实际数值。`;
    case 'operator-in-actual':
      return `${at}“${name}”的完成值“${params.text}”带有比较符号，像是照抄了目标，已按 ${show(params.value)} 计算。请填写实际完成的数值。`;
    case 'confirm-direction':
      return `${at}“${name}”的名称含“${params.word}”，可能是越低越好的指标，目前按越高越好判断。如是逆向指标，请在“方向”列填“逆向”、在目标前加“≤”，或在“表格识别”中选“越低越好”（命令行：--lower ${name}）；如确为越高越好，在“表格识别”中选“越高越好”（命令行：--higher ${name}）即不再提示。`;
    case 'score-mismatch':
      return `${at}“${name}”表中得分为 ${show(params.given)}，按评分规则（分值 ${show(params.maxScore)}）应为 ${show(params.computed)}。请核对得分。`;
    case 'score-out-of-band':
      return `${at}“${name}”为“${ASSESSMENT_ZH[params.assessment]}”，得分应在 ${show(params.min)}～${show(params.max)} 之间，表中为 ${show(params.given)}。请核对得分。`;
    case 'missing-deviation-reason':
      return `${at}“${name}”扣了 ${show(params.lost)} 分，但没有填写偏差原因分析。请说明原因和改进措施。`;
    case 'score-total-mismatch':
      return params.what === 'maxScore'
        ? `${at}各项分值合计 ${show(params.sum)}，与总分 ${show(params.given)} 不符。请核对各项分值。`
        : `${at}各项得分合计 ${show(params.sum)}，与表中总得分 ${show(params.given)} 不符。请核对得分。`;
    case 'grade-mismatch':
      return `${at}表中自评等级为“${GRADE_ZH[params.given]}”，按总分 ${show(params.score)} 应为“${GRADE_ZH[params.computed]}”（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）。请核对。`;
    case 'rate-mismatch':
      return `${at}预算执行率填为 ${show(params.given)}%，按全年执行数 ÷ 全年预算数应为 ${show(params.computed)}%。请核对。`;
  }
}

function ambiguousZh(at: string, role: Role, reason: string, candidates: string): string {
  const what = ROLE_ZH[role];
  if (reason === 'two-columns')
    return `${at}无法确定哪一列是“${what}”：${candidates} 都可能是。为避免猜测，未生成总结。请在“表格识别”中指定列（命令行：--columns ${role}=列字母）。`;
  if (reason === 'category-names')
    return `${at}“${what}”列的内容像分类而不是指标（如 ${candidates}）。为避免猜测，未生成总结。请在“表格识别”中指定指标名称所在的列（命令行：--columns name=列字母）。`;
  return `${at}按这一行表头，多数数据行无法读出数值（如 ${candidates}）。为避免猜测，未生成总结。请在“表格识别”中指定表头行或各列（命令行：--header-row、--columns）。`;
}

function notANumberZh(kind: NotANumberKind, text: string): string {
  switch (kind) {
    case 'placeholder':
      return `“${text}”是占位符，不是数字。请填入实际数值。`;
    case 'excel-error':
      return `公式出错（${text}）。请修正公式或改填数值。`;
    case 'boolean':
      return `“${text}”是逻辑值，不是数字。请填入数值。`;
    case 'non-finite':
      return `“${text}”不是有效数值。请填入数值。`;
    case 'date':
      return `是日期（${text}），不是数字。请填入数值；若单元格格式为日期，请改为“常规”或“数值”。`;
    case 'text':
      return `“${text}”不是数字。请填入数值，如 1.5、21%、3.37万人次。`;
  }
}
