// Taking our old marks away: notes, table columns, status cells and fills (previous colour back).
import { cellAddress } from './a1';
import { groupBy, queueFillChange } from './fillIo';
import type { FillRestore } from './fillPlan';

/** What Excel reports as the colour of a cell without fill. */
export const NO_FILL = '#FFFFFF';

export interface Removals {
  deleteNotes: readonly { row: number; column: number }[];
  deleteTableColumns: readonly { table: string; header: string }[];
  clearStatus: readonly { row: number; column: number }[];
  restoreFills: readonly FillRestore[];
}

/** Runs of consecutive rows per column, so that clearing is one range per run. */
export function runs(cells: readonly { row: number; column: number }[]) {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: { column: number; first: number; last: number }[] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    if (last && last.column === cell.column && last.last + 1 === cell.row) last.last = cell.row;
    else out.push({ column: cell.column, first: cell.row, last: cell.row });
  }
  return out;
}

export function queueRemovals(
  sheet: Excel.Worksheet,
  removals: Removals,
  rangeAreas: boolean,
): void {
  for (const note of removals.deleteNotes) {
    // Deleting through *OrNullObject is a no-op if the user removed the note meanwhile.
    sheet.notes.getItemOrNullObject(cellAddress(note.row, note.column)).delete();
  }
  for (const { table, header } of removals.deleteTableColumns) {
    sheet.tables.getItem(table).columns.getItemOrNullObject(header).delete();
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
