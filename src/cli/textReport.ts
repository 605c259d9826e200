// The plain-text report: summary, indicators, issues, then the narrative.
import {
  issueMessage,
  narrativeToText,
  ROLE_EN,
  ROLE_ZH,
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

export interface TextReportInput {
  title: string;
  report: CheckReport;
  narrative: Narrative;
}

export function renderText({ title, report, narrative }: TextReportInput, locale: Locale): string {
  const labels = textLabels[locale];
  const lines = [
    title,
    labels.asOf(report.asOf, percent(report.expectedProgress)),
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
    ];
    lines.push(`  ${parts.filter((part) => part !== '').join('  ')}`);
  }
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
