// "Clear marks": removes everything the record says we wrote, after checking each cell still
// holds what we put there (a cell the user has since changed is left alone). Three batches:
// which sheets exist, what our cells hold now, then the removals.
import type { CellValue } from '../core';
import { cellAddress } from './a1';
import type { Capabilities } from './capabilities';
import { queueFillRead } from './fillIo';
import { sameColor } from './fillPlan';
import type { FillRestore } from './fillPlan';
import { isBlank, isOurLabel } from './labels';
import { isOurNote } from './marksRecord';
import type { MarkEntry, MarksRecord } from './marksRecord';
import { queueRemovals } from './removals';
import type { Removals } from './removals';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';
import { cellKey } from './sheetProbe';

export interface ClearDeps {
  capabilities: Capabilities;
  record: MarksRecord;
  counter?: RoundTripCounter;
}

export interface ClearOutcome {
  /** What is still ours after clearing (entries on protected sheets, an undeletable result sheet). */
  record: MarksRecord;
  blockedByProtection: boolean;
}

interface Observed {
  entry: MarkEntry;
  statusValues: CellValue[];
  /** Current fill colour of each recorded fill, in order. */
  fills: (string | undefined)[];
  notes: Excel.Note[];
}

/** Queues the loads that show what our recorded cells on one sheet hold now. */
function observeSheet(
  sheet: Excel.Worksheet,
  entries: readonly MarkEntry[],
  capabilities: Capabilities,
): { sheet: Excel.Worksheet; entries: () => Observed[] } {
  sheet.protection.load('protected');
  sheet.tables.load('items/name');
  const fillsNow = queueFillRead(
    sheet,
    entries.flatMap((entry) => entry.fills),
    capabilities.rangeAreas,
  );
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
  return {
    sheet,
    entries: () => {
      const colors = fillsNow();
      return loads.map(({ entry, statusRange, notes }) => ({
        entry,
        statusValues: statusRange
          ? (statusRange.values as CellValue[][]).map((row) => row[0] ?? '')
          : [],
        fills: entry.fills.map((fill) => colors.get(cellKey(fill.row, fill.column))),
        notes,
      }));
    },
  };
}

export function removalsFor(
  observed: readonly Observed[],
  tableNames: readonly string[],
  notesPresent: (o: Observed, index: number) => boolean,
): Removals {
  const removals: {
    deleteNotes: { row: number; column: number }[];
    deleteTableColumns: { table: string; header: string }[];
    clearStatus: { row: number; column: number }[];
    restoreFills: FillRestore[];
  } = { deleteNotes: [], deleteTableColumns: [], clearStatus: [], restoreFills: [] };
  for (const o of observed) {
    const { entry } = o;
    const status = entry.status;
    if (status) {
      const allOurs = o.statusValues.every((v) => isBlank(v) || isOurLabel(v));
      if (status.tableName && allOurs && tableNames.includes(status.tableName)) {
        removals.deleteTableColumns.push({ table: status.tableName, header: status.header });
      } else {
        o.statusValues.forEach((value, i) => {
          if (!isBlank(value) && isOurLabel(value)) {
            removals.clearStatus.push({ row: status.firstRow + i, column: status.column });
          }
        });
      }
    }
    entry.fills.forEach((fill, i) => {
      if (sameColor(o.fills[i], fill.color)) {
        removals.restoreFills.push({ row: fill.row, column: fill.column, previous: fill.previous });
      }
    });
    entry.notes.forEach((cell, i) => {
      if (notesPresent(o, i)) removals.deleteNotes.push(cell);
    });
  }
  return removals;
}

export async function clearMarks(
  context: Excel.RequestContext,
  deps: ClearDeps,
): Promise<ClearOutcome> {
  const { record, counter, capabilities } = deps;
  if (record.entries.length === 0 && record.resultSheet === null) {
    return { record, blockedByProtection: false };
  }
  const workbook = context.workbook;
  workbook.worksheets.load('items/id');
  workbook.protection.load('protected');
  await syncCounted(context, counter);

  const existing = new Set(workbook.worksheets.items.map((s) => s.id));
  const bySheet = new Map<string, { sheet: Excel.Worksheet; entries: MarkEntry[] }>();
  for (const entry of record.entries) {
    if (!existing.has(entry.sheetId)) continue;
    const group = bySheet.get(entry.sheetId);
    if (group) group.entries.push(entry);
    else
      bySheet.set(entry.sheetId, {
        sheet: workbook.worksheets.getItem(entry.sheetId),
        entries: [entry],
      });
  }
  const observations = [...bySheet.values()].map(({ sheet, entries }) =>
    observeSheet(sheet, entries, capabilities),
  );
  await syncCounted(context, counter);

  workbook.application.suspendApiCalculationUntilNextSync();
  const stillOurs: MarkEntry[] = [];
  let blocked = false;
  for (const observation of observations) {
    const { sheet } = observation;
    const entries = observation.entries();
    if (sheet.protection.protected) {
      blocked = true;
      stillOurs.push(...entries.map((o) => o.entry));
      continue;
    }
    const tableNames = sheet.tables.items.map((t) => t.name);
    const removals = removalsFor(entries, tableNames, (o, i) => {
      const note = o.notes[i];
      const mark = o.entry.notes[i]?.mark ?? '';
      return note !== undefined && !note.isNullObject && isOurNote(note.content, mark);
    });
    queueRemovals(sheet, removals, capabilities.rangeAreas);
  }
  let resultSheet = record.resultSheet;
  if (resultSheet && !existing.has(resultSheet.id)) resultSheet = null;
  if (resultSheet && workbook.protection.protected) {
    blocked = true;
  } else if (resultSheet) {
    workbook.worksheets.getItem(resultSheet.id).delete();
    resultSheet = null;
  }
  await syncCounted(context, counter);
  return {
    record: { version: 1, entries: stillOurs, resultSheet },
    blockedByProtection: blocked,
  };
}
