// Decides everything a write will do, from the report and the look before the write; no Office
// calls. The record the write leaves behind is decided here too, so the write is one batch.
import { fallbackHere, HostError, intersect, noteMark, resultSheetContents } from '../../core';
import { entriesOnSheet, RESULT_SHEET_NAME } from '../../core';
import type { FallbackReason, Locale, MarkEntry, MarksRecord, OutputMode, Rect } from '../../core';
import type { CheckReport, MarkPlan, SheetContents } from '../../core';
import { planFills } from './fillPlan';
import type { FillRestore, FillWrite } from './fillPlan';
import type { Inspection } from './inspection';
import { planNotes } from './notePlan';
import type { NoteWrite } from './notePlan';
import { planStatus } from './statusPlan';
import type { StatusWrite } from './statusPlan';

export type ResultSheetPlan =
  | {
      action: 'write';
      existingId: string | null;
      name: string;
      contents: SheetContents;
      activate: boolean;
    }
  | { action: 'delete'; id: string };

export interface WritePlan {
  mode: OutputMode;
  fallbackReason: FallbackReason | null;
  status: StatusWrite | null;
  clearStatus: { row: number; column: number }[];
  deleteTableColumns: { table: string; header: string }[];
  fills: FillWrite[];
  restoreFills: FillRestore[];
  deleteNotes: { row: number; column: number }[];
  addNotes: NoteWrite[];
  result: ResultSheetPlan | null;
  /** What the record says while the write runs: everything old and new (a failed write stays clearable). */
  recordDuring: MarksRecord;
  /** The entry this write adds, without the result sheet (its id is known only after the write). */
  entry: MarkEntry | null;
  /** Entries of the record that stay as they are. */
  kept: MarkEntry[];
}

export interface PlanInput {
  report: CheckReport;
  marks: MarkPlan;
  inspection: Inspection;
  mode: OutputMode;
  locale: Locale;
  notesSupported: boolean;
}

/** The entry's source plus its status column, against the new source plus its neighbour. */
function overlaps(entry: MarkEntry, rect: Rect): boolean {
  const c1 = Math.max(entry.lastColumn, entry.status?.column ?? entry.lastColumn);
  const area = { r0: entry.firstRow, r1: entry.lastRow, c0: entry.firstColumn, c1 };
  return intersect(area, { ...rect, c1: rect.c1 + 1 }) !== null;
}

function chooseResultName(input: PlanInput): string {
  const base = RESULT_SHEET_NAME[input.locale];
  const taken = new Set(input.inspection.sheetNames.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  return name;
}

function entryFor(
  inspection: Inspection,
  status: StatusWrite | null,
  fills: readonly FillWrite[],
  notes: readonly NoteWrite[],
): MarkEntry | null {
  if (!status && fills.length === 0 && notes.length === 0) return null;
  const { rect } = inspection;
  return {
    sheetId: inspection.sheetId,
    sheetName: inspection.sheetName,
    firstRow: rect.r0,
    lastRow: rect.r1,
    firstColumn: rect.c0,
    lastColumn: rect.c1,
    status: status
      ? {
          column: status.column,
          firstRow: status.firstRow,
          lastRow: status.lastRow,
          header: status.header,
          tableName: status.how === 'cells' ? null : status.tableName,
        }
      : null,
    fills: fills.map(({ row, column, color, previous }) => ({
      row,
      column,
      color,
      ...(previous === undefined ? {} : { previous }),
    })),
    notes: notes.map(({ row, column, text }) => ({ row, column, mark: noteMark(text) })),
  };
}

export function planWrite(input: PlanInput): WritePlan {
  const { report, marks, inspection, locale } = input;
  const { rect, record } = inspection;
  const mine = entriesOnSheet(record, inspection.sheetId);
  const replaced = mine.filter((entry) => overlaps(entry, rect));
  const kept = record.entries.filter((entry) => !replaced.includes(entry));
  const statusPlan = planStatus(input, replaced);
  const { status, fallbackReason } = statusPlan;
  const mode: OutputMode = status ? 'column' : 'sheet';

  const { fills, restoreFills } = inspection.sheetProtected
    ? { fills: [], restoreFills: [] }
    : planFills(marks, inspection, replaced);
  const notes = planNotes(report.issues, marks, status, inspection, replaced, input.notesSupported);

  let result: ResultSheetPlan | null = null;
  if (mode === 'sheet' || notes.listed.length > 0) {
    if (!inspection.resultSheet && inspection.workbookProtected) {
      throw new HostError('sheet-protected');
    }
    const notice = fallbackReason ? fallbackHere(fallbackReason, locale) : null;
    result = {
      action: 'write',
      existingId: inspection.resultSheet?.id ?? null,
      name: inspection.resultSheet?.name ?? chooseResultName(input),
      contents: resultSheetContents(
        report,
        locale,
        mode === 'sheet' ? report.issues : notes.listed,
        notice,
      ),
      activate: mode === 'sheet',
    };
  } else if (inspection.resultSheet && !inspection.workbookProtected) {
    result = { action: 'delete', id: inspection.resultSheet.id };
  }

  const entry = entryFor(inspection, status, fills, notes.addNotes);
  return {
    mode,
    fallbackReason,
    status,
    clearStatus: statusPlan.clearStatus,
    deleteTableColumns: statusPlan.deleteTableColumns,
    fills,
    restoreFills,
    deleteNotes: notes.deleteNotes,
    addNotes: notes.addNotes,
    result,
    recordDuring: {
      entries: [...record.entries, ...(entry ? [entry] : [])],
      resultSheet:
        result?.action === 'write'
          ? { id: result.existingId ?? '', name: result.name }
          : inspection.resultSheet,
    },
    entry,
    kept,
  };
}

/**
 * The record once the write has run. A result sheet added by this write is named but its id is
 * not known yet; the next read finds it by name (see healRecord).
 */
export function recordAfter(
  plan: WritePlan,
  inspection: Pick<Inspection, 'resultSheet'>,
): MarksRecord {
  const result = plan.result;
  const resultSheet =
    result?.action === 'write'
      ? { id: result.existingId ?? '', name: result.name }
      : result?.action === 'delete'
        ? null
        : inspection.resultSheet;
  return { entries: [...plan.kept, ...(plan.entry ? [plan.entry] : [])], resultSheet };
}
