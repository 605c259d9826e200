// Wording of what loads after start-up: the stale-results bar, the discard question, the extra
// count tiles, the settings' auto-save and the template form (ICU MessageFormat). Kept out of the
// start-up strings so it loads with those chunks. zh-CN is the default.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../core';

const zhCN = {
  staleResults: '设置已更改，下面的结果是按原设置得出的。',
  recheck: '重新核验',
  discardTitle: '放弃修改的文字？',
  discardBody: '你修改过总结的文字。继续将按表格数据重新生成，修改的内容会丢失。',
  discardConfirm: '放弃修改并继续',
  cancel: '取消',
  countNoTarget: '无目标',
  countQualitative: '定性',
  settingsAutoSave: '更改会自动保存到当前工作簿。',
  settingsAutoSaveLocal: '更改会自动保存（独立模式下只保存在本页面中）。',
  settingsSaving: '正在保存…',
  settingsNotSaved: '有无效的内容，未保存；修正后会自动保存。',
  sentencesTitle: '总结模板',
  sentencesHint:
    '每一句一个输入框；点击下方的占位符可插入到光标处。修改后会自动保存，无效的句子不会保存。',
  sentencesProgress: '工作总结',
  sentencesSelfEval: '绩效自评报告',
  placeholders: '占位符',
  preview: '预览（当前表格）',
  previewNone: '当前表格的总结中没有用到这一句。',
  previewNoTable: '核验表格后，可在此预览这一句。',
  previewEmpty: '（这一句在当前表格上为空）',
  resetSentence: '恢复默认',
  changed: '已修改',
  advanced: '高级：模板 JSON（ICU MessageFormat）',
  advancedHint: '全部句子的模板；修改会同步到上面的输入框。',
  jsonInvalid: '不是有效的 JSON：{reason}',
  resetAll: '全部恢复默认',
} as const;

export type EditStringKey = keyof typeof zhCN;

const enUS: Record<EditStringKey, string> = {
  staleResults: 'The settings changed; the results below were computed with the previous ones.',
  recheck: 'Check again',
  discardTitle: 'Discard the edited text?',
  discardBody:
    'You edited the summary. Continuing writes it again from the table and your edits are lost.',
  discardConfirm: 'Discard edits and continue',
  cancel: 'Cancel',
  countNoTarget: 'No target',
  countQualitative: 'Qualitative',
  settingsAutoSave: 'Changes are saved in this workbook as you make them.',
  settingsAutoSaveLocal: 'Changes are saved as you make them (standalone: in this page only).',
  settingsSaving: 'Saving…',
  settingsNotSaved: 'Something is not valid and was not saved; it is saved once corrected.',
  sentencesTitle: 'Summary templates',
  sentencesHint:
    'One box per sentence; select a placeholder below to insert it at the cursor. Changes are saved as you make them; a sentence that is not valid is not saved.',
  sentencesProgress: 'Work summary',
  sentencesSelfEval: 'Performance self-evaluation',
  placeholders: 'Placeholders',
  preview: 'Preview (current table)',
  previewNone: 'The summary of the current table does not use this sentence.',
  previewNoTable: 'Check a table to preview this sentence on it.',
  previewEmpty: '(empty for the current table)',
  resetSentence: 'Reset',
  changed: 'changed',
  advanced: 'Advanced: templates as JSON (ICU MessageFormat)',
  advancedHint: 'Every sentence’s template; changes show in the boxes above.',
  jsonInvalid: 'Not valid JSON: {reason}',
  resetAll: 'Reset all to defaults',
};

const STRINGS: Record<Locale, Record<EditStringKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

const formats = new Map<string, IntlMessageFormat>();

export function editText(
  locale: Locale,
  key: EditStringKey,
  values: Record<string, string | number> = {},
): string {
  const id = `${locale}:${key}`;
  let message = formats.get(id);
  if (!message) {
    message = new IntlMessageFormat(STRINGS[locale][key], locale);
    formats.set(id, message);
  }
  return String(message.format(values));
}
