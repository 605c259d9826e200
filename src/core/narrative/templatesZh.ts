// Default zh-CN templates: the 工作总结 style of the seeds (一、总体情况 / （一）… / 下一步，……).
import type { TemplateId } from './templateSpec';

export const TEMPLATES_ZH: Record<TemplateId, string> = {
  title:
    '{year}年{month, plural, =1 {1月} =3 {一季度} =6 {上半年} =9 {前三季度} =12 {} other {1—{month}月}}科技工作指标完成情况',
  overall:
    '{dateKind, select, monthEnd {截至{month}月底} day {截至{month}月{day}日} other {截至目前}}，' +
    '{total, plural, =0 {暂无可分析的指标。} other {全年#项指标中' +
    '{done, plural, =0 {} other {，#项已完成全年目标}}' +
    '{onTrack, plural, =0 {} other {，#项达到序时进度}}' +
    '{behind, plural, =0 {} other {，#项滞后于序时进度{severe, plural, =0 {} other {（其中#项严重滞后）}}}}' +
    '{noTarget, plural, =0 {} other {，#项未设年度目标}}' +
    '{qualitative, plural, =0 {} other {，#项为定性指标}}。}}' +
    '{invalid, plural, =0 {} other {另有#项指标数据有误，请核对。}}',
  'heading.overview': '总体情况',
  'heading.categories': '分项完成情况',
  'heading.problems': '存在问题和下一步打算',
  'heading.nextSteps': '下一步打算',
  'category.rd': '研发投入',
  'category.patent': '专利',
  'category.enterprise': '高新技术企业',
  'category.project': '科技项目',
  'category.training': '科技培训',
  'category.other': '其他工作',
  'indicator.amount': '{name}完成{value}{completion}{growth}。',
  'indicator.rate':
    '{sign, select, negative {{name}下降{magnitude}} other {{name}达{value}}}{target}{change}。',
  'indicator.lower':
    '{sign, select, negative {{name}下降{magnitude}} other {{name}为{value}}}{target}{growth}。',
  'indicator.qualitative':
    '{name}{assessment, select, met {达到预期目标} partlyMet {部分达到预期目标} notMet {未达到预期目标} other {的完成情况有待核实}}。',
  'clause.completion': '，完成年度目标的{completion}',
  'clause.rateTarget': '，年度目标为{target}',
  'clause.lowerTarget':
    '{within, select, yes {，控制在年度目标{target}以内} other {，超出年度目标{target}}}',
  'clause.growth':
    '{trend, select, up {，同比增长{growth}} down {，同比下降{growth}} other {，与去年同期持平}}',
  'clause.points':
    '{trend, select, up {，同比提高{points}个百分点} down {，同比降低{points}个百分点} other {，与去年同期持平}}',
  subItems: '其中，{items}。',
  subItem: '{name}{value}{completion}{growth}',
  'behind.summary': '{count}项指标滞后于序时进度：{items}{more, plural, =0 {} other {等}}。',
  'behind.item':
    '{name}完成年度目标的{completion}{severe, select, yes {，严重滞后于序时进度（{expected}）} other {，低于序时进度（{expected}）}}',
  'behind.itemLower':
    '{name}为{value}{severe, select, yes {，大幅超出年度控制目标{target}} other {，超出年度控制目标{target}}}',
  'nextSteps.behind':
    '下一步，我们将聚焦{names}{more, plural, =0 {等} other {等{count}项}}滞后指标，逐项分析原因，压实工作责任，加快推进进度，确保完成全年目标任务。',
  'nextSteps.onTrack': '下一步，我们将巩固已有成效，持续跟踪各项指标，确保全面完成全年目标任务。',
  'heading.otherGroups': '其他分组',
  'rest.summary':
    '{scope, select, all {{count}项指标} groups {其余{groups}个分组共{count}项指标} other {其余{count}项}}' +
    '{state, select, allDone {均已完成全年目标} allOnSchedule {均达到序时进度} other {中' +
    '{done, plural, =0 {} other {，#项已完成全年目标}}' +
    '{onTrack, plural, =0 {} other {，#项达到序时进度}}' +
    '{behind, plural, =0 {} other {，#项滞后于序时进度{severe, plural, =0 {} other {（其中#项严重滞后）}}}}' +
    '{noTarget, plural, =0 {} other {，#项未设年度目标}}' +
    '{qualitative, plural, =0 {} other {，#项为定性指标}}' +
    '{invalid, plural, =0 {} other {，#项数据有误}}}}。',
  'selfeval.heading.overall': '总体得分与等级',
  'selfeval.heading.budget': '预算执行情况',
  'selfeval.heading.indicators': '绩效指标完成情况',
  'selfeval.heading.lost': '扣分指标及原因',
  'selfeval.heading.nextSteps': '下一步改进措施',
  'selfeval.overall':
    '{fromTable, select, yes {本项目绩效自评得分为{tableScore}（满分{maxScore}）{differs, select, yes {，按评分规则复核为{score}} other {}}} other {按评分规则计算，本项目绩效自评得分为{score}（满分{maxScore}）}}，评价等级为“{grade}”。',
  'selfeval.noScore': '表中分值或得分不全，暂无法计算总得分，请核对后重新核验。',
  'selfeval.remark': '{label}：“{text}”。',
  'selfeval.budget': '全年预算数{planned}，全年执行数{spent}，预算执行率{rate}{score}。',
  'selfeval.score':
    '，得{given}分（分值{max}分）{differs, select, yes {，按评分规则应得{computed}分} other {}}',
  'selfeval.target':
    '{op, select, atLeast {≥} atMost {≤} exactly {=} above {＞} below {＜} other {}}{target}',
  'selfeval.figure': '{name}年度指标值{target}，实际完成{actual}{score}',
  'selfeval.words':
    '{name}{assessment, select, met {达到预期目标} partlyMet {部分达到预期目标} notMet {未达到预期目标} other {的完成情况有待核实}}{score}',
  'selfeval.items': '{items}。',
  'selfeval.lost':
    '{name}扣{lost}分{hasReason, select, yes {，偏差原因：“{reason}”} other {，表中未说明偏差原因}}。',
  'selfeval.noneLost': '各项指标均未扣分。',
  'selfeval.noRemarks': '表中未填写改进措施。',
};
