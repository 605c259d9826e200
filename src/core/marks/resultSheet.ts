// The contents of the result sheet (any host): the full report table and the list of issues.
import { issueMessage, statusLabel } from '../messages';
import { GRADE_EN } from '../messages/enUS';
import { GRADE_ZH } from '../messages/zhCN';
import type { CellValue, CheckReport, Issue, Locale } from '../types';

export interface SheetContents {
  values: CellValue[][];
  numberFormat: string[][];
  /** 0-based rows shown in bold (title and table headers). */
  boldRows: number[];
  /** 0-based row of the report table header (frozen panes stop below it). */
  tableHeaderRow: number;
}

/** Columns of the report table; a 绩效自评表 adds 分值, 得分 and the table's own 得分. */
const WIDTH = 9;
const SCORED_WIDTH = 12;

const TEXT: Record<
  Locale,
  {
    title: string;
    asOf: string;
    expected: string;
    columns: string[];
    scoreColumns: string[];
    total: string;
    grade: string;
    issues: string;
    issueColumns: string[];
    noIssues: string;
    severity: Record<Issue['severity'], string>;
  }
> = {
  'zh-CN': {
    title: '指标核验结果',
    asOf: '截至日期',
    expected: '序时进度',
    columns: [
      '指标名称',
      '单位',
      '年度目标',
      '累计完成',
      '完成率',
      '与序时进度差',
      '状态',
      '同比',
      '单元格',
    ],
    scoreColumns: ['分值', '得分', '表内得分'],
    total: '总分',
    grade: '等级：',
    issues: '问题清单',
    issueColumns: ['单元格', '级别', '代码', '说明'],
    noIssues: '未发现问题。',
    severity: { error: '错误', warning: '提示' },
  },
  'en-US': {
    title: 'Check results',
    asOf: 'As of',
    expected: 'Expected progress',
    columns: [
      'Indicator',
      'Unit',
      'Target',
      'Actual',
      'Completion',
      'Vs. schedule',
      'Status',
      'YoY',
      'Cell',
    ],
    scoreColumns: ['Points', 'Score', 'Table score'],
    total: 'Total',
    grade: 'Grade: ',
    issues: 'Issues',
    issueColumns: ['Cell', 'Severity', 'Code', 'Message'],
    noIssues: 'No issues found.',
    severity: { error: 'Error', warning: 'Warning' },
  },
};

/** Text from the user's table: the apostrophe keeps Excel from reading it as a formula or number. */
const asText = (text: string): string => (text === '' ? '' : `'${text}`);

function padded(
  width: number,
  cells: CellValue[],
  formats: string[] = [],
): [CellValue[], string[]] {
  const values = [...cells];
  const numberFormat = [...formats];
  while (values.length < width) values.push('');
  while (numberFormat.length < width) numberFormat.push('General');
  return [values, numberFormat];
}

const orBlank = (value: number | null | undefined): CellValue => value ?? '';

export function resultSheetContents(
  report: CheckReport,
  locale: Locale,
  issues: readonly Issue[],
  notice: string | null,
): SheetContents {
  const t = TEXT[locale];
  const evaluation = report.evaluation ?? null;
  const width = evaluation ? SCORED_WIDTH : WIDTH;
  const rows: [CellValue[], string[]][] = [];
  const boldRows: number[] = [];
  const push = (cells: CellValue[], formats?: string[], bold = false): void => {
    if (bold) boldRows.push(rows.length);
    rows.push(padded(width, cells, formats));
  };

  push([t.title], [], true);
  push(
    [t.asOf, report.asOf ?? '', t.expected, report.expectedProgress],
    ['General', 'General', 'General', '0.0%'],
  );
  push([notice ?? '']);
  const tableHeaderRow = rows.length;
  push(evaluation ? [...t.columns, ...t.scoreColumns] : t.columns, [], true);
  for (const indicator of report.indicators) {
    const gap =
      indicator.completionRate === null ? '' : indicator.completionRate - report.expectedProgress;
    push(
      [
        asText(indicator.name),
        asText(indicator.unit ?? ''),
        indicator.target ?? '',
        indicator.actual ?? '',
        indicator.completionRate ?? '',
        gap,
        statusLabel(indicator.status, locale),
        indicator.yoyGrowth ?? '',
        indicator.cells.actual ?? indicator.cells.name,
        ...(evaluation
          ? [orBlank(indicator.maxScore), orBlank(indicator.score), orBlank(indicator.tableScore)]
          : []),
      ],
      ['General', 'General', 'General', 'General', '0.0%', '0.0%', 'General', '0.0%', 'General'],
    );
  }
  if (evaluation) {
    const grade = evaluation.grade && (locale === 'en-US' ? GRADE_EN : GRADE_ZH)[evaluation.grade];
    const total: CellValue[] = [t.total, '', '', '', '', '', grade ? t.grade + grade : ''];
    push(
      [
        ...total,
        '',
        '',
        evaluation.maxScore,
        orBlank(evaluation.score),
        orBlank(evaluation.tableScore),
      ],
      [],
      true,
    );
  }
  push([]);
  push([t.issues], [], true);
  if (issues.length === 0) {
    push([t.noIssues]);
  } else {
    push(t.issueColumns, [], true);
    for (const issue of issues) {
      push([
        issue.cell,
        t.severity[issue.severity],
        issue.code,
        asText(issueMessage(issue, locale)),
      ]);
    }
  }
  return {
    values: rows.map(([values]) => values),
    numberFormat: rows.map(([, formats]) => formats),
    boldRows,
    tableHeaderRow,
  };
}
