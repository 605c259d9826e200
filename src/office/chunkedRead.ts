// Reading a block too large for one response (Excel on the web caps requests and responses at
// 5 MB): rows in chunks sized from an estimate of the bytes per cell, halved if still too big.
import type { CellValue } from '../core';
import { columnCount, MAX_COLUMNS } from './a1';
import type { Rect } from './a1';
import { officeErrorCode } from './errors';
import type { LoadedBlock } from './grid';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom under the limit for JSON framing and the other properties of the batch. */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;
/** Value + number format of one cell as JSON, generous for Chinese text sent as \uXXXX escapes. */
export const BYTES_PER_CELL = 96;

export function estimateBytes(rows: number, columns: number): number {
  return rows * columns * BYTES_PER_CELL;
}

export function chunkRows(columns: number, budget = CHUNK_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * BYTES_PER_CELL)));
}

const TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/**
 * Values and number formats of `rect`, plus the formulas of the column right of it (so a
 * formula cell there counts as occupied), as one block.
 */
export async function readChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  counter: RoundTripCounter | undefined,
): Promise<LoadedBlock> {
  const width = columnCount(rect);
  const withNeighbour = rect.c1 + 1 < MAX_COLUMNS;
  const values: CellValue[][] = [];
  const numberFormat: string[][] = [];
  let size = chunkRows(width + 1);
  let start = rect.r0;
  while (start <= rect.r1) {
    const rows = Math.min(size, rect.r1 - start + 1);
    const body = sheet.getRangeByIndexes(start, rect.c0, rows, width);
    body.load(['values', 'numberFormat']);
    const next = withNeighbour ? sheet.getRangeByIndexes(start, rect.c1 + 1, rows, 1) : null;
    next?.load('formulas');
    try {
      await syncCounted(context, counter);
    } catch (error) {
      if (!TOO_LARGE.has(officeErrorCode(error) ?? '') || size === 1) throw error;
      size = Math.ceil(size / 2);
      continue;
    }
    for (let i = 0; i < rows; i += 1) {
      const formula = next ? ((next.formulas as CellValue[][])[i]?.[0] ?? '') : null;
      const rowValues = (body.values as CellValue[][])[i] ?? [];
      const rowFormats = (body.numberFormat as string[][])[i] ?? [];
      values.push(formula === null ? rowValues : [...rowValues, formula]);
      numberFormat.push(formula === null ? rowFormats : [...rowFormats, 'General']);
    }
    start += rows;
  }
  return { rect: { ...rect, c1: withNeighbour ? rect.c1 + 1 : rect.c1 }, values, numberFormat };
}
