// Compares a report with a bad table's expected outcome; returns what differs.
import type { CheckReport, Indicator, IssueCode } from '../../src/core/types';
import type { BadTableExpect } from '../fixtures/bad/tables';
import { reportInvariantFailures } from './invariants';

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function countCodes(report: CheckReport): Partial<Record<IssueCode, number>> {
  const counts: Partial<Record<IssueCode, number>> = {};
  for (const issue of report.issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
}

function valueFailures(report: CheckReport, values: Record<string, Partial<Indicator>>): string[] {
  const failures: string[] = [];
  for (const [name, fields] of Object.entries(values)) {
    const indicator = report.indicators.find((candidate) => candidate.name === name);
    if (indicator === undefined) {
      failures.push(`no indicator named ${name}`);
      continue;
    }
    for (const [field, expected] of Object.entries(fields)) {
      const actual = indicator[field as keyof Indicator];
      if (show(actual) !== show(expected))
        failures.push(`${name}.${field} = ${show(actual)}, expected ${show(expected)}`);
    }
  }
  return failures;
}

export function tableFailures(report: CheckReport, expected: BadTableExpect): string[] {
  const failures = reportInvariantFailures(report);
  const issues = report.issues.map((issue) => `${issue.code}@${issue.cell}`);
  if (expected.issues && show(issues) !== show(expected.issues)) {
    failures.push(`issues ${show(issues.slice(0, 20))}, expected ${show(expected.issues)}`);
  }
  if (expected.issueCounts && show(countCodes(report)) !== show(expected.issueCounts)) {
    failures.push(
      `issue counts ${show(countCodes(report))}, expected ${show(expected.issueCounts)}`,
    );
  }
  for (const [code, params] of Object.entries(expected.params ?? {})) {
    const issue = report.issues.find((candidate) => candidate.code === code);
    if (show(issue?.params) !== show(params))
      failures.push(`${code} params ${show(issue?.params)}, expected ${show(params)}`);
  }
  if (expected.indicators !== undefined && report.indicators.length !== expected.indicators) {
    failures.push(`${report.indicators.length} indicators, expected ${expected.indicators}`);
  }
  const names = report.indicators.map((indicator) => indicator.name);
  if (expected.names && show(names) !== show(expected.names))
    failures.push(`names ${show(names)}, expected ${show(expected.names)}`);
  for (const [key, count] of Object.entries(expected.summary ?? {})) {
    const actual = report.summary[key as keyof typeof report.summary];
    if (actual !== count) failures.push(`summary.${key} = ${actual}, expected ${count}`);
  }
  if (expected.headerRow !== undefined && (report.header?.row ?? null) !== expected.headerRow) {
    failures.push(
      `header row ${String(report.header?.row ?? null)}, expected ${String(expected.headerRow)}`,
    );
  }
  if (expected.values) failures.push(...valueFailures(report, expected.values));
  return failures;
}
