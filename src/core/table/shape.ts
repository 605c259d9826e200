// Where a grid sits on the sheet: its top-left cell and its A1 range.
import type { CellGrid } from '../types';
import type { CellRef } from '../a1';
import { parseAddress, toA1 } from '../a1';

export interface GridShape {
  origin: CellRef;
  rows: number;
  width: number;
  /** e.g. 'B3:H20'; a grid without cells still spans its top-left cell. */
  range: string;
}

export function gridShape(grid: CellGrid): GridShape {
  const origin = parseAddress(grid.address);
  const values: readonly unknown[] = Array.isArray(grid.values) ? grid.values : [];
  let width = 0;
  for (const row of values) if (Array.isArray(row) && row.length > width) width = row.length;
  const rows = values.length;
  const last = toA1(origin.col + Math.max(width, 1) - 1, origin.row + Math.max(rows, 1) - 1);
  return { origin, rows, width, range: `${toA1(origin.col, origin.row)}:${last}` };
}
