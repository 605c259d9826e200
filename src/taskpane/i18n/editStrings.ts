// Wording of what loads after start-up: the stale-results bar, the discard question, the extra
// count tiles, the settings' auto-save and the template form (ICU MessageFormat). Kept out of the
// start-up strings so it loads with those chunks. zh-CN is the default.
import type { Locale } from '../../core';
import { useI18n } from './I18nContext';
import { messageTable } from './messageTable';

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
  narrativeEmpty: '核验后将在这里生成工作总结。',
  narrativeHint: '带底色的数字来自表格，点击可定位到来源单元格。',
  appendixNote:
    '全部 {count} 项指标列在附表“{title}”中，随“复制到 Word”“复制纯文本”和 .docx 一并输出。',
  edit: '编辑文字',
  doneEditing: '完成编辑',
  regenerate: '重新生成',
  edited: '文字已手动修改；重新生成将恢复为表格数据。',
  copyWord: '复制到 Word',
  copyText: '复制纯文本',
  downloadDocx: '下载 .docx',
  copied: '已复制，可直接粘贴到 Word。',
  copiedText: '已复制纯文本。',
  copyFailed: '无法写入剪贴板。请选中文字后按 Ctrl+C 复制。',
  downloaded: '已生成 {name}。',
  docxFailed: '生成 .docx 失败：{error}',
  severeGap: '严重滞后阈值（低于序时进度的百分点）',
  expectedOverride: '序时进度（留空则按截至日期计算）',
  outputMode: '核验结果写入',
  outputColumn: '表格右侧的状态列',
  outputSheet: '单独的结果工作表',
  language: '语言',
  languageAuto: '跟随 Office',
  templateLanguage: '模板语言',
  clearMarks: '清除标记',
  percentInvalid: '请输入 0 到 100 之间的数字。',
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
  narrativeEmpty: 'The work summary appears here after a check.',
  narrativeHint: 'Highlighted figures come from the table; select one to locate its cells.',
  appendixNote:
    'All {count} indicators are listed in the appendix table “{title}”, which Copy to Word, Copy plain text and the .docx include.',
  edit: 'Edit text',
  doneEditing: 'Done editing',
  regenerate: 'Regenerate',
  edited: 'The text was edited by hand; Regenerate restores it from the table.',
  copyWord: 'Copy to Word',
  copyText: 'Copy plain text',
  downloadDocx: 'Download .docx',
  copied: 'Copied. Paste it into Word.',
  copiedText: 'Plain text copied.',
  copyFailed: 'The clipboard is not available. Select the text and press Ctrl+C.',
  downloaded: '{name} is ready.',
  docxFailed: 'Could not create the .docx: {error}',
  severeGap: 'Severely behind when below expected progress by (points)',
  expectedOverride: 'Expected progress (blank: from the as-of date)',
  outputMode: 'Write the results to',
  outputColumn: 'A status column beside the table',
  outputSheet: 'A separate result sheet',
  language: 'Language',
  languageAuto: 'Follow Office',
  templateLanguage: 'Template language',
  clearMarks: 'Clear marks',
  percentInvalid: 'Enter a number from 0 to 100.',
};

const STRINGS: Record<Locale, Record<EditStringKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export const editText = messageTable(STRINGS);

/** editText in the pane's language. */
export function useEditText(): (
  key: EditStringKey,
  values?: Record<string, string | number>,
) => string {
  const { locale } = useI18n();
  return (key, values) => editText(locale, key, values);
}
