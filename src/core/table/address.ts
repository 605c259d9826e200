// A1 addresses: column letters ↔ 0-based column indexes, sheet rows are 1-based as Excel shows them.

export interface CellRef {
  /** 0-based column index (A = 0). */
  col: number;
  /** 1-based sheet row. */
  row: number;
}

const ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Top-left cell of an address such as 'B3', '$B$3', 'Sheet1!B3:H20'; anything unreadable → A1. */
export function parseAddress(address: unknown): CellRef {
  if (typeof address !== 'string') return { col: 0, row: 1 };
  const afterSheet = address.slice(address.lastIndexOf('!') + 1);
  const topLeft = afterSheet.split(':')[0]?.trim() ?? '';
  const match = ADDRESS.exec(topLeft);
  if (!match) return { col: 0, row: 1 };
  const row = Number(match[2]);
  return { col: columnIndex(match[1] ?? 'A'), row: row >= 1 ? row : 1 };
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

export function columnLetter(col: number): string {
  let n = Math.max(0, Math.floor(col)) + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function toA1(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Parses an A1 address without sheet prefix back into column index and row. */
export function splitA1(cell: string): CellRef | null {
  const match = ADDRESS.exec(cell);
  return match ? { col: columnIndex(match[1] ?? 'A'), row: Number(match[2]) } : null;
}
