// Decides everything a write will do, from the report and what the read saw; no Office calls.
import { statusLabel } from '../core';
import type { CheckReport, Issue, Locale } from '../core';
import type { OutputMode } from '../core/settings';
import { intersect, rectAddress } from './a1';
import type { Rect } from './a1';
import { OfficeAdapterError } from './errors';
import { planFills } from './fillPlan';
import type { FillRestore, FillWrite } from './fillPlan';
import type { Inspection } from './inspection';
import { ourStatusKeys } from './inspection';
import { isBlank, RESULT_SHEET_NAME, STATUS_HEADER, STATUS_HEADER_ALT } from './labels';
import type { MarkEntry } from './marksRecord';
import { entriesOnSheet } from './marksRecord';
import { resultSheetContents } from './resultSheet';
import type { SheetContents } from './resultSheet';
import { cellKey } from './sheetProbe';
import type { FallbackReason } from './types';

export interface StatusWrite {
  column: number;
  firstRow: number;
  lastRow: number;
  header: string;
  /** One label per row firstRow..lastRow ('' for rows without an indicator). */
  labels: string[];
  /** Plain cells, a new table column, or our table column from an earlier run. */
  how: 'cells' | 'table-add' | 'table-reuse';
  tableName: string | null;
  /** For 'table-add': the labels for every row of the table (header row first). */
  tableValues: string[] | null;
}

export interface NoteWrite {
  row: number;
  column: number;
  text: string;
}

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

/** Where the status column goes, or why it cannot. */
function statusTarget(
  input: PlanInput,
  replaced: readonly MarkEntry[],
  ourKeys: ReadonlySet<string>,
): { status: StatusWrite } | { reason: FallbackReason } {
  const { report, inspection, locale } = input;
  if (inspection.sheetProtected) return { reason: 'sheet-protected' };
  if (!report.header) return { reason: 'no-header' };
  const neighbour = inspection.neighbour;
  if (!neighbour) return { reason: 'neighbour-not-empty' };
  const { rect } = inspection;
  const firstRow = Math.max(rect.r0, report.header.row - 1);
  const lastRow = rect.r1;
  const table = inspection.table;
  const reuse = table
    ? replaced.find(
        (e) => e.status?.tableName === table.name && e.status.column === neighbour.column,
      )
    : undefined;
  const header =
    reuse?.status?.header ??
    (table && inspection.tableHeaders.includes(STATUS_HEADER[locale])
      ? STATUS_HEADER_ALT[locale]
      : STATUS_HEADER[locale]);
  const labels: string[] = [];
  const byRow = new Map(report.indicators.map((i) => [i.row - 1, i.status]));
  for (let row = firstRow; row <= lastRow; row += 1) {
    const status = byRow.get(row);
    labels.push(row === firstRow ? header : status ? statusLabel(status, locale) : '');
  }
  const base = { column: neighbour.column, firstRow, lastRow, header, labels };
  if (table && reuse) {
    return { status: { ...base, how: 'table-reuse', tableName: table.name, tableValues: null } };
  }
  // A table column added later covers every table row; plain cells only the status rows.
  const [from, to] = table ? [table.rect.r0, table.rect.r1] : [firstRow, lastRow];
  for (let row = from; row <= to; row += 1) {
    const i = row - rect.r0;
    if (neighbour.occupied[i] && !ourKeys.has(cellKey(row, neighbour.column))) {
      return { reason: 'neighbour-not-empty' };
    }
  }
  if (!table) return { status: { ...base, how: 'cells', tableName: null, tableValues: null } };
  const tableValues: string[] = [];
  for (let row = table.rect.r0; row <= table.rect.r1; row += 1) {
    tableValues.push(row === table.rect.r0 ? base.header : (labels[row - firstRow] ?? ''));
  }
  return { status: { ...base, how: 'table-add', tableName: table.name, tableValues } };
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
  const ourKeys = ourStatusKeys(
    new Map(
      [...inspection.statusValues].filter(([key]) =>
        replaced.some((e) => e.status && keyInStatus(key, e)),
      ),
    ),
  );

  let status: StatusWrite | null = null;
  let fallbackReason: FallbackReason | null = null;
  if (input.mode === 'column') {
    const target = statusTarget(input, replaced, ourKeys);
    if ('status' in target) status = target.status;
    else fallbackReason = target.reason;
  }
  const mode: OutputMode = status ? 'column' : 'sheet';

  // Old status cells of replaced entries that the new column does not cover.
  const clearStatus: { row: number; column: number }[] = [];
  const deleteTableColumns: { table: string; header: string }[] = [];
  for (const entry of replaced) {
    const old = entry.status;
    if (!old) continue;
    const reused = status?.how === 'table-reuse' && status.tableName === old.tableName;
    if (old.tableName && !reused) {
      const cells = [];
      for (let row = old.firstRow; row <= old.lastRow; row += 1)
        cells.push(cellKey(row, old.column));
      const allOurs = cells.every((key) => {
        const value = inspection.statusValues.get(key);
        return isBlank(value) || ourKeys.has(key);
      });
      const tableThere = inspection.tableNames.includes(old.tableName);
      if (allOurs && tableThere && !inspection.sheetProtected) {
        deleteTableColumns.push({ table: old.tableName, header: old.header });
      }
      continue;
    }
    for (let row = old.firstRow; row <= old.lastRow; row += 1) {
      const covered =
        status && status.column === old.column && row >= status.firstRow && row <= status.lastRow;
      const key = cellKey(row, old.column);
      const value = inspection.statusValues.get(key);
      if (!covered && ourKeys.has(key) && !isBlank(value))
        clearStatus.push({ row, column: old.column });
    }
  }

  const { fills, restoreFills } = inspection.sheetProtected
    ? { fills: [], restoreFills: [] }
    : planFills(report, inspection, replaced);

  // Notes on our status cells; otherwise the issues are listed on the result sheet.
  const notesOnSheet = mine
    .flatMap((e) => e.notes)
    .filter((c) => inspection.notesPresent.has(cellKey(c.row, c.column)));
  const deleteNotes = replaced
    .flatMap((e) => e.notes)
    .filter((c) => inspection.notesPresent.has(cellKey(c.row, c.column)));
  const deleting = new Set(deleteNotes.map((c) => cellKey(c.row, c.column)));
  const addNotes: NoteWrite[] = [];
  let listed: Issue[] = [...report.issues];
  let notesNeedProbe = false;
  if (status && input.notesSupported && report.issues.length > 0) {
    const foreign = (inspection.noteCount ?? 0) - notesOnSheet.length;
    if (foreign > 0 && input.foreignNoteCells === null) {
      notesNeedProbe = true;
    }
    listed = [];
    for (const [key, target] of noteTargets(report.issues, status)) {
      const blocked = input.foreignNoteCells?.has(key) && !deleting.has(key);
      if (blocked || notesNeedProbe) {
        listed.push(...target.issues);
      } else {
        addNotes.push({
          row: target.row,
          column: target.column,
          text: target.issues.map(message).join('\n'),
        });
      }
    }
  }

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

function keyInStatus(key: string, entry: MarkEntry): boolean {
  const status = entry.status;
  if (!status) return false;
  const [row, column] = key.split(',').map(Number);
  return (
    column === status.column && row !== undefined && row >= status.firstRow && row <= status.lastRow
  );
}

export function statusRangeAddress(status: StatusWrite): string {
  return rectAddress({
    r0: status.firstRow,
    r1: status.lastRow,
    c0: status.column,
    c1: status.column,
  });
}
