// The check engine: a grid of cells in, every indicator judged and every problem listed out.
import { appendAll } from '../arrays';
import type { CellGrid, CheckOptions, CheckReport, Field, Issue } from '../types';
import { columnLetter, splitA1, toA1 } from '../a1';
import type { HeaderInfo } from '../table/detectHeader';
import { detectHeader } from '../table/detectHeader';
import { gridShape } from '../table/shape';
import { makeIssue } from './issues';
import { judgeIndicator } from './judge';
import { linkDrafts } from './links';
import { checkPartsSums } from './partsSum';
import type { Progress } from './progress';
import { resolveProgress } from './progress';
import { readIndicators } from './readRows';
import { summarize } from './summary';

const REQUIRED: readonly Field[] = ['name', 'actual'];

export function checkTable(grid: CellGrid, options?: CheckOptions): CheckReport {
  const progress = resolveProgress(options);
  const safeGrid: CellGrid = {
    ...grid,
    values: Array.isArray(grid?.values) ? grid.values : [],
    address: typeof grid?.address === 'string' ? grid.address : 'A1',
  };
  const shape = gridShape(safeGrid);
  const header = detectHeader(safeGrid.values);
  if (header === null) {
    const cell = toA1(shape.origin.col, shape.origin.row);
    const issue = makeIssue('no-header', cell, shape.origin.row, { rows: 10 });
    return emptyReport(progress, shape.range, null, [issue]);
  }

  const headerRow = shape.origin.row + header.rowIndex;
  const columns = columnLetters(header, shape.origin.col);
  const issues: Issue[] = header.duplicates.map((duplicate) =>
    makeIssue('duplicate-column', toA1(shape.origin.col + duplicate.col, headerRow), headerRow, {
      field: duplicate.field,
      usedCell: toA1(shape.origin.col + duplicate.usedCol, headerRow),
    }),
  );
  const missing = REQUIRED.filter((field) => header.columns[field] === undefined);
  if (missing.length > 0) {
    const cell = toA1(shape.origin.col, headerRow);
    for (const field of missing)
      issues.push(makeIssue('missing-column', cell, headerRow, { field }));
    return emptyReport(progress, shape.range, { row: headerRow, columns }, issues);
  }

  const { drafts, issues: readIssues } = readIndicators(safeGrid, header, shape.origin);
  appendAll(issues, readIssues, linkDrafts(drafts));
  const indicators = drafts.map((draft) => {
    const judged = judgeIndicator(draft.indicator, progress, draft.targetUnreadable);
    appendAll(issues, judged.issues);
    const { indicator } = draft;
    indicator.completionRate = judged.completionRate;
    indicator.yoyGrowth = judged.yoyGrowth;
    indicator.yoyChangePoints = judged.yoyChangePoints;
    indicator.status = judged.status;
    return indicator;
  });
  appendAll(issues, checkPartsSums(indicators));
  return {
    ...progress,
    summary: summarize(indicators),
    indicators,
    issues: sortIssues(issues),
    header: { row: headerRow, columns },
    range: shape.range,
  };
}

function columnLetters(header: HeaderInfo, originCol: number): Partial<Record<Field, string>> {
  const letters: Partial<Record<Field, string>> = {};
  for (const [field, col] of Object.entries(header.columns) as [Field, number][]) {
    letters[field] = columnLetter(originCol + col);
  }
  return letters;
}

function emptyReport(
  progress: Progress,
  range: string,
  header: CheckReport['header'],
  issues: Issue[],
): CheckReport {
  return { ...progress, summary: summarize([]), indicators: [], issues, header, range };
}

/** Sheet order: by row, then by column; issues of one cell keep the order they were found in. */
function sortIssues(issues: readonly Issue[]): Issue[] {
  const column = (issue: Issue): number => splitA1(issue.cell)?.col ?? 0;
  return issues
    .map((issue, index) => ({ issue, index, col: column(issue) }))
    .sort((a, b) => a.issue.row - b.issue.row || a.col - b.col || a.index - b.index)
    .map((entry) => entry.issue);
}
