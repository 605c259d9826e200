// Wording of the 表格识别 panel and of a withheld summary (ICU MessageFormat). It lives beside the
// start-up strings, not in them, so it loads with the panel's chunk. zh-CN is the default.
import type { Locale } from '../../core';
import { messageTable } from './messageTable';

const zhCN = {
  readingTitle: '表格识别',
  readingLine: '按第{row}行表头读取：{pairs}',
  readingNoHeader: '未找到表头：请指定表头所在的行。',
  readingUnsure: '表格的读法不确定',
  readingHint: '更改任一项会立即重新核验。',
  readingSaved: '你的选择已随工作簿保存，再次核验同一表格时自动使用。',
  readingSavedLocal: '你的选择在本页面中有效（独立模式，关闭页面后失效）。',
  readingReset: '恢复自动识别',
  headerRow: '表头行',
  rowOption: '第{row}行：{text}',
  noColumn: '无',
  chooseColumn: '请选择…',
  tableKind: '表格类型',
  kindAuto: '自动识别（{kind}）',
  kindSelfEval: '绩效自评表（计算得分）',
  kindProgress: '进度表（完成率与序时进度）',
  lowerTitle: '逆向指标（越低越好）',
  lowerNone: '表中的目标都写明了方向（≤ 为越低越好），或没有名称提示越低越好的指标。',
  lowerHinted: '{name}（名称含“{hint}”，请确认）',
  lowerAdd: '按名称添加其他逆向指标',
  lowerAddButton: '添加',
  lowerHint: '越低越好的指标超过目标值即为滞后；确认为越高越好后不再提示。',
  directionUnconfirmed: '未确认（按越高越好）',
  directionLower: '越低越好',
  directionHigher: '越高越好',
  narrativeWithheld:
    '表格的读法不确定，未生成总结（不根据猜测写总结）。请回到“核验”页，在“表格识别”中确认各列后重新核验。',
} as const;

export type ReadingStringKey = keyof typeof zhCN;

const enUS: Record<ReadingStringKey, string> = {
  readingTitle: 'How the table was read',
  readingLine: 'Read with the header in row {row}: {pairs}',
  readingNoHeader: 'No header found: choose the row that holds it.',
  readingUnsure: 'The reading is unsure',
  readingHint: 'Any change checks the table again at once.',
  readingSaved: 'Your choice is saved with the workbook and used whenever this table is checked.',
  readingSavedLocal: 'Your choice holds in this page (standalone: until the page is closed).',
  readingReset: 'Back to automatic reading',
  headerRow: 'Header row',
  rowOption: 'Row {row}: {text}',
  noColumn: 'None',
  chooseColumn: 'Choose…',
  tableKind: 'Kind of table',
  kindAuto: 'Automatic ({kind})',
  kindSelfEval: 'Performance self-evaluation (scores)',
  kindProgress: 'Progress table (completion and schedule)',
  lowerTitle: 'Better lower (reverse indicators)',
  lowerNone:
    'Every target says its direction (≤ means better lower), or no name suggests better lower.',
  lowerHinted: '{name} (the name says “{hint}”: please confirm)',
  lowerAdd: 'Add another by name',
  lowerAddButton: 'Add',
  lowerHint:
    'An indicator better lower is behind above its target; confirmed as better higher, it is no longer asked about.',
  directionUnconfirmed: 'Not confirmed (judged better higher)',
  directionLower: 'Better lower',
  directionHigher: 'Better higher',
  narrativeWithheld:
    'The way the table reads is unsure, so no summary was written from a guess. On the Check tab, confirm the columns under How the table was read, then check again.',
};

export const READING_STRINGS: Record<Locale, Record<ReadingStringKey, string>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

export const readingText = messageTable(READING_STRINGS);
