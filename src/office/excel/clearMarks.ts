// 清除标记: removes everything the record says we wrote, after checking each cell still holds
// what we put there. Batches: the sheets and our record, what our cells hold now, the removals
// (with the record of what is left, in the same batch).
import { cellAddress, cellKey, groupBy, healRecord, isOurNote, removalsFor } from '../../core';
import type { CellValue, MarkEntry, MarksRecord, Observed } from '../../core';
import type { Capabilities } from '../host/capabilities';
import { queueMarkPartIds, queueRecordWrite } from '../store/marksStore';
import type { StoredMarks } from '../store/marksStore';
import { FILLS_PER_BATCH, queueFillRead, readFillsInBatches } from './fillIo';
import { readMarks } from './readSource';
import { queueRemovals } from './removals';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

export interface ClearDeps {
  capabilities: Capabilities;
  counter?: RoundTripCounter;
}

export interface ClearOutcome {
  marks: StoredMarks;
  /** What is still ours after clearing (entries on protected sheets, an undeletable result sheet). */
  record: MarksRecord;
  blockedByProtection: boolean;
}

/** Queues the loads that show what our recorded cells on one sheet hold now. */
function observeSheet(
  sheet: Excel.Worksheet,
  entries: readonly MarkEntry[],
  capabilities: Capabilities,
): (later: Map<string, string> | null) => { observed: Observed[]; usedLastColumn: number } {
  sheet.protection.load('protected');
  sheet.tables.load('items/name');
  const used = sheet.getUsedRange(false);
  used.load('columnIndex,columnCount');
  const fills = entries.flatMap((entry) => entry.fills);
  // Too many fills for one response are read in batches of their own (see readFillsInBatches).
  const fillsNow =
    fills.length <= FILLS_PER_BATCH
      ? queueFillRead(sheet, fills, capabilities.rangeAreas)
      : () => new Map<string, string>();
  const loads = entries.map((entry) => {
    const status = entry.status;
    const statusRange = status
      ? sheet.getRangeByIndexes(
          status.firstRow,
          status.column,
          status.lastRow - status.firstRow + 1,
          1,
        )
      : null;
    statusRange?.load('values');
    const notes = capabilities.notes
      ? entry.notes.map((cell) => {
          const note = sheet.notes.getItemOrNullObject(cellAddress(cell.row, cell.column));
          note.load('content');
          return note;
        })
      : [];
    return { entry, statusRange, notes };
  });
  return (later) => {
    const colors = later ?? fillsNow();
    const observed = loads.map(({ entry, statusRange, notes }) => ({
      entry,
      statusValues: statusRange
        ? (statusRange.values as CellValue[][]).map((row) => row[0] ?? '')
        : [],
      fills: entry.fills.map((fill) => colors.get(cellKey(fill.row, fill.column))),
      notes: entry.notes.map((cell, i) => {
        const note = notes[i];
        return note !== undefined && !note.isNullObject && isOurNote(note.content, cell.mark);
      }),
    }));
    return { observed, usedLastColumn: used.columnIndex + used.columnCount - 1 };
  };
}

export async function clearMarks(
  context: Excel.RequestContext,
  deps: ClearDeps,
): Promise<ClearOutcome> {
  const { counter, capabilities } = deps;
  const workbook = context.workbook;
  workbook.worksheets.load('items/id,items/name');
  workbook.protection.load('protected');
  const partIds = queueMarkPartIds(workbook);
  await syncCounted(context, counter);

  const marks = await readMarks(context, partIds(), counter);
  const sheets = workbook.worksheets.items.map((s) => ({ id: s.id, name: s.name }));
  const record = healRecord(marks.read.record, sheets);
  if (record.entries.length === 0 && record.resultSheet === null && marks.partIds.length === 0) {
    return { marks, record, blockedByProtection: false };
  }

  const existing = new Set(sheets.map((s) => s.id));
  const onSheets = record.entries.filter((entry) => existing.has(entry.sheetId));
  const bySheet = groupBy(onSheets, (entry) => entry.sheetId);
  const observations = [...bySheet].map(([id, entries]) => {
    const sheet = workbook.worksheets.getItem(id);
    return { sheet, entries, observe: observeSheet(sheet, entries, capabilities) };
  });
  if (observations.length > 0) await syncCounted(context, counter);
  const laterFills = new Map<Excel.Worksheet, Map<string, string>>();
  for (const { sheet, entries } of observations) {
    const fills = entries.flatMap((entry) => entry.fills);
    if (fills.length > FILLS_PER_BATCH) {
      laterFills.set(sheet, await readFillsInBatches(context, sheet, fills, deps));
    }
  }

  workbook.application.suspendApiCalculationUntilNextSync();
  const stillOurs: MarkEntry[] = [];
  let blocked = false;
  for (const { sheet, observe } of observations) {
    const { observed, usedLastColumn } = observe(laterFills.get(sheet) ?? null);
    if (sheet.protection.protected) {
      blocked = true;
      stillOurs.push(...observed.map((o) => o.entry));
      continue;
    }
    queueRemovals(
      sheet,
      removalsFor(observed, {
        tableNames: sheet.tables.items.map((t) => t.name),
        usedLastColumn,
      }),
      capabilities.rangeAreas,
    );
  }
  let resultSheet = record.resultSheet;
  if (resultSheet && !existing.has(resultSheet.id)) resultSheet = null;
  if (resultSheet && workbook.protection.protected) {
    blocked = true;
  } else if (resultSheet) {
    workbook.worksheets.getItem(resultSheet.id).delete();
    resultSheet = null;
  }
  const left = { entries: stillOurs, resultSheet };
  queueRecordWrite(workbook, marks.partIds, left);
  await syncCounted(context, counter);
  return { marks, record: left, blockedByProtection: blocked };
}
