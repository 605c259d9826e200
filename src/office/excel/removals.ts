// Taking our old marks away: notes, table columns, status cells and fills (previous colour back).
import { cellAddress } from '../../core';
import { groupBy, runs } from '../cells';
import type { Removals } from '../plan/clearPlan';
import { queueFillChange } from './fillIo';

export function queueRemovals(
  sheet: Excel.Worksheet,
  removals: Removals,
  rangeAreas: boolean,
): void {
  // Each was seen in the batch before (a null object's methods fail, so no *OrNullObject here).
  for (const note of removals.deleteNotes) {
    sheet.notes.getItem(cellAddress(note.row, note.column)).delete();
  }
  for (const { table, header } of removals.deleteTableColumns) {
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
