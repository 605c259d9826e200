// Issue records: one severity per code, params are plain data (wording lives in ../messages).
import type { IssueCode, IssueOf, IssueParams, Severity } from '../types';

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
  'ambiguous-reading': 'error',
  'not-indicator-table': 'error',
  'growth-mismatch': 'warning',
  'part-exceeds-total': 'error',
  'unknown-assessment': 'warning',
  'worded-actual': 'warning',
  'operator-in-actual': 'warning',
  'confirm-direction': 'warning',
  'score-mismatch': 'warning',
  'score-out-of-band': 'warning',
  'missing-deviation-reason': 'warning',
  'score-total-mismatch': 'warning',
  'grade-mismatch': 'warning',
  'rate-mismatch': 'warning',
};

/** An issue of `code` with exactly that code's params: a missing or misspelt key does not compile. */
export function makeIssue<C extends IssueCode>(
  code: C,
  cell: string,
  row: number,
  params: IssueParams[C],
  indicator?: string,
): IssueOf<C> {
  const issue: IssueOf<C> = { code, severity: SEVERITY[code], cell, row, params };
  if (indicator !== undefined) issue.indicator = indicator;
  return issue;
}
