// 清除标记: removes everything the record says we wrote — whichever host wrote it — after checking
// that each cell still holds what we put there; what cannot be removed stays in the record.
import { groupBy, healRecord, HostError, isOurNote, removalsFor } from '../../core';
import type { MarkEntry, Observed } from '../../core';
import { readRecord, writeRecord } from '../store/marksPart';
import type { EtApplication, EtWorksheet } from '../types';
import { columnValues, commentText, fillOf } from './cells';
import { tableNames, usedLastColumn } from './look';
import { applyRemovals } from './removals';
import { removeResultSheet } from './resultSheet';
import { activeWorkbook, findSheet, sheetRefs } from './sheets';

function observe(sheet: EtWorksheet, entry: MarkEntry): Observed {
  const status = entry.status;
  return {
    entry,
    statusValues: status
      ? columnValues(sheet, {
          r0: status.firstRow,
          r1: status.lastRow,
          c0: status.column,
          c1: status.column,
        })
      : [],
    fills: entry.fills.map((fill) => fillOf(sheet, fill)),
    notes: entry.notes.map((note) => isOurNote(commentText(sheet, note), note.mark)),
  };
}

/** Clears our marks; throws 'sheet-protected' (after clearing the rest) if some could not go. */
export function clearMarks(app: EtApplication): void {
  const workbook = activeWorkbook(app);
  const sheets = sheetRefs(workbook);
  const record = healRecord(readRecord(workbook).record, sheets);
  const stillOurs: MarkEntry[] = [];
  let blocked = false;
  for (const [name, entries] of groupBy(record.entries, (entry) => entry.sheetId)) {
    const sheet = findSheet(workbook, name);
    if (!sheet) continue; // the sheet is gone, and our marks with it
    if (sheet.ProtectContents) {
      blocked = true;
      stillOurs.push(...entries);
      continue;
    }
    const observed = entries.map((entry) => observe(sheet, entry));
    const here = { tableNames: tableNames(sheet), usedLastColumn: usedLastColumn(sheet) };
    applyRemovals(sheet, removalsFor(observed, here));
  }
  let resultSheet = record.resultSheet;
  if (resultSheet && !sheets.some((s) => s.id === resultSheet?.id)) resultSheet = null;
  if (resultSheet && workbook.ProtectStructure) blocked = true;
  else if (resultSheet) {
    removeResultSheet(app, workbook, resultSheet.name);
    resultSheet = null;
  }
  writeRecord(workbook, { entries: stillOurs, resultSheet });
  if (blocked) throw new HostError('sheet-protected');
}
