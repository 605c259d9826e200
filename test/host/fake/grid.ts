// What the Excel fake (test/office/fake) and the WPS fake (test/wps/fake) keep alike: a sheet's
// cells in a map keyed 'row,column' (0-based), written value by value or as a block, and a
// selection parsed from an address. Each fake adds its own host's rules and limits on top.
import type { Rect } from '../../../src/core';
import { parseRect } from '../../../src/core';

export type Value = string | number | boolean;

/** A cell; `F` is how the host keeps a fill (Excel: '#RRGGBB', WPS: a BGR integer). */
export interface GridCell<F> {
  value: Value;
  formula?: string;
  numberFormat?: string;
  /** Fill colour, or undefined for no fill. */
  fill?: F;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export class FakeGrid<F> {
  readonly cells = new Map<string, GridCell<F>>();

  cell(row: number, column: number): GridCell<F> | undefined {
    return this.cells.get(cellKey(row, column));
  }

  value(row: number, column: number): Value {
    return this.cell(row, column)?.value ?? '';
  }

  fill(row: number, column: number): F | undefined {
    return this.cell(row, column)?.fill;
  }

  /** Changes some of a cell's parts; a cell left with nothing in it is dropped. */
  update(row: number, column: number, change: Partial<GridCell<F>>): void {
    const next: GridCell<F> = { ...(this.cell(row, column) ?? { value: '' }), ...change };
    for (const k of Object.keys(next) as (keyof GridCell<F>)[])
      if (next[k] === undefined) delete next[k];
    const empty =
      next.value === '' &&
      next.formula === undefined &&
      next.fill === undefined &&
      !next.numberFormat;
    if (empty) this.cells.delete(cellKey(row, column));
    else this.cells.set(cellKey(row, column), next);
  }

  /** Writes values with the top-left at `address` ('B3'); strings starting with '=' are formulas. */
  put(address: string, rows: Value[][]): this {
    const at = parseRect(address);
    if (!at) throw new Error(`bad address ${address}`);
    rows.forEach((cells, i) =>
      cells.forEach((value, j) => {
        const isFormula = typeof value === 'string' && value.startsWith('=');
        this.update(at.r0 + i, at.c0 + j, isFormula ? { value: '', formula: value } : { value });
      }),
    );
    return this;
  }

  /** Plain copy of every cell, for "nothing else changed" assertions. */
  cellsCopy(): Record<string, GridCell<F>> {
    return Object.fromEntries([...this.cells].map(([k, cell]) => [k, { ...cell }]));
  }
}

/** The smallest rectangle holding every 'row,column' key (null: no key). */
export function boundingRect(keys: Iterable<string>): Rect | null {
  let rect: Rect | null = null;
  for (const k of keys) {
    const [row = 0, column = 0] = k.split(',').map(Number);
    rect = rect
      ? {
          r0: Math.min(rect.r0, row),
          r1: Math.max(rect.r1, row),
          c0: Math.min(rect.c0, column),
          c1: Math.max(rect.c1, column),
        }
      : { r0: row, r1: row, c0: column, c1: column };
  }
  return rect;
}

/** A selection ('B2:F8' or 'A1,C3:D4') and its active cell, the first area's top-left. */
export function parseSelection(address: string): {
  selection: Rect[];
  activeCell: { row: number; column: number };
} {
  const areas = address.split(',').map((part) => parseRect(part));
  if (areas.some((a) => a === null)) throw new Error(`bad address ${address}`);
  const selection = areas as Rect[];
  const first = selection[0] as Rect;
  return { selection, activeCell: { row: first.r0, column: first.c0 } };
}

/** Every cell that holds a value or formula, with that value or formula. */
export function userContent<F>(grid: FakeGrid<F>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, cell] of grid.cells) {
    if (cell.value !== '' || cell.formula !== undefined) out[key] = cell.formula ?? cell.value;
  }
  return out;
}
