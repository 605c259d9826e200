// Wording of the 绩效自评 card (ICU MessageFormat); it loads with the results' chunk, not at start.
import type { Locale } from '../../core';
import { messageTable } from './messageTable';

const zhCN = {
  evalTitle: '绩效自评得分',
  evalScore: '{score} / {max} 分',
  evalGrade: '等级：{grade}',
  evalNoScore: '各项分值合计与总分不符，未计算总分（见问题清单）。',
  evalTableScore: '表内总分：{score}',
  evalTableDiffers: '（与按规则计算的 {score} 不符）',
  evalTableGrade: '表中自评等级：{grade}',
  evalBudget: '预算执行率 {rate}，得分 {score} / {max}',
  evalBudgetNoScore: '预算执行率 {rate}',
  evalRule:
    '按《项目支出绩效评价管理办法》（财预〔2020〕10号）计分；优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60。',
  evalLocate: '在表中选中',
} as const;

export type EvaluationStringKey = keyof typeof zhCN;

const enUS: Record<EvaluationStringKey, string> = {
  evalTitle: 'Self-evaluation score',
  evalScore: '{score} / {max} points',
  evalGrade: 'Grade: {grade}',
  evalNoScore: 'The points do not add up to the full mark, so no total was computed (see Issues).',
  evalTableScore: "Table's total: {score}",
  evalTableDiffers: ' (differs from the {score} the rule gives)',
  evalTableGrade: "Table's own grade: {grade}",
  evalBudget: 'Budget execution {rate}, score {score} / {max}',
  evalBudgetNoScore: 'Budget execution {rate}',
  evalRule:
    'Scored by the rule of 财预〔2020〕10号; Excellent ≥ 90, Good ≥ 80, Fair ≥ 60, Poor < 60.',
  evalLocate: 'Select in the sheet',
};

const TABLES: Record<Locale, Record<EvaluationStringKey, string>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};
export const evaluationText = messageTable(TABLES);
