// Taking our old marks away: notes, table columns, status cells and fills (previous colour back).
import { cellAddress, cellKey, groupBy, runs } from '../../core';
import type { Removals } from '../../core';
import { queueFillChange } from './fillIo';

export function queueRemovals(
  sheet: Excel.Worksheet,
  removals: Removals,
  rangeAreas: boolean,
): void {
  // Each was seen in the batch before (a null object's methods fail, so no *OrNullObject here);
  // once each, though two entries of the record (an old check, the one after) may name it.
  const notes = new Map(removals.deleteNotes.map((note) => [cellKey(note.row, note.column), note]));
  for (const note of notes.values()) {
    sheet.notes.getItem(cellAddress(note.row, note.column)).delete();
  }
  const columns = new Map(removals.deleteTableColumns.map((c) => [`${c.table}\n${c.header}`, c]));
  for (const { table, header } of columns.values()) {
    sheet.tables.getItem(table).columns.getItem(header).delete();
  }
  for (const run of runs(removals.clearStatus)) {
    sheet.getRangeByIndexes(run.first, run.column, run.last - run.first + 1, 1).clear('Contents');
  }
  const byPrevious = groupBy(removals.restoreFills, (fill) => fill.previous ?? '');
  for (const [previous, cells] of byPrevious) {
    queueFillChange(sheet, cells, rangeAreas, (fill) => {
      if (previous === '') fill.clear();
      else fill.color = previous;
    });
  }
}
