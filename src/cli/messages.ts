// CLI wording per locale: error lines and the labels of the text report.
import type { Locale } from '../core';
import type { CliErrorCode } from './errors';

type Params = Record<string, string>;
type ErrorCatalog = Record<CliErrorCode, (p: Params) => string>;

const zhErrors: ErrorCatalog = {
  'unknown-option': (p) => `未知选项 ${p.option}（运行 --help 查看用法）`,
  'missing-value': (p) => `选项 ${p.option} 缺少取值`,
  'unknown-command': (p) => `未知命令“${p.command}”，可用命令：check`,
  'no-command': () => '缺少命令，用法：indicator-assistant check <文件...>（--help 查看全部选项）',
  'no-files': () => '缺少要核验的文件：indicator-assistant check <文件.xlsx|文件.csv>',
  'bad-date': (p) => `${p.option} 须为 YYYY-MM-DD 格式的有效日期，收到“${p.value}”`,
  'bad-fraction': (p) => `${p.option} 须为 0 到 1 之间的数，收到“${p.value}”`,
  'bad-choice': (p) => `${p.option} 只能取 ${p.choices}，收到“${p.value}”`,
  'docx-needs-out': () => '--format docx 需要用 --out 指定输出文件',
  'annotate-one-file': () => '--annotate 只能用于单个文件（且不能与 --rollup 同用）',
  'annotate-overwrites-input': (p) => `--annotate 不能写回输入文件 ${p.file}，请另选文件名`,
  'out-overwrites-input': (p) => `--out 不能覆盖输入文件 ${p.file}，请另选文件名`,
  'file-missing': (p) => `找不到文件 ${p.file}`,
  'file-unreadable': (p) => `无法读取文件 ${p.file}：${p.reason}`,
  'file-is-directory': (p) => `${p.file} 是文件夹，请给出 .xlsx 或 .csv 文件`,
  'csv-empty': (p) => `${p.file} 是空文件`,
  'csv-encoding': (p) =>
    `${p.file} 的编码无法识别（支持 UTF-8、带 BOM 的 UTF-8 和 GB18030/GBK），请另存为 UTF-8 CSV`,
  'csv-binary': (p) => `${p.file} 不是文本 CSV 文件（如为 Excel 工作簿，请使用 .xlsx 扩展名）`,
  'xlsx-not-workbook': (p) => `${p.file} 不是 .xlsx 工作簿`,
  'xlsx-legacy': (p) => `${p.file} 是旧版 .xls 工作簿，请在 Excel 中另存为 .xlsx`,
  'xlsx-encrypted': (p) => `${p.file} 已加密（设置了打开密码），请在 Excel 中取消密码后另存`,
  'xlsx-corrupt': (p) => `${p.file} 已损坏，无法打开（${p.detail}）`,
  'xlsx-no-sheet': (p) => `${p.file} 中没有工作表`,
  'xlsx-sheet-missing': (p) => `${p.file} 中没有名为“${p.sheet}”的工作表，现有：${p.sheets}`,
  'no-header': (p) =>
    `${p.file} 中找不到表头：需要“指标名称”“完成值”等列名（如“指标名称、年度目标、累计完成”）`,
  'not-indicator-table': (p) => `${p.file}：${p.message}`,
  'bad-columns': (p) =>
    `--columns 须为“角色=列字母”，用逗号分隔（如 name=C,actual=E,yoyGrowth=F；group=A+B），角色为 ${p.roles}，收到“${p.value}”`,
  'bad-header-row': (p) => `--header-row 须为正整数（表头所在的行号），收到“${p.value}”`,
  'templates-unreadable': (p) => `无法读取模板文件 ${p.file}：${p.reason}`,
  'templates-invalid': (p) => `模板文件 ${p.file} 有误：${p.reason}`,
  'write-failed': (p) => `无法写入 ${p.file}：${p.reason}`,
  internal: (p) => `内部错误：${p.reason}`,
};

const enErrors: ErrorCatalog = {
  'unknown-option': (p) => `Unknown option ${p.option} (run --help for usage)`,
  'missing-value': (p) => `Option ${p.option} needs a value`,
  'unknown-command': (p) => `Unknown command "${p.command}"; available: check`,
  'no-command': () =>
    'Missing command. Usage: indicator-assistant check <files...> (--help for all options)',
  'no-files': () => 'No file to check: indicator-assistant check <file.xlsx|file.csv>',
  'bad-date': (p) => `${p.option} must be a valid date as YYYY-MM-DD, got "${p.value}"`,
  'bad-fraction': (p) => `${p.option} must be a number from 0 to 1, got "${p.value}"`,
  'bad-choice': (p) => `${p.option} must be one of ${p.choices}, got "${p.value}"`,
  'docx-needs-out': () => '--format docx needs --out FILE',
  'annotate-one-file': () => '--annotate works on a single file (and not with --rollup)',
  'annotate-overwrites-input': (p) =>
    `--annotate must not write over the input ${p.file}; choose another name`,
  'out-overwrites-input': (p) =>
    `--out must not write over the input ${p.file}; choose another name`,
  'file-missing': (p) => `File not found: ${p.file}`,
  'file-unreadable': (p) => `Cannot read ${p.file}: ${p.reason}`,
  'file-is-directory': (p) => `${p.file} is a folder; give an .xlsx or .csv file`,
  'csv-empty': (p) => `${p.file} is empty`,
  'csv-encoding': (p) =>
    `Cannot tell the encoding of ${p.file} (UTF-8, UTF-8 with BOM and GB18030/GBK are supported); save it as UTF-8 CSV`,
  'csv-binary': (p) =>
    `${p.file} is not a text CSV file (if it is an Excel workbook, name it .xlsx)`,
  'xlsx-not-workbook': (p) => `${p.file} is not an .xlsx workbook`,
  'xlsx-legacy': (p) => `${p.file} is a legacy .xls workbook; save it as .xlsx in Excel`,
  'xlsx-encrypted': (p) =>
    `${p.file} is encrypted (password to open); remove the password in Excel and save again`,
  'xlsx-corrupt': (p) => `${p.file} is damaged and cannot be opened (${p.detail})`,
  'xlsx-no-sheet': (p) => `${p.file} has no worksheet`,
  'xlsx-sheet-missing': (p) => `${p.file} has no sheet named "${p.sheet}"; sheets: ${p.sheets}`,
  'no-header': (p) =>
    `No header row found in ${p.file}: columns such as "Indicator" and "Actual" (or 指标名称, 完成值) are needed`,
  'not-indicator-table': (p) => `${p.file}: ${p.message}`,
  'bad-columns': (p) =>
    `--columns needs role=LETTER pairs separated by commas (e.g. name=C,actual=E,yoyGrowth=F; group=A+B), roles ${p.roles}; got "${p.value}"`,
  'bad-header-row': (p) =>
    `--header-row needs a positive whole number (the sheet row of the header), got "${p.value}"`,
  'templates-unreadable': (p) => `Cannot read the templates file ${p.file}: ${p.reason}`,
  'templates-invalid': (p) => `The templates file ${p.file} is invalid: ${p.reason}`,
  'write-failed': (p) => `Cannot write ${p.file}: ${p.reason}`,
  internal: (p) => `Internal error: ${p.reason}`,
};

const errorCatalogs: Record<Locale, ErrorCatalog> = { 'zh-CN': zhErrors, 'en-US': enErrors };

/** One line, no trailing newline. */
export function errorLine(code: CliErrorCode, params: Params, locale: Locale): string {
  return errorCatalogs[locale][code](params).replace(/\s*\n\s*/g, ' ');
}

export interface TextLabels {
  file: (name: string, sheet: string | null) => string;
  /** `note`: where the as-of date came from (asOfNote), null without a date. */
  asOf: (note: string | null, progress: string) => string;
  summary: (
    counts: Record<
      | 'total'
      | 'done'
      | 'onTrack'
      | 'behind'
      | 'severelyBehind'
      | 'noTarget'
      | 'invalid'
      | 'qualitative',
      number
    >,
  ) => string;
  /** 得分 7/10（按规则 10）: the table's score, its points, the rule's score when it differs. */
  score: (given: string, max: string, computed: string | null) => string;
  /** 自评得分 96/100（按规则 99.8），等级 优；预算执行率 100%. */
  evaluation: (score: string, max: string, computed: string | null, grade: string | null) => string;
  budget: (rate: string) => string;
  indicatorsHeading: string;
  row: (row: number) => string;
  completion: (rate: string) => string;
  issuesHeading: (count: number) => string;
  noIssues: string;
  /** Issue messages name their cell already. */
  issue: (severity: 'error' | 'warning', message: string) => string;
  narrativeHeading: string;
  /** The reading in one line: 按第3行表头读取：指标名称=B，累计完成=E. */
  reading: (row: number, pairs: string[]) => string;
  withheld: string;
  annotated: (file: string) => string;
  rollupOf: (files: string[]) => string;
}

export const textLabels: Record<Locale, TextLabels> = {
  'zh-CN': {
    file: (name, sheet) => (sheet ? `文件：${name}（工作表“${sheet}”）` : `文件：${name}`),
    asOf: (note, progress) => `${note ? `${note}，` : ''}序时进度 ${progress}`,
    summary: (c) =>
      `指标 ${c.total} 项：已完成 ${c.done}，达序时 ${c.onTrack}，滞后 ${c.behind}，严重滞后 ${c.severelyBehind}，无目标 ${c.noTarget}，数据错误 ${c.invalid}${c.qualitative > 0 ? `，定性评价 ${c.qualitative}` : ''}`,
    score: (given, max, computed) =>
      `得分 ${given}/${max}${computed === null ? '' : `（按规则 ${computed}）`}`,
    evaluation: (score, max, computed, grade) =>
      `自评得分 ${score}/${max}${computed === null ? '' : `（按规则 ${computed}）`}${grade === null ? '' : `，等级 ${grade}`}`,
    budget: (rate) => `预算执行率 ${rate}`,
    indicatorsHeading: '指标：',
    row: (row) => `第${row}行`,
    completion: (rate) => `完成 ${rate}`,
    issuesHeading: (count) => `问题（${count}）：`,
    noIssues: '问题：无',
    issue: (severity, message) => `${severity === 'error' ? '【错误】' : '【提示】'}${message}`,
    narrativeHeading: '工作总结：',
    reading: (row, pairs) => `按第${row}行表头读取：${pairs.join('，')}`,
    withheld: '（表格识别不确定，未生成总结：请确认各列后重新核验，如 --columns actual=E）',
    annotated: (file) => `已另存标注副本：${file}`,
    rollupOf: (files) => `汇总 ${files.length} 个文件：${files.join('、')}`,
  },
  'en-US': {
    file: (name, sheet) => (sheet ? `File: ${name} (sheet "${sheet}")` : `File: ${name}`),
    asOf: (note, progress) => `${note ? `${note}; ` : ''}expected progress ${progress}`,
    summary: (c) =>
      `${c.total} indicators: ${c.done} done, ${c.onTrack} on track, ${c.behind} behind, ${c.severelyBehind} severely behind, ${c.noTarget} without target, ${c.invalid} invalid${c.qualitative > 0 ? `, ${c.qualitative} qualitative` : ''}`,
    score: (given, max, computed) =>
      `score ${given}/${max}${computed === null ? '' : ` (rule: ${computed})`}`,
    evaluation: (score, max, computed, grade) =>
      `Self-evaluation score ${score}/${max}${computed === null ? '' : ` (rule: ${computed})`}${grade === null ? '' : `, grade ${grade}`}`,
    budget: (rate) => `budget execution ${rate}`,
    indicatorsHeading: 'Indicators:',
    row: (row) => `row ${row}`,
    completion: (rate) => `${rate} complete`,
    issuesHeading: (count) => `Issues (${count}):`,
    noIssues: 'Issues: none',
    issue: (severity, message) => `[${severity}] ${message}`,
    narrativeHeading: 'Summary:',
    reading: (row, pairs) => `Read with the header in row ${row}: ${pairs.join(', ')}`,
    withheld:
      '(The table was not read with certainty, so no summary was written: confirm the columns and check again, e.g. --columns actual=E)',
    annotated: (file) => `Annotated copy written to ${file}`,
    rollupOf: (files) => `Roll-up of ${files.length} files: ${files.join(', ')}`,
  },
};
