// Cuts the chosen block out of what the host loaded and hides our own status cells from it, so a
// re-check does not read our column as data.
import { cellAddress, intersect } from '../../a1';
import type { Rect } from '../../a1';
import { isEmptyValue } from '../../marks/labels';
import type { CellGrid, CellValue } from '../../types';
import { cellKey } from './cells';

export interface LoadedBlock {
  rect: Rect;
  values: CellValue[][];
  numberFormat: string[][];
}

export function valueAt(block: LoadedBlock, row: number, column: number): CellValue {
  return block.values[row - block.rect.r0]?.[column - block.rect.c0] ?? '';
}

function formatAt(block: LoadedBlock, row: number, column: number): string {
  return block.numberFormat[row - block.rect.r0]?.[column - block.rect.c0] ?? 'General';
}

/**
 * The grid for `rect` (cells outside the loaded block are empty), with the cells in `hidden`
 * blanked and trailing empty columns dropped. Columns up to `keepThrough` (an Excel table's
 * own columns) are dropped only if they held hidden cells (our status column). Null when
 * nothing is left.
 */
export function cutGrid(
  block: LoadedBlock,
  rect: Rect,
  hidden: ReadonlySet<string>,
  keepThrough = -1,
): { grid: CellGrid; rect: Rect } | null {
  let c1 = rect.c1;
  const loaded = intersect(block.rect, rect);
  const valueOf = (row: number, column: number): CellValue =>
    hidden.has(cellKey(row, column)) || !loaded ? '' : valueAt(block, row, column);
  const columnEmpty = (column: number): boolean => {
    for (let row = rect.r0; row <= rect.r1; row += 1)
      if (!isEmptyValue(valueOf(row, column))) return false;
    return true;
  };
  const hasHidden = (column: number): boolean => {
    for (let row = rect.r0; row <= rect.r1; row += 1)
      if (hidden.has(cellKey(row, column))) return true;
    return false;
  };
  while (c1 >= rect.c0 && columnEmpty(c1) && (c1 > keepThrough || hasHidden(c1))) c1 -= 1;
  if (c1 < rect.c0) return null;

  const values: CellValue[][] = [];
  const numberFormat: string[][] = [];
  for (let row = rect.r0; row <= rect.r1; row += 1) {
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let column = rect.c0; column <= c1; column += 1) {
      rowValues.push(valueOf(row, column));
      rowFormats.push(formatAt(block, row, column));
    }
    values.push(rowValues);
    numberFormat.push(rowFormats);
  }
  return {
    grid: { values, numberFormat, address: cellAddress(rect.r0, rect.c0) },
    rect: { ...rect, c1 },
  };
}
