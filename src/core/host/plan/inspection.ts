// What a write needs to know about the sheet: what the read saw (the checked block, its table)
// plus a fresh look just before the write (protection, the neighbour column, our earlier marks).
// Each host fills it from its own object model; where a host cannot tell, it says so here.
import type { Rect } from '../../a1';
import { isEmptyValue, isOurLabel } from '../../marks/labels';
import type { MarkEntry, MarksRecord } from '../../marks/record';
import type { CellValue } from '../../types';
import { cellKey } from './cells';
import type { SheetRef } from './records';
import type { TableRect } from './sourceChoice';

export interface Neighbour {
  /** 0-based sheet column right of the source. */
  column: number;
  /** Per row from the source's first row: the cell holds a value or a formula. */
  occupied: boolean[];
}

/** What the read saw; kept with the source until the write. */
export interface ReadView {
  /** The sheet's id (Excel), or its name (WPS 表格, where sheets have no ids). */
  sheetId: string;
  sheetName: string;
  /** The checked block (0-based, after trimming). */
  rect: Rect;
  /** The Excel table that was checked, if any, with the texts of its header row (WPS: none). */
  table: TableRect | null;
  tableHeaders: string[];
  /** Names of the Excel tables (ListObjects) on the sheet. */
  tableNames: string[];
  record: MarksRecord;
}

export interface Inspection extends ReadView {
  sheetProtected: boolean;
  workbookProtected: boolean;
  sheetNames: string[];
  /** Null when the source touches the sheet's last column. */
  neighbour: Neighbour | null;
  /** Current values of recorded status cells on this sheet, keyed 'row,column'. */
  statusValues: Map<string, CellValue>;
  /** Current fill of recorded fills and of the cells about to be filled ('#RRGGBB'; null: none). */
  fillNow: Map<string, string | null>;
  /** Recorded note cells that still hold our note. */
  notesPresent: Set<string>;
  /** Cells the notes may go to that hold someone else's note. */
  foreignNotes: Set<string>;
  resultSheet: SheetRef | null;
  /** This host cannot show whether a status cell holds a note or a validation rule. */
  cellsUnreadable: boolean;
  /** Status cells (keyed) holding someone else's note (WPS: or a validation rule, read per cell). */
  statusNotes: Set<string>;
  /** Some cell of the neighbour column has a data-validation rule. */
  neighbourValidated: boolean;
  /** Last column of the sheet's used range (values and formats), 0-based; null when unknown. */
  usedLastColumn: number | null;
}

/** The recorded status cells of `entries`, as [row, column] pairs. */
export function recordedStatusCells(entries: readonly MarkEntry[]): [number, number][] {
  const cells: [number, number][] = [];
  for (const { status } of entries) {
    if (!status) continue;
    for (let row = status.firstRow; row <= status.lastRow; row += 1)
      cells.push([row, status.column]);
  }
  return cells;
}

/** Keys of recorded status cells that still hold one of our labels. */
export function ourStatusKeys(statusValues: ReadonlyMap<string, CellValue>): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of statusValues) if (isOurLabel(value)) keys.add(key);
  return keys;
}

/** The column right of `rect` from its values and formulas, row by row from rect.r0. */
export function neighbourFrom(
  column: number,
  values: readonly CellValue[],
  formulas: readonly CellValue[],
): Neighbour {
  const occupied = values.map((value, i) => {
    const formula = formulas[i];
    return !isEmptyValue(value) || (typeof formula === 'string' && formula.startsWith('='));
  });
  return { column, occupied };
}

/** The recorded status cells of `entries`, keyed, with their value in a loaded block. */
export function statusValuesOf(
  entries: readonly MarkEntry[],
  valueAt: (row: number, column: number) => CellValue,
): Map<string, CellValue> {
  const values = new Map<string, CellValue>();
  for (const [row, column] of recordedStatusCells(entries)) {
    values.set(cellKey(row, column), valueAt(row, column));
  }
  return values;
}
