// Issues as notes on our status cells (Excel: notes, ExcelApi 1.18; WPS 表格: comments, which are
// Excel's notes in the file), one note per row; whatever cannot be a note (no notes in this host,
// or someone else's note already there) is listed on the result sheet.
import { noteRows } from '../../marks/markPlan';
import type { MarkPlan } from '../../marks/markPlan';
import type { MarkEntry } from '../../marks/record';
import type { Issue } from '../../types';
import type { CellAt } from './cells';
import { cellKey } from './cells';
import type { Inspection } from './inspection';
import type { StatusRows } from './statusPlan';

export interface NoteWrite extends CellAt {
  text: string;
}

export interface NoteTarget extends NoteWrite {
  issues: Issue[];
}

export interface NotePlan {
  deleteNotes: CellAt[];
  addNotes: NoteWrite[];
  /** Issues to list on the result sheet. */
  listed: Issue[];
}

/** The status cell each row's issues go to (the marking rule's noteRows, 0-based, keyed). */
export function noteTargets(marks: MarkPlan, status: StatusRows): Map<string, NoteTarget> {
  const targets = new Map<string, NoteTarget>();
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
  inspection: Pick<Inspection, 'notesPresent' | 'foreignNotes'>,
  replaced: readonly MarkEntry[],
  notesSupported: boolean,
): NotePlan {
  const deleteNotes = replaced
    .flatMap((e) => e.notes)
    .filter((c) => inspection.notesPresent.has(cellKey(c.row, c.column)))
    .map(({ row, column }) => ({ row, column }));
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
