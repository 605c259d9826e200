// Taking our old marks away: comments, Excel-table columns, status cells, fills (previous colour back).
import { groupBy, runs } from '../../core';
import type { Removals } from '../../core';
import type { EtWorksheet } from '../types';
import { runRange, setFill } from './cells';
import { cellOf } from './sheets';

export function applyRemovals(sheet: EtWorksheet, removals: Removals): void {
  for (const note of removals.deleteNotes) {
    cellOf(sheet, note.row, note.column).Comment?.Delete();
  }
  for (const { table, header } of removals.deleteTableColumns) {
    sheet.ListObjects.Item(table).ListColumns.Item(header).Delete();
  }
  for (const run of runs(removals.clearStatus)) runRange(sheet, run).ClearContents();
  for (const [, cells] of groupBy(removals.restoreFills, (fill) => fill.previous ?? '')) {
    const previous = cells[0]?.previous;
    for (const run of runs(cells)) setFill(runRange(sheet, run), previous);
  }
}
