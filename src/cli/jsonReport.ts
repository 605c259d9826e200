// CheckReport + Narrative → the JSON object `check --format json` prints (field set pinned by issue 5).
import {
  asOfNote,
  issueMessage,
  type CheckReport,
  type Indicator,
  type Issue,
  type Locale,
  type Narrative,
  type Paragraph,
} from '../core';

const paragraphText = (paragraph: Paragraph): string =>
  paragraph.segments.map((segment) => segment.text).join('');

const indicatorJson = (indicator: Indicator) => ({
  name: indicator.name,
  row: indicator.row,
  unit: indicator.unit,
  category: indicator.category,
  parent: indicator.parent,
  group: indicator.group ?? [],
  target: indicator.target,
  actual: indicator.actual,
  lastYear: indicator.lastYear,
  completionRate: indicator.completionRate,
  yoyGrowth: indicator.yoyGrowth,
  yoyChangePoints: indicator.yoyChangePoints,
  status: indicator.status,
  cells: {
    name: indicator.cells.name,
    target: indicator.cells.target ?? null,
    actual: indicator.cells.actual ?? null,
    lastYear: indicator.cells.lastYear ?? null,
    ...scoreCells(indicator),
  },
  // Issue 12: targets as written, direction, targets in words, 自评表 scores.
  targetOp: indicator.targetOp ?? null,
  targetText: indicator.targetText ?? null,
  actualText: indicator.actualText ?? null,
  direction: indicator.direction,
  qualitative: indicator.qualitative ?? false,
  assessment: indicator.assessment ?? null,
  maxScore: indicator.maxScore ?? null,
  score: indicator.score ?? null,
  tableScore: indicator.tableScore ?? null,
  ...(indicator.deviationReason !== undefined && { deviationReason: indicator.deviationReason }),
});

/** The 指标性质/分值/得分/偏差原因 cells, only when the table has those columns. */
function scoreCells(indicator: Indicator): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const key of ['targetOp', 'maxScore', 'tableScore', 'deviationReason'] as const) {
    const cell = indicator.cells[key];
    if (cell !== undefined) cells[key] = cell;
  }
  return cells;
}

const issueJson = (issue: Issue, locale: Locale) => ({
  code: issue.code,
  severity: issue.severity,
  cell: issue.cell,
  row: issue.row,
  indicator: issue.indicator ?? null,
  message: issueMessage(issue, locale),
});

export function toJsonReport(report: CheckReport, narrative: Narrative, locale: Locale) {
  return {
    asOf: report.asOf,
    // Issue 14: where the date came from (given, the title's period, the last full month).
    asOfSource: report.asOfSource ?? 'option',
    asOfPeriod: report.asOfPeriod ?? null,
    asOfNote: asOfNote(report, locale),
    expectedProgress: report.expectedProgress,
    summary: {
      total: report.summary.total,
      done: report.summary.done,
      onTrack: report.summary.onTrack,
      behind: report.summary.behind,
      severelyBehind: report.summary.severelyBehind,
      noTarget: report.summary.noTarget,
      invalid: report.summary.invalid,
      qualitative: report.summary.qualitative,
    },
    indicators: report.indicators.map(indicatorJson),
    issues: report.issues.map((issue) => issueJson(issue, locale)),
    narrative: {
      locale: narrative.locale,
      paragraphs: narrative.paragraphs.map(paragraphText),
      ...(narrative.withheld === true && { withheld: true }),
    },
    table: report.table ?? null,
    evaluation: report.evaluation ?? null,
  };
}
