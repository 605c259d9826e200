// The plain-text report: summary, indicators, issues, then the narrative.
import {
  issueMessage,
  narrativeToText,
  statusLabel,
  type CheckReport,
  type Locale,
  type Narrative,
} from '../core';
import { textLabels } from './messages';

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
  lines.push('', labels.narrativeHeading, narrativeToText(narrative).trimEnd(), '');
  return lines.join('\n');
}
