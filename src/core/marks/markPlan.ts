// The one marking rule every host follows: which label each indicator row gets, which source
// cells are filled and in which tone, and which issues become notes on which row. Hosts decide
// only where the status column goes and map tones to their colour format.
import { parseRect } from '../a1';
import { issueMessage, statusLabel } from '../messages';
import type { CheckReport, Indicator, Issue, IssueCode, Locale, Status } from '../types';
import { STATUS_HEADER } from './labels';
import { scoreSuffix } from './scoreLabel';

export type MarkTone = 'behind' | 'severely-behind' | 'invalid';

/** Fill colours by tone (#RRGGBB), the same in every host. */
export const TONE_COLORS: Record<MarkTone, string> = {
  behind: '#FFEB9C',
  'severely-behind': '#FFC7CE',
  invalid: '#E4DFEC',
};

export interface StatusMarkPlan {
  /** Sheet row (1-based) of the indicator. */
  row: number;
  label: string;
  tone: MarkTone | null;
}

export interface FillMarkPlan {
  /** 0-based sheet row and column of the cell to fill. */
  row: number;
  column: number;
  tone: MarkTone;
}

export interface NoteMarkPlan {
  /** Sheet row (1-based) the issues are about. */
  row: number;
  issues: Issue[];
  text: string;
}

export interface MarkPlan {
  header: string;
  statuses: StatusMarkPlan[];
  fills: FillMarkPlan[];
  notes: NoteMarkPlan[];
}

/** Issues about the table's layout, not about one cell's data: they fill nothing. */
const STRUCTURAL: ReadonlySet<IssueCode> = new Set([
  'no-header',
  'missing-column',
  'duplicate-column',
]);

const STATUS_TONE: Partial<Record<Status, MarkTone>> = {
  behind: 'behind',
  'severely-behind': 'severely-behind',
  invalid: 'invalid',
};

/** A target in words that was not met is marked as behind; one that was met is not filled. */
const toneOf = (indicator: Indicator): MarkTone | null =>
  indicator.status === 'qualitative' && indicator.assessment === 'not-met'
    ? 'behind'
    : (STATUS_TONE[indicator.status] ?? null);

function singleCell(address: string | undefined): { row: number; column: number } | null {
  const rect = address ? parseRect(address) : null;
  if (!rect || rect.r0 !== rect.r1 || rect.c0 !== rect.c1) return null;
  return { row: rect.r0, column: rect.c0 };
}

export function markPlan(report: CheckReport, locale: Locale): MarkPlan {
  const statuses = report.indicators.map((indicator) => ({
    row: indicator.row,
    label: statusLabel(indicator.status, locale) + scoreSuffix(indicator, locale),
    tone: toneOf(indicator),
  }));

  // Behind: the actual figure; data errors: the cell at fault (a later fill wins on the same cell).
  const fills = new Map<string, FillMarkPlan>();
  for (const indicator of report.indicators) {
    const tone = toneOf(indicator);
    const cell = tone && tone !== 'invalid' ? singleCell(indicator.cells.actual) : null;
    if (cell && tone) fills.set(`${cell.row},${cell.column}`, { ...cell, tone });
  }
  for (const issue of report.issues) {
    if (issue.severity !== 'error' || STRUCTURAL.has(issue.code)) continue;
    const cell = singleCell(issue.cell);
    if (cell) fills.set(`${cell.row},${cell.column}`, { ...cell, tone: 'invalid' });
  }

  const byRow = new Map<number, Issue[]>();
  for (const issue of report.issues) {
    const row = byRow.get(issue.row);
    if (row) row.push(issue);
    else byRow.set(issue.row, [issue]);
  }
  const notes = [...byRow].map(([row, issues]) => ({
    row,
    issues,
    text: issues.map((issue) => issueMessage(issue, locale)).join('\n'),
  }));

  return { header: STATUS_HEADER[locale], statuses, fills: [...fills.values()], notes };
}

/**
 * The notes per status cell, rows 1-based: a row's issues go to its own row when the status column
 * covers it (headerRow..lastRow), otherwise to the header cell.
 */
export function noteRows(marks: MarkPlan, headerRow: number, lastRow: number): NoteMarkPlan[] {
  const byRow = new Map<number, NoteMarkPlan>();
  for (const note of marks.notes) {
    const row = note.row >= headerRow && note.row <= lastRow ? note.row : headerRow;
    const merged = byRow.get(row);
    if (merged) {
      merged.issues.push(...note.issues);
      merged.text = `${merged.text}\n${note.text}`;
    } else {
      byRow.set(row, { row, issues: [...note.issues], text: note.text });
    }
  }
  return [...byRow.values()];
}
