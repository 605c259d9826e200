// Reading and setting many cells' fills with few actions, so large tables stay far below the
// 5 MB request limit: with ExcelApi 1.9, one getCellProperties per column to read and one
// RangeAreas per colour to write; before 1.9, one action per run of adjacent cells. (Excel on
// the web, the only host with the 5 MB limit, always has 1.9.)
import { cellAddress, cellKey, runs } from '../../core';
import type { CellAt as Cell } from '../../core';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

/** Areas per RangeAreas address, to keep each address string short. */
const AREAS_PER_CALL = 300;

/** Queues reads of the fill colours of `cells`; the returned function gives them after sync. */
export function queueFillRead(
  sheet: Excel.Worksheet,
  cells: readonly Cell[],
  rangeAreas: boolean,
): () => Map<string, string> {
  if (!rangeAreas) {
    const probes = cells.map((cell) => {
      const fill = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).format.fill;
      fill.load('color');
      return { key: cellKey(cell.row, cell.column), fill };
    });
    return () => new Map(probes.map((p) => [p.key, p.fill.color]));
  }
  const byColumn = new Map<number, { first: number; last: number }>();
  for (const { row, column } of cells) {
    const span = byColumn.get(column);
    byColumn.set(
      column,
      span
        ? { first: Math.min(span.first, row), last: Math.max(span.last, row) }
        : { first: row, last: row },
    );
  }
  const reads = [...byColumn].map(([column, { first, last }]) => ({
    column,
    first,
    result: sheet
      .getRangeByIndexes(first, column, last - first + 1, 1)
      .getCellProperties({ format: { fill: { color: true } } }),
  }));
  return () => {
    const colors = new Map<string, string>();
    for (const { column, first, result } of reads) {
      result.value.forEach((row, i) => {
        const color = row[0]?.format?.fill?.color;
        if (color !== undefined) colors.set(cellKey(first + i, column), color);
      });
    }
    return colors;
  };
}

/**
 * Fill colours read per batch: one getCellProperties entry is ~60 bytes of UTF-8 JSON, so 40,000
 * stay well under Excel on the web's 5 MB response (see chunkedRead.ts).
 */
export const FILLS_PER_BATCH = 40_000;

export async function readFillsInBatches(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: readonly Cell[],
  deps: { capabilities: { rangeAreas: boolean }; counter?: RoundTripCounter | undefined },
): Promise<Map<string, string>> {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const colors = new Map<string, string>();
  for (let i = 0; i < sorted.length; i += FILLS_PER_BATCH) {
    const read = queueFillRead(
      sheet,
      sorted.slice(i, i + FILLS_PER_BATCH),
      deps.capabilities.rangeAreas,
    );
    await syncCounted(context, deps.counter);
    for (const [key, color] of read()) colors.set(key, color);
  }
  return colors;
}

function addressChunks(cells: readonly Cell[]): string[] {
  const areas = runs(cells).map((run) =>
    run.first === run.last
      ? cellAddress(run.first, run.column)
      : `${cellAddress(run.first, run.column)}:${cellAddress(run.last, run.column)}`,
  );
  const chunks: string[] = [];
  for (let i = 0; i < areas.length; i += AREAS_PER_CALL) {
    chunks.push(areas.slice(i, i + AREAS_PER_CALL).join(','));
  }
  return chunks;
}

/** Queues `apply` on the fill of every cell in `cells`, grouped as few ranges as possible. */
export function queueFillChange(
  sheet: Excel.Worksheet,
  cells: readonly Cell[],
  rangeAreas: boolean,
  apply: (fill: Excel.RangeFill) => void,
): void {
  if (cells.length === 0) return;
  if (rangeAreas) {
    for (const address of addressChunks(cells)) apply(sheet.getRanges(address).format.fill);
    return;
  }
  for (const run of runs(cells)) {
    apply(sheet.getRangeByIndexes(run.first, run.column, run.last - run.first + 1, 1).format.fill);
  }
}
