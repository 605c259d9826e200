// Issues as notes on our status cells (ExcelApi 1.18), one note per row; whatever cannot be a
// note is listed on the result sheet instead.
import type { Issue } from '../core';
import type { Inspection } from './inspection';
import type { MarkEntry } from './marksRecord';
import { cellKey } from './sheetProbe';
import type { StatusWrite } from './statusPlan';

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
  /** True when the sheet holds notes that are not ours and the note cells must be looked at first. */
  notesNeedProbe: boolean;
}

export function noteTargets(
  issues: readonly Issue[],
  status: StatusWrite,
): Map<string, { row: number; column: number; issues: Issue[] }> {
  const targets = new Map<string, { row: number; column: number; issues: Issue[] }>();
  for (const issue of issues) {
    const sheetRow = issue.row - 1;
    const row =
      sheetRow >= status.firstRow && sheetRow <= status.lastRow ? sheetRow : status.firstRow;
    const key = cellKey(row, status.column);
    const target = targets.get(key) ?? { row, column: status.column, issues: [] };
    target.issues.push(issue);
    targets.set(key, target);
  }
  return targets;
}

export function planNotes(
  issues: readonly Issue[],
  status: StatusWrite | null,
  inspection: Inspection,
  entries: { mine: readonly MarkEntry[]; replaced: readonly MarkEntry[] },
  options: {
    notesSupported: boolean;
    foreignNoteCells: ReadonlySet<string> | null;
    message: (issue: Issue) => string;
  },
): NotePlan {
  const { mine, replaced } = entries;
  const notesOnSheet = mine
    .flatMap((e) => e.notes)
    .filter((c) => inspection.notesPresent.has(cellKey(c.row, c.column)));
  const deleteNotes = replaced
    .flatMap((e) => e.notes)
    .filter((c) => inspection.notesPresent.has(cellKey(c.row, c.column)));
  const deleting = new Set(deleteNotes.map((c) => cellKey(c.row, c.column)));
  const addNotes: NoteWrite[] = [];
  let listed: Issue[] = [...issues];
  let notesNeedProbe = false;
  if (status && options.notesSupported && issues.length > 0) {
    const foreign = (inspection.noteCount ?? 0) - notesOnSheet.length;
    if (foreign > 0 && options.foreignNoteCells === null) {
      notesNeedProbe = true;
    }
    listed = [];
    for (const [key, target] of noteTargets(issues, status)) {
      const blocked = options.foreignNoteCells?.has(key) && !deleting.has(key);
      if (blocked || notesNeedProbe) {
        listed.push(...target.issues);
      } else {
        addNotes.push({
          row: target.row,
          column: target.column,
          text: target.issues.map(options.message).join('\n'),
        });
      }
    }
  }

  return { deleteNotes, addNotes, listed, notesNeedProbe };
}
