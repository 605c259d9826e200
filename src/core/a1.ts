// The one A1 module: column letters, cells, rectangles and multi-area addresses, with sheet names
// quoted as Excel and WPS write them ('Q1, 2024'!F2:F9, 'It''s'!A1). Rectangles are 0-based.

export interface Rect {
  /** 0-based first row. */
  r0: number;
  c0: number;
  /** 0-based last row (inclusive). */
  r1: number;
  c1: number;
}

/** A cell as the core counts it: 0-based column, 1-based sheet row (as Excel shows it). */
export interface CellRef {
  col: number;
  row: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

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

/** 'B3' from a 0-based column and a 1-based row. */
export const toA1 = (col: number, row: number): string => `${columnLetter(col)}${row}`;

/** 'B3' from 0-based row and column. */
export const cellAddress = (row: number, column: number): string => toA1(column, row + 1);

export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1
    ? first
    : `${first}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Sheet names that need no quotes: a letter or CJK first, then letters, digits, _ . or CJK. */
const PLAIN_SHEET = /^[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*$/;

/** The sheet name as an address prefix writes it: quoted when needed, apostrophes doubled. */
export function quoteSheet(name: string): string {
  const looksLikeCell = CELL.test(name) || /^R\d*C\d*$/i.test(name);
  return PLAIN_SHEET.test(name) && !looksLikeCell ? name : `'${name.replace(/'/g, "''")}'`;
}

export const sheetAddress = (sheet: string, local: string): string =>
  `${quoteSheet(sheet)}!${local}`;

/** Splits "Sheet1!B3:H20" or "'It''s'!B3" into sheet name and the rest; null when malformed. */
export function splitSheet(address: string): { sheet: string | null; local: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let name = '';
    let i = 1;
    for (; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === "'" && text[i + 1] === "'") {
        name += "'";
        i += 1;
      } else if (ch === "'") {
        break;
      } else {
        name += ch;
      }
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheet: name, local: text.slice(i + 2).trim() };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: text };
  return { sheet: text.slice(0, bang).trim(), local: text.slice(bang + 1).trim() };
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const column = columnIndex(match[1] ?? 'A');
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return null;
  return { row, column };
}

function parseLocalRect(local: string): Rect | null {
  const columns = WHOLE_COLUMNS.exec(local);
  if (columns) {
    const a = columnIndex(columns[1] ?? 'A');
    const b = columnIndex(columns[2] ?? 'A');
    if (a >= MAX_COLUMNS || b >= MAX_COLUMNS) return null;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(a, b), c1: Math.max(a, b) };
  }
  const rows = WHOLE_ROWS.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) return null;
    return { r0: Math.min(a, b), r1: Math.max(a, b), c0: 0, c1: MAX_COLUMNS - 1 };
  }
  const [first, second, extra] = local.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (!start || !end) return null;
  return {
    r0: Math.min(start.row, end.row),
    r1: Math.max(start.row, end.row),
    c0: Math.min(start.column, end.column),
    c1: Math.max(start.column, end.column),
  };
}

/** One rectangular area ('B3', 'B3:H20', 'A:C', '3:5'), with or without a sheet prefix. */
export function parseRect(address: string): Rect | null {
  const split = splitSheet(address);
  return split ? parseLocalRect(split.local) : null;
}

/** An area with its sheet ('Sheet1' for "Sheet1!A1"; null when the address names none). */
function parseSheetRect(address: string): { sheet: string | null; rect: Rect } | null {
  const split = splitSheet(address);
  const rect = split ? parseLocalRect(split.local) : null;
  return split && rect ? { sheet: split.sheet, rect } : null;
}

/** Splits a multi-area address on commas and semicolons outside quoted sheet names. */
function splitAreas(address: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i += 1) {
    const ch = address[i] ?? '';
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i += 1;
        continue;
      }
      quoted = !quoted;
    }
    if (!quoted && (ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quoted) return null;
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

/** Parses "Sheet1!A1:B2, 'Q1, 2024'!D4" (RangeAreas addresses) into areas with their sheets. */
export function parseSheetAreas(address: string): { sheet: string | null; rect: Rect }[] | null {
  const parts = splitAreas(address);
  if (!parts) return null;
  const areas: { sheet: string | null; rect: Rect }[] = [];
  for (const part of parts) {
    const area = parseSheetRect(part);
    if (!area) return null;
    areas.push(area);
  }
  return areas;
}

/** The rectangles of a multi-area address (sheet names dropped). */
export function parseAreas(address: string): Rect[] | null {
  return parseSheetAreas(address)?.map((area) => area.rect) ?? null;
}

/**
 * Top-left cell of a grid's address such as 'B3', '$B$3', 'Sheet1!B3:H20'; anything unreadable
 * → A1. Lenient about the sheet's bounds: a grid read from a file may run past column XFD.
 */
export function parseAddress(address: unknown): CellRef {
  if (typeof address !== 'string') return { col: 0, row: 1 };
  const local = splitSheet(address)?.local ?? '';
  const match = CELL.exec(local.split(':')[0]?.trim() ?? '');
  if (!match) return { col: 0, row: 1 };
  const row = Number(match[2]);
  return { col: columnIndex(match[1] ?? 'A'), row: row >= 1 ? row : 1 };
}

/** A single-cell address without sheet prefix → column index and 1-based row (no bounds check). */
export function splitA1(cell: string): CellRef | null {
  const match = CELL.exec(cell);
  return match ? { col: columnIndex(match[1] ?? 'A'), row: Number(match[2]) } : null;
}

export const rowCount = (rect: Rect): number => rect.r1 - rect.r0 + 1;
export const columnCount = (rect: Rect): number => rect.c1 - rect.c0 + 1;

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && column >= rect.c0 && column <= rect.c1;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const r1 = Math.min(a.r1, b.r1);
  const c0 = Math.max(a.c0, b.c0);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, r1, c0, c1 } : null;
}

export function boundingRect(rects: readonly Rect[]): Rect | null {
  const [first, ...rest] = rects;
  if (!first) return null;
  return rest.reduce(
    (box, r) => ({
      r0: Math.min(box.r0, r.r0),
      r1: Math.max(box.r1, r.r1),
      c0: Math.min(box.c0, r.c0),
      c1: Math.max(box.c1, r.c1),
    }),
    first,
  );
}
