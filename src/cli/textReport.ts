// The plain-text report: summary, indicators, issues, then the narrative.
import {
  asOfNote,
  ASSESSMENT_EN,
  ASSESSMENT_ZH,
  GRADE_EN,
  GRADE_ZH,
  issueMessage,
  narrativeToText,
  ROLE_EN,
  ROLE_ZH,
  type Evaluation,
  type Indicator,
  type Role,
  type TableReading,
  statusLabel,
  type CheckReport,
  type Locale,
  type Narrative,
} from '../core';
import { textLabels } from './messages';

/** 指标名称=B，分组=A+B，累计完成=E, in role order. */
function readingPairs(table: TableReading, locale: Locale): string[] {
  const names = locale === 'en-US' ? ROLE_EN : ROLE_ZH;
  return (Object.keys(names) as Role[]).flatMap((role) => {
    const column = table.columns[role];
    if (column === undefined || (Array.isArray(column) && column.length === 0)) return [];
    return [`${names[role]}=${Array.isArray(column) ? column.join('+') : column}`];
  });
}

const percent = (fraction: number): string => `${(fraction * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** Scores as the table writes them: up to 2 decimals. */
const points = (value: number): string => String(Math.round(value * 100) / 100);

function assessmentText(indicator: Indicator, locale: Locale): string {
  if (indicator.status !== 'qualitative' || indicator.assessment === undefined) return '';
  return (locale === 'en-US' ? ASSESSMENT_EN : ASSESSMENT_ZH)[indicator.assessment];
}

function scoreText(indicator: Indicator, locale: Locale): string {
  const { maxScore, tableScore, score } = indicator;
  if (maxScore == null) return '';
  const given = tableScore ?? score;
  if (given == null) return '';
  const differs = score != null && tableScore != null && Math.abs(score - tableScore) > 0.01;
  return textLabels[locale].score(points(given), points(maxScore), differs ? points(score) : null);
}

function evaluationText(evaluation: Evaluation, locale: Locale): string {
  const labels = textLabels[locale];
  const { score, tableScore, maxScore, grade, budget } = evaluation;
  const given = tableScore ?? score;
  const shown = given === null ? '—' : points(given);
  const differs = score !== null && tableScore !== null && Math.abs(score - tableScore) > 0.01;
  const gradeName = grade === null ? null : (locale === 'en-US' ? GRADE_EN : GRADE_ZH)[grade];
  const line = labels.evaluation(
    shown,
    points(maxScore),
    differs ? points(score) : null,
    gradeName,
  );
  const rate = budget?.rate ?? budget?.tableRate ?? null;
  const separator = locale === 'en-US' ? '; ' : '；';
  return rate === null ? line : `${line}${separator}${labels.budget(percent(rate))}`;
}

export interface TextReportInput {
  title: string;
  report: CheckReport;
  narrative: Narrative;
}

export function renderText({ title, report, narrative }: TextReportInput, locale: Locale): string {
  const labels = textLabels[locale];
  const lines = [
    title,
    labels.asOf(asOfNote(report, locale), percent(report.expectedProgress)),
    labels.summary(report.summary),
    ...(report.table
      ? [labels.reading(report.table.headerRow, readingPairs(report.table, locale))]
      : []),
    '',
    labels.indicatorsHeading,
  ];
  for (const indicator of report.indicators) {
    const rate =
      indicator.completionRate === null ? '' : labels.completion(percent(indicator.completionRate));
    const parts = [
      labels.row(indicator.row),
      indicator.name,
      rate,
      statusLabel(indicator.status, locale),
      assessmentText(indicator, locale),
      scoreText(indicator, locale),
    ];
    lines.push(`  ${parts.filter((part) => part !== '').join('  ')}`);
  }
  if (report.evaluation) lines.push('', evaluationText(report.evaluation, locale));
  lines.push('');
  if (report.issues.length === 0) {
    lines.push(labels.noIssues);
  } else {
    lines.push(labels.issuesHeading(report.issues.length));
    for (const issue of report.issues) {
      lines.push(`  ${labels.issue(issue.severity, issueMessage(issue, locale))}`);
    }
  }
  const text = narrative.withheld === true ? labels.withheld : narrativeToText(narrative).trimEnd();
  lines.push('', labels.narrativeHeading, text, '');
  return lines.join('\n');
}
