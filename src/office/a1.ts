// A1 addresses ↔ 0-based rectangles, as Office.js rowIndex/columnIndex count them.
import { columnIndex, columnLetter } from '../core/table/address';

export interface Rect {
  /** 0-based first row. */
  r0: number;
  c0: number;
  /** 0-based last row (inclusive). */
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** 0-based column index ↔ letters, as the core counts them. */
export const columnLetters = columnLetter;
export const columnNumber = columnIndex;

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1
    ? first
    : `${first}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Splits 'Sheet1!B3:H20' or "'My sheet'!B3" into sheet name and the rest. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const column = columnNumber(match[1] ?? 'A');
  if (row < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) return null;
  return { row, column };
}

/** Parses one rectangular area ('B3', 'B3:H20', 'A:C', '3:5'), with or without a sheet prefix. */
export function parseRect(address: string): Rect | null {
  const { local } = splitSheet(address);
  const columns = WHOLE_COLUMNS.exec(local);
  if (columns) {
    const a = columnNumber(columns[1] ?? 'A');
    const b = columnNumber(columns[2] ?? 'A');
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(a, b), c1: Math.max(a, b) };
  }
  const rows = WHOLE_ROWS.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    if (a < 0 || b < 0) return null;
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

/** Parses 'Sheet1!A1:B2, Sheet1!D4' (RangeAreas addresses) into rectangles. */
export function parseAreas(address: string): Rect[] | null {
  const rects: Rect[] = [];
  for (const part of address.split(/[,;]/)) {
    if (part.trim() === '') continue;
    const rect = parseRect(part);
    if (!rect) return null;
    rects.push(rect);
  }
  return rects;
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
