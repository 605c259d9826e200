// Whether a report's reading is too unsure to narrate or to mark: the shells and the narrative ask here.
import type { CheckReport, IssueCode } from '../types';

const REFUSALS: ReadonlySet<IssueCode> = new Set(['ambiguous-reading', 'not-indicator-table']);

/**
 * True when the table was read from a guess (ambiguous-reading), is no indicator table, or was
 * read without an actual column: no narrative and no marks then.
 */
export function readingIsUnsure(report: CheckReport): boolean {
  const issues = Array.isArray(report?.issues) ? report.issues : [];
  const indicators = Array.isArray(report?.indicators) ? report.indicators : [];
  return issues.some(
    (issue) =>
      REFUSALS.has(issue?.code) || (issue?.code === 'missing-column' && indicators.length > 0),
  );
}
