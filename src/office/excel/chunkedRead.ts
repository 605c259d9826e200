// Reading a block too large for one response (Excel on the web caps requests and responses at
// 5 MB): rows in chunks sized from an estimate of the bytes per cell, halved if still too big.
import { columnCount } from '../../core';
import type { CellValue, LoadedBlock, Rect } from '../../core';
import { CHUNK_BUDGET_BYTES } from '../plan/limits';
import { officeErrorCode } from './errors';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

export { CHUNK_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES } from '../plan/limits';
/** Value + number format of one cell as JSON, generous for Chinese text sent as \uXXXX escapes. */
export const BYTES_PER_CELL = 96;

export function estimateBytes(rows: number, columns: number): number {
  return rows * columns * BYTES_PER_CELL;
}

export function chunkRows(columns: number, budget = CHUNK_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / estimateBytes(1, Math.max(1, columns))));
}

const TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/** Values and number formats of `rect`, in as few batches as the payload limit allows. */
export async function readChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  counter: RoundTripCounter | undefined,
): Promise<LoadedBlock> {
  const width = columnCount(rect);
  const values: CellValue[][] = [];
  const numberFormat: string[][] = [];
  let size = chunkRows(width);
  let start = rect.r0;
  while (start <= rect.r1) {
    const rows = Math.min(size, rect.r1 - start + 1);
    const body = sheet.getRangeByIndexes(start, rect.c0, rows, width);
    body.load(['values', 'numberFormat']);
    try {
      await syncCounted(context, counter);
    } catch (error) {
      if (!TOO_LARGE.has(officeErrorCode(error) ?? '') || size === 1) throw error;
      size = Math.ceil(size / 2);
      continue;
    }
    values.push(...(body.values as CellValue[][]));
    numberFormat.push(...(body.numberFormat as string[][]));
    start += rows;
  }
  return { rect, values, numberFormat };
}
