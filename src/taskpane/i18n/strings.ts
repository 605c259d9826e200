// Pane wording (ICU MessageFormat). zh-CN is the default; en-US mirrors every key.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../core';

const zhCN = {
  appTitle: '指标助手',
  loading: '正在加载指标助手…',
  standaloneBadge: '独立模式',
  standaloneHint:
    '未在 Excel 中运行：可加载示例表格或导入 .xlsx/.csv 文件（文件只在本机浏览器中解析，不会上传）。',
  excelBadge: 'Excel',
  wpsBadge: 'WPS 表格',
  tabCheck: '核验',
  tabNarrative: '总结',
  tabSettings: '设置',
  asOf: '截至日期',
  asOfHint: '默认为上一个完整月份的月末',
  expected: '序时进度',
  source: '数据范围',
  sourceAuto: '自动（表格或选区）',
  sourceSelection: '当前选区',
  sourceTable: '光标所在表格',
  sourceSheet: '整张工作表',
  runCheck: '一键核验',
  checking: '正在核验…',
  loadSample: '加载示例',
  importFile: '导入 .xlsx/.csv',
  importing: '正在读取文件…',
  noData: '尚未加载数据。请先“加载示例”或“导入 .xlsx/.csv”。',
  noDataExcel: '选中指标表格（或把光标放在表格内），然后点击“一键核验”。',
  loadedFile: '已载入：{name}',
  countTotal: '共计',
  countDone: '已完成',
  countOnTrack: '达到序时',
  countBehind: '滞后',
  countErrors: '数据错误',
  filterAll: '全部',
  filterBehind: '仅滞后',
  filterErrors: '仅错误',
  indicators: '指标',
  issues: '问题',
  noIssues: '没有发现数据问题。',
  moreIssues: '另有 {count} 个问题未列出，请先修正上面的问题后重新核验。',
  noRows: '没有符合筛选条件的指标。',
  completion: '完成 {rate}（序时 {expected}）',
  completionNone: '无法计算完成率',
  yoy: '同比 {value}',
  yoyNone: '无同比',
  selectHint: '点击可在表格中定位',
  preview: '表格预览',
  previewCaption: '{sheet}（只读）',
  settingsInvalid: '工作簿中保存的部分设置无法读取，已使用默认值：{names}',
  errorTitle: '出错了',
  importFailed: '无法读取该文件：{reason}',
  importEmpty: '文件是空的。',
  importEncoding: '无法识别文件编码。请在 Excel 中另存为“CSV UTF-8”后重试。',
  importBinary: '这不是文本 CSV 文件。',
  importNotXlsx: '这不是有效的 .xlsx 文件（可能已损坏）。',
  importLegacyXls: '这是旧版 .xls 工作簿。请在 Excel 中另存为 .xlsx 后再导入。',
  importEncrypted: '文件受密码保护。请在 Excel 中取消密码后另存，再导入。',
  importCorrupt: '文件已损坏，无法读取。',
  importNoSheet: '工作簿中没有可读取的工作表。',
  severityError: '错误',
  severityWarning: '提示',
  cell: '单元格',
} as const;

export type StringKey = keyof typeof zhCN;
export type Strings = Record<StringKey, string>;

const enUS: Strings = {
  appTitle: 'Indicator Assistant',
  loading: 'Loading Indicator Assistant…',
  standaloneBadge: 'Standalone',
  standaloneHint:
    'Not running in Excel: load the sample table or import an .xlsx/.csv file (read in this browser only, never uploaded).',
  excelBadge: 'Excel',
  wpsBadge: 'WPS Spreadsheets',
  tabCheck: 'Check',
  tabNarrative: 'Summary',
  tabSettings: 'Settings',
  asOf: 'As of',
  asOfHint: 'Defaults to the end of the last full month',
  expected: 'Expected progress',
  source: 'Data range',
  sourceAuto: 'Automatic (table or selection)',
  sourceSelection: 'Current selection',
  sourceTable: 'Table under the cursor',
  sourceSheet: 'Whole sheet',
  runCheck: 'Check now',
  checking: 'Checking…',
  loadSample: 'Load sample',
  importFile: 'Import .xlsx/.csv',
  importing: 'Reading the file…',
  noData: 'No data yet. Load the sample or import an .xlsx/.csv file.',
  noDataExcel: 'Select the indicator table (or put the cursor in it), then choose Check now.',
  loadedFile: 'Loaded: {name}',
  countTotal: 'Total',
  countDone: 'Done',
  countOnTrack: 'On track',
  countBehind: 'Behind',
  countErrors: 'Data errors',
  filterAll: 'All',
  filterBehind: 'Behind only',
  filterErrors: 'Errors only',
  indicators: 'Indicators',
  issues: 'Issues',
  noIssues: 'No data problems found.',
  moreIssues:
    '{count, plural, one {# more issue is} other {# more issues are}} not listed; fix the ones above and check again.',
  noRows: 'No indicator matches the filter.',
  completion: '{rate} done (expected {expected})',
  completionNone: 'Completion cannot be computed',
  yoy: 'YoY {value}',
  yoyNone: 'No YoY',
  selectHint: 'Select to locate in the table',
  preview: 'Table preview',
  previewCaption: '{sheet} (read-only)',
  settingsInvalid: 'Some settings stored in the workbook were unreadable; defaults used: {names}',
  errorTitle: 'Something went wrong',
  importFailed: 'The file could not be read: {reason}',
  importEmpty: 'The file is empty.',
  importEncoding: 'Unknown text encoding. Save it from Excel as “CSV UTF-8” and try again.',
  importBinary: 'This is not a text CSV file.',
  importNotXlsx: 'This is not a valid .xlsx file (it may be damaged).',
  importLegacyXls: 'This is an old .xls workbook. Save it as .xlsx in Excel, then import it.',
  importEncrypted:
    'The file is password-protected. Remove the password in Excel, save, then import.',
  importCorrupt: 'The file is damaged and cannot be read.',
  importNoSheet: 'The workbook has no sheet to read.',
  severityError: 'Error',
  severityWarning: 'Note',
  cell: 'Cell',
};

export const STRINGS: Record<Locale, Strings> = { 'zh-CN': zhCN, 'en-US': enUS };

const formats = new Map<string, IntlMessageFormat>();

export function format(
  locale: Locale,
  key: StringKey,
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
