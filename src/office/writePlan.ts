// Decides everything a write will do, from the report and what the read saw; no Office calls.
import type { CheckReport, Issue, Locale } from '../core';
import type { OutputMode } from '../core/settings';
import { intersect } from './a1';
import type { Rect } from './a1';
import { OfficeAdapterError } from './errors';
import { planFills } from './fillPlan';
import type { FillRestore, FillWrite } from './fillPlan';
import type { Inspection } from './inspection';
import { RESULT_SHEET_NAME } from './labels';
import type { MarkEntry } from './marksRecord';
import { entriesOnSheet } from './marksRecord';
import { planNotes } from './notePlan';
import type { NoteWrite } from './notePlan';
import { resultSheetContents } from './resultSheet';
import type { SheetContents } from './resultSheet';
import { planStatus } from './statusPlan';
import type { StatusWrite } from './statusPlan';
import type { FallbackReason } from './types';

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
  /** True when the sheet holds notes that are not ours and the note cells must be looked at first. */
  notesNeedProbe: boolean;
  result: ResultSheetPlan | null;
  kept: MarkEntry[];
  replaced: MarkEntry[];
}

export interface PlanInput {
  report: CheckReport;
  inspection: Inspection;
  mode: OutputMode;
  locale: Locale;
  notesSupported: boolean;
  /** Note cells found holding someone else's note (after a probe); null before any probe. */
  foreignNoteCells: ReadonlySet<string> | null;
}

const NOTICE: Record<FallbackReason, Record<Locale, string>> = {
  'neighbour-not-empty': {
    'zh-CN': '表格右侧一列已有内容，为避免覆盖，核验结果写在本工作表。',
    'en-US':
      'The column right of the table is not empty, so the results are on this sheet instead.',
  },
  'no-header': {
    'zh-CN': '未找到表头，无法在表格旁标注状态。',
    'en-US': 'No header row was found, so no status column could be added.',
  },
  'sheet-protected': {
    'zh-CN': '工作表受保护，未在表格中做标记。',
    'en-US': 'The sheet is protected, so nothing was marked in the table.',
  },
};

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

export function planWrite(input: PlanInput, message: (issue: Issue) => string): WritePlan {
  const { report, inspection, locale } = input;
  const { rect } = inspection;
  const mine = entriesOnSheet(inspection.record, inspection.sheetId);
  const replaced = mine.filter((entry) => overlaps(entry, rect));
  const kept = inspection.record.entries.filter((entry) => !replaced.includes(entry));
  const { status, fallbackReason, clearStatus, deleteTableColumns } = planStatus(input, replaced);
  const mode: OutputMode = status ? 'column' : 'sheet';

  const { fills, restoreFills } = inspection.sheetProtected
    ? { fills: [], restoreFills: [] }
    : planFills(report, inspection, replaced);

  const { deleteNotes, addNotes, listed, notesNeedProbe } = planNotes(
    report.issues,
    status,
    inspection,
    { mine, replaced },
    { notesSupported: input.notesSupported, foreignNoteCells: input.foreignNoteCells, message },
  );

  let result: ResultSheetPlan | null = null;
  const needSheet = mode === 'sheet' || listed.length > 0;
  if (needSheet) {
    if (!inspection.resultSheet && inspection.workbookProtected) {
      throw new OfficeAdapterError('sheet-protected');
    }
    const notice = fallbackReason ? NOTICE[fallbackReason][locale] : null;
    result = {
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
  } else if (inspection.resultSheet && !inspection.workbookProtected) {
    result = { action: 'delete', id: inspection.resultSheet.id };
  }

  return {
    mode,
    fallbackReason,
    status,
    clearStatus,
    deleteTableColumns,
    fills,
    restoreFills,
    deleteNotes,
    addNotes,
    notesNeedProbe,
    result,
    kept,
    replaced,
  };
}
