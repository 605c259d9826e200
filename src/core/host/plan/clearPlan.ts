// What 清除标记 removes, from what our recorded cells hold now: a cell the user has changed since
// (another value, another fill, another note) is left alone.
import { isEmptyValue, isOurLabel } from '../../marks/labels';
import type { MarkEntry } from '../../marks/record';
import type { CellValue } from '../../types';
import type { CellAt } from './cells';
import { sameColor } from './cells';
import type { FillRestore } from './fillPlan';
import { nothingRightOf } from './statusPlan';

export interface Removals {
  deleteNotes: readonly CellAt[];
  deleteTableColumns: readonly { table: string; header: string }[];
  clearStatus: readonly CellAt[];
  restoreFills: readonly FillRestore[];
}

export interface Observed {
  entry: MarkEntry;
  statusValues: CellValue[];
  /** Current fill of each recorded fill, in order ('#RRGGBB'; null: none; undefined: unknown). */
  fills: (string | null | undefined)[];
  /** Whether each recorded note still holds our note, in order. */
  notes: boolean[];
}

export function removalsFor(
  observed: readonly Observed[],
  sheet: { tableNames: readonly string[]; usedLastColumn: number | null },
): Removals {
  const deleteNotes: CellAt[] = [];
  const deleteTableColumns: { table: string; header: string }[] = [];
  const clearStatus: CellAt[] = [];
  const restoreFills: FillRestore[] = [];
  for (const o of observed) {
    const { entry } = o;
    const status = entry.status;
    if (status) {
      const allOurs = o.statusValues.every((v) => isEmptyValue(v) || isOurLabel(v));
      const table = status.tableName;
      if (
        table &&
        allOurs &&
        sheet.tableNames.includes(table) &&
        nothingRightOf(status.column, sheet.usedLastColumn)
      ) {
        deleteTableColumns.push({ table, header: status.header });
      } else {
        // A table's header cell stays (a table column needs one); its labels below go.
        o.statusValues.forEach((value, i) => {
          if (table && i === 0) return;
          if (!isEmptyValue(value) && isOurLabel(value)) {
            clearStatus.push({ row: status.firstRow + i, column: status.column });
          }
        });
      }
    }
    entry.fills.forEach((fill, i) => {
      if (sameColor(o.fills[i], fill.color)) {
        restoreFills.push({ row: fill.row, column: fill.column, previous: fill.previous });
      }
    });
    entry.notes.forEach((cell, i) => {
      if (o.notes[i]) deleteNotes.push({ row: cell.row, column: cell.column });
    });
  }
  return { deleteNotes, deleteTableColumns, clearStatus, restoreFills };
}
