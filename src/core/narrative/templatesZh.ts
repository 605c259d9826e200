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
    '{noTarget, plural, =0 {} other {，#项未设年度目标}}。}}' +
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
  'indicator.rate': '{name}达{value}{target}{change}。',
  'indicator.lower': '{name}为{value}{target}{growth}。',
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
};
