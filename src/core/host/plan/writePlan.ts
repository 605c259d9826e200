// Decides everything a write will do, from the report and the look before the write; no host
// calls. The record the write leaves behind is decided here too, so the host only carries it out.
import { intersect, rectAddress } from '../../a1';
import type { Rect } from '../../a1';
import { RESULT_SHEET_NAME } from '../../marks/labels';
import type { MarkPlan } from '../../marks/markPlan';
import { entriesOnSheet, noteMark } from '../../marks/record';
import type { MarkEntry, MarksRecord } from '../../marks/record';
import { resultSheetContents } from '../../marks/resultSheet';
import type { SheetContents } from '../../marks/resultSheet';
import type { OutputMode } from '../../settings';
import type { CheckReport, Locale } from '../../types';
import { HostError } from '../errors';
import { fallbackHere } from '../outcome';
import type { FallbackReason, WriteSummary } from '../port';
import type { CellAt } from './cells';
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
      /** The recorded result sheet's id (WPS: its name), or null to add one called `name`. */
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
  clearStatus: CellAt[];
  deleteTableColumns: { table: string; header: string }[];
  fills: FillWrite[];
  restoreFills: FillRestore[];
  deleteNotes: CellAt[];
  addNotes: NoteWrite[];
  result: ResultSheetPlan | null;
  /** The record while the write runs: everything old and new (a failed write stays clearable). */
  recordDuring: MarksRecord;
  /**
   * The record once the write has run. A result sheet this write adds is recorded by name; in
   * Excel its id is not known yet and the next read finds it by name (see healRecord).
   */
  recordAfter: MarksRecord;
  /** The entry this write adds. */
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
  /** The host can write notes (Excel: ExcelApi 1.18; WPS: comments, always). */
  notesSupported: boolean;
  /** The host knows sheets by name (WPS 表格): a sheet it adds has its name for an id. */
  sheetsByName: boolean;
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

function resultPlan(
  input: PlanInput,
  mode: OutputMode,
  fallbackReason: FallbackReason | null,
  listed: CheckReport['issues'],
): ResultSheetPlan | null {
  const { report, inspection, locale } = input;
  if (mode === 'sheet' || listed.length > 0) {
    if (!inspection.resultSheet && inspection.workbookProtected) {
      throw new HostError('sheet-protected');
    }
    const notice = fallbackReason ? fallbackHere(fallbackReason, locale) : null;
    return {
      action: 'write',
      existingId: inspection.resultSheet?.id ?? null,
      name: inspection.resultSheet?.name ?? chooseResultName(input),
      contents: resultSheetContents(
        report,
        locale,
        mode === 'sheet' ? report.issues : listed,
        notice,
      ),
      activate: mode === 'sheet',
    };
  }
  if (inspection.resultSheet && !inspection.workbookProtected) {
    return { action: 'delete', id: inspection.resultSheet.id };
  }
  return null;
}

export function planWrite(input: PlanInput): WritePlan {
  const { report, marks, inspection } = input;
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
  const result = resultPlan(input, mode, fallbackReason, notes.listed);

  const entry = entryFor(inspection, status, fills, notes.addNotes);
  const added = entry ? [entry] : [];
  const written =
    result?.action === 'write'
      ? { id: result.existingId ?? (input.sheetsByName ? result.name : ''), name: result.name }
      : null;
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
      entries: [...record.entries, ...added],
      resultSheet: written ?? inspection.resultSheet,
    },
    recordAfter: {
      entries: [...kept, ...added],
      resultSheet: written ?? (result?.action === 'delete' ? null : inspection.resultSheet),
    },
    entry,
    kept,
  };
}

/** What the write did, for the outcome (`asked`: the mode the settings asked for). */
export function writeSummary(plan: WritePlan, asked: OutputMode): WriteSummary {
  const status = plan.status;
  const labelled = status ? status.labels.slice(1).filter((label) => label !== '').length : 0;
  return {
    mode: plan.mode,
    fellBackToSheet: asked === 'column' && plan.mode === 'sheet',
    cellsMarked: labelled + plan.fills.length,
    notes: plan.addNotes.length,
    ...(plan.fallbackReason ? { fallbackReason: plan.fallbackReason } : {}),
    ...(status
      ? {
          statusRange: rectAddress({
            r0: status.firstRow,
            r1: status.lastRow,
            c0: status.column,
            c1: status.column,
          }),
        }
      : {}),
    ...(plan.result?.action === 'write' ? { resultSheet: plan.result.name } : {}),
  };
}
