// Small cell helpers shared by the planners and the Excel I/O: keys, runs of rows, grouping.

export interface CellAt {
  /** 0-based sheet row and column. */
  row: number;
  column: number;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export function fromKey(key: string): CellAt {
  const [row = 0, column = 0] = key.split(',').map(Number);
  return { row, column };
}

/** Runs of consecutive rows per column, so that one range covers each run. */
export function runs(cells: readonly CellAt[]): { column: number; first: number; last: number }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: { column: number; first: number; last: number }[] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    if (last && last.column === cell.column && last.last + 1 === cell.row) last.last = cell.row;
    else if (!last || last.column !== cell.column || last.last !== cell.row)
      out.push({ column: cell.column, first: cell.row, last: cell.row });
  }
  return out;
}

/** Groups cells by a string key (a colour, or '' for "no fill"). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
