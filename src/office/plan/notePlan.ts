// Issues as notes on our status cells (ExcelApi 1.18), one note per row; whatever cannot be a
// note (no notes API, or someone else's note already there) is listed on the result sheet.
import { noteRows } from '../../core';
import type { Issue, MarkEntry, MarkPlan } from '../../core';
import { cellKey } from '../cells';
import type { Inspection } from './inspection';

export interface NoteWrite {
  row: number;
  column: number;
  text: string;
}

export interface NotePlan {
  deleteNotes: { row: number; column: number }[];
  addNotes: NoteWrite[];
  /** Issues to list on the result sheet. */
  listed: Issue[];
}

export interface StatusRows {
  column: number;
  firstRow: number;
  lastRow: number;
}

/** The status cell each row's issues go to (the marking rule's noteRows, 0-based, keyed). */
export function noteTargets(
  marks: MarkPlan,
  status: StatusRows,
): Map<string, { row: number; column: number; issues: Issue[]; text: string }> {
  const targets = new Map<string, { row: number; column: number; issues: Issue[]; text: string }>();
  for (const note of noteRows(marks, status.firstRow + 1, status.lastRow + 1)) {
    const row = note.row - 1;
    const target = { row, column: status.column, issues: note.issues, text: note.text };
    targets.set(cellKey(row, status.column), target);
  }
  return targets;
}

export function planNotes(
  issues: readonly Issue[],
  marks: MarkPlan,
  status: StatusRows | null,
  inspection: Inspection,
  replaced: readonly MarkEntry[],
  notesSupported: boolean,
): NotePlan {
  const deleteNotes = replaced
    .flatMap((e) => e.notes)
    .filter((c) => inspection.notesPresent.has(cellKey(c.row, c.column)));
  const deleting = new Set(deleteNotes.map((c) => cellKey(c.row, c.column)));
  if (!status || !notesSupported || issues.length === 0) {
    return { deleteNotes, addNotes: [], listed: [...issues] };
  }
  const addNotes: NoteWrite[] = [];
  const listed: Issue[] = [];
  for (const [key, target] of noteTargets(marks, status)) {
    if (inspection.foreignNotes.has(key) && !deleting.has(key)) {
      listed.push(...target.issues);
    } else {
      addNotes.push({ row: target.row, column: target.column, text: target.text });
    }
  }
  return { deleteNotes, addNotes, listed };
}
