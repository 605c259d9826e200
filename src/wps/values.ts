// Value2 / Formula as rows of cells: WPS gives a scalar for one cell and rows of cells for more
// (docs/research/wps-addin.md §3); empty cells may come back as undefined or null.
import type { CellValue } from '../core';
import type { EtScalar, EtValues } from './types';

/**
 * Error values as VBA's CVErr codes, in case the host passes them as numbers rather than the
 * error text Office.js gives ('#DIV/0!'): the core must see them as errors, never as numbers.
 */
const ERROR_CODES: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

export function cellValue(value: EtScalar): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return ERROR_CODES.get(value) ?? value;
  return value;
}

/** Exactly `rows` × `columns` cells, whatever shape the host answered with. */
export function toRows(values: EtValues, rows: number, columns: number): CellValue[][] {
  const source: EtScalar[][] = Array.isArray(values) ? values : [[values]];
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const row = source[r];
    const cells: CellValue[] = [];
    for (let c = 0; c < columns; c += 1) {
      cells.push(cellValue(row?.[c]));
    }
    out.push(cells);
  }
  return out;
}

/** The first column of a read, as a list. */
export function firstColumn(values: EtValues, rows: number): CellValue[] {
  return toRows(values, rows, 1).map((row) => row[0] ?? '');
}
