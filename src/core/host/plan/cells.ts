// Cell keys, runs of rows and grouping for the hosts' planners and I/O (0-based rows and columns).

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

export interface Run {
  column: number;
  first: number;
  last: number;
}

/** Runs of consecutive rows per column, so that one range covers each run. */
export function runs(cells: readonly CellAt[]): Run[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: Run[] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    if (last && last.column === cell.column && last.last + 1 === cell.row) last.last = cell.row;
    else if (!last || last.column !== cell.column || last.last !== cell.row)
      out.push({ column: cell.column, first: cell.row, last: cell.row });
  }
  return out;
}

/** Groups items by a string key (a colour, or '' for "no fill"). */
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

/** Two fills are the same colour ('#RRGGBB', any case); null or undefined never is. */
export const sameColor = (a: string | null | undefined, b: string): boolean =>
  typeof a === 'string' && a.toUpperCase() === b.toUpperCase();
