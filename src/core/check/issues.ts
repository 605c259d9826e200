// Issue records: one severity per code, params are plain data (wording lives in ../messages).
import type { Issue, IssueCode, Severity } from '../types';

export const SEVERITY: Record<IssueCode, Severity> = {
  'no-header': 'error',
  'missing-column': 'error',
  'duplicate-column': 'warning',
  'not-a-number': 'error',
  'approximate-value': 'warning',
  'unit-mismatch': 'error',
  'unknown-unit': 'warning',
  'duplicate-indicator': 'warning',
  'non-positive-target': 'error',
  'negative-value': 'warning',
  'zero-last-year': 'warning',
  'missing-last-year': 'warning',
  'missing-value': 'error',
  'parts-sum-mismatch': 'warning',
  'unknown-parent': 'warning',
  'unknown-direction': 'warning',
  'not-additive': 'warning',
};

export function makeIssue(
  code: IssueCode,
  cell: string,
  row: number,
  params: Issue['params'],
  indicator?: string,
): Issue {
  const issue: Issue = { code, severity: SEVERITY[code], cell, row, params };
  if (indicator !== undefined) issue.indicator = indicator;
  return issue;
}
