// The check engine: a grid of cells in, every indicator judged and every problem listed out.
import { appendAll } from '../arrays';
import type { CellGrid, CheckOptions, CheckReport, Field, Issue } from '../types';
import { columnLetter, splitA1, toA1 } from '../a1';
import type { HeaderInfo } from '../table/detectHeader';
import { detectHeader } from '../table/detectHeader';
import { HEADER_SEARCH_ROWS } from '../table/headerSearch';
import { gridShape } from '../table/shape';
import { evaluate, isSelfEvaluation } from './evaluation';
import { applyGrowth } from './growth';
import { makeIssue } from './issues';
import { judgeIndicator } from './judge';
import { linkDrafts } from './links';
import { checkPartsSums } from './partsSum';
import type { Progress } from './progress';
import { resolveProgress } from './progress';
import { judgeWords, nameStatesTarget } from './qualitative';
import { resolveAsOf } from './asOf';
import type { Draft } from './readRows';
import { readIndicators } from './readRows';
import { headerOverrides, notIndicatorOf, readingOf, unsureIssues } from './reading';
import { findSplits } from './splits';
import { summarize } from './summary';

const REQUIRED: readonly Field[] = ['name', 'actual'];

/** The progress to judge by, with where its as-of date came from (the title, once it is known). */
function progressFor(options: CheckOptions | undefined, title: string | null): Judged {
  const resolved = resolveAsOf(options, title);
  const progress = resolveProgress({ ...options, asOf: resolved.asOf ?? undefined });
  return { ...progress, asOfSource: resolved.source, asOfPeriod: resolved.period };
}

type Judged = Progress & Pick<CheckReport, 'asOfSource' | 'asOfPeriod'>;

export function checkTable(grid: CellGrid, options?: CheckOptions): CheckReport {
  const safeGrid: CellGrid = {
    ...grid,
    values: Array.isArray(grid?.values) ? grid.values : [],
    address: typeof grid?.address === 'string' ? grid.address : 'A1',
  };
  const shape = gridShape(safeGrid);
  const header = detectHeader(safeGrid.values, headerOverrides(options, shape.origin));
  if (header === null) {
    const cell = toA1(shape.origin.col, shape.origin.row);
    const refusal = notIndicatorOf(safeGrid.values, null, shape.origin);
    const issue =
      refusal ?? makeIssue('no-header', cell, shape.origin.row, { rows: HEADER_SEARCH_ROWS });
    return emptyReport(progressFor(options, null), shape.range, null, [issue]);
  }

  const progress = progressFor(options, header.title);
  const headerRow = shape.origin.row + header.rowIndex;
  const columns = columnLetters(header, shape.origin.col);
  const issues: Issue[] = header.duplicates.map((duplicate) =>
    makeIssue('duplicate-column', toA1(shape.origin.col + duplicate.col, headerRow), headerRow, {
      field: duplicate.field,
      usedCell: toA1(shape.origin.col + duplicate.usedCol, headerRow),
    }),
  );
  const missing = REQUIRED.filter((field) => header.columns[field] === undefined);
  for (const field of missing) {
    issues.push(
      makeIssue('missing-column', toA1(shape.origin.col, headerRow), headerRow, { field }),
    );
  }
  if (header.columns.name === undefined) {
    const table = readingOf(safeGrid, header, shape.origin, []);
    return emptyReport(progress, shape.range, { row: headerRow, columns }, issues, table);
  }

  const lower = Array.isArray(options?.lower) ? options.lower : [];
  const higher = Array.isArray(options?.higher) ? options.higher : [];
  const selfEvaluation = isSelfEvaluation(header, options);
  const { drafts, issues: readIssues } = readIndicators(safeGrid, header, shape.origin, {
    lower,
    higher,
    selfEvaluation,
  });
  const refusal = notIndicatorOf(
    safeGrid.values,
    drafts.map((draft) => draft.indicator.name),
    shape.origin,
    headerRow,
  );
  if (refusal !== null) {
    const table = readingOf(safeGrid, header, shape.origin, []);
    return emptyReport(progress, shape.range, { row: headerRow, columns }, [refusal], table);
  }
  findSplits(drafts);
  appendAll(issues, readIssues, linkDrafts(drafts));
  // A 自评表 evaluates the whole year: judged at the period's end unless told otherwise.
  const judgedAt =
    selfEvaluation && typeof options?.expectedProgress !== 'number'
      ? { ...progress, expectedProgress: 1 }
      : progress;
  if (selfEvaluation) drafts.forEach(nameStatesTarget);
  const indicators = drafts.map((draft) => judge(draft, judgedAt, issues));
  appendAll(issues, checkPartsSums(indicators));
  if (missing.length === 0) appendAll(issues, unsureIssues(header, drafts, shape.origin));
  const evaluated = selfEvaluation ? evaluate(safeGrid, header, shape.origin, indicators) : null;
  if (evaluated !== null) appendAll(issues, evaluated.issues);
  return {
    ...judgedAt,
    summary: summarize(indicators),
    indicators,
    issues: sortIssues(issues),
    header: { row: headerRow, columns },
    range: shape.range,
    table: readingOf(safeGrid, header, shape.origin, drafts),
    evaluation: evaluated?.evaluation ?? null,
  };
}

function judge(draft: Draft, progress: Progress, issues: Issue[]) {
  const judged = judgeIndicator(draft.indicator, progress, draft.targetUnreadable);
  appendAll(issues, judged.issues);
  const { indicator } = draft;
  indicator.completionRate = judged.completionRate;
  indicator.yoyGrowth = judged.yoyGrowth;
  indicator.yoyChangePoints = judged.yoyChangePoints;
  indicator.status = judged.status;
  const words = judgeWords(draft);
  if (words !== null) {
    indicator.status = words.status;
    indicator.assessment = words.assessment;
    indicator.completionRate = null;
    appendAll(issues, words.issues);
  }
  appendAll(issues, applyGrowth(indicator, draft.growth));
  return indicator;
}

function columnLetters(header: HeaderInfo, originCol: number): Partial<Record<Field, string>> {
  const letters: Partial<Record<Field, string>> = {};
  for (const [field, col] of Object.entries(header.columns) as [Field, number][]) {
    letters[field] = columnLetter(originCol + col);
  }
  return letters;
}

function emptyReport(
  progress: Judged,
  range: string,
  header: CheckReport['header'],
  issues: Issue[],
  table: CheckReport['table'] = null,
): CheckReport {
  return { ...progress, summary: summarize([]), indicators: [], issues, header, range, table };
}

/** Sheet order: by row, then by column; issues of one cell keep the order they were found in. */
function sortIssues(issues: readonly Issue[]): Issue[] {
  const column = (issue: Issue): number => splitA1(issue.cell)?.col ?? 0;
  return issues
    .map((issue, index) => ({ issue, index, col: column(issue) }))
    .sort((a, b) => a.issue.row - b.issue.row || a.col - b.col || a.index - b.index)
    .map((entry) => entry.issue);
}
