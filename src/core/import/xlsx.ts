// .xlsx file → CellGrid of the used range of one sheet, via exceljs (loaded on first use).
import type { CellGrid, CellValue } from '../types';
import { toA1 } from '../a1';
import { plainCellValue } from './cellValue';
import { sniffContainer } from './container';
import { loadExcelJs } from './loadExcelJs';

export type XlsxFailure = 'not-xlsx' | 'encrypted' | 'corrupt' | 'no-sheet';
export type XlsxResult =
  | { ok: true; grid: CellGrid; sheetName: string; sheetNames: string[] }
  | { ok: false; reason: XlsxFailure; detail?: string; sheetNames?: string[] };

type Worksheet = import('exceljs').Worksheet;

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A copy that owns exactly these bytes: exceljs needs an ArrayBuffer, not a Node Buffer. */
const ownArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/** The stored cells with content, in four parallel lists (no object per cell: 10,000 rows hold 50,000). */
interface StoredCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: string[];
}

/** One pass over the stored cells; merged cells other than the top-left one read as blank. */
function storedCells(sheet: Worksheet): StoredCells {
  const cells: StoredCells = { rows: [], cols: [], values: [], formats: [] };
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const raw = cell.value;
      if (raw === null || raw === undefined || (cell.isMerged && cell.master !== cell)) return;
      cells.rows.push(r);
      cells.cols.push(c);
      cells.values.push(plainCellValue(raw));
      cells.formats.push(cell.numFmt || 'General');
    });
  });
  return cells;
}

/** The used range: the smallest rectangle holding every cell with content. */
function sheetGrid(sheet: Worksheet): CellGrid {
  const { rows, cols, values: stored, formats } = storedCells(sheet);
  if (rows.length === 0) return { values: [[null]], numberFormat: [['General']], address: 'A1' };
  // eachRow goes down the sheet: the first and last rows are the used range's.
  const top = rows[0] as number;
  const bottom = rows[rows.length - 1] as number;
  let left = Infinity;
  let right = 0;
  for (const col of cols) {
    if (col < left) left = col;
    if (col > right) right = col;
  }
  const width = right - left + 1;
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array(width).fill(null));
  const numberFormat: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill('General'),
  );
  for (let i = 0; i < rows.length; i++) {
    const r = (rows[i] as number) - top;
    const c = (cols[i] as number) - left;
    (values[r] as CellValue[])[c] = stored[i] as CellValue;
    (numberFormat[r] as string[])[c] = formats[i] as string;
  }
  return { values, numberFormat, address: toA1(left - 1, top) };
}

export async function readXlsx(
  bytes: Uint8Array,
  options: { sheet?: string } = {},
): Promise<XlsxResult> {
  const container = sniffContainer(bytes);
  if (container === 'encrypted') return { ok: false, reason: 'encrypted' };
  if (container === 'legacy-xls') return { ok: false, reason: 'not-xlsx', detail: 'xls' };
  if (container === 'other-zip') return { ok: false, reason: 'not-xlsx', detail: 'zip' };
  if (container === 'other') return { ok: false, reason: 'not-xlsx' };

  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types say Buffer; it hands the data to JSZip, which reads an ArrayBuffer too.
    await workbook.xlsx.load(ownArrayBuffer(bytes) as never);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: errorText(error) };
  }
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const sheet =
    options.sheet === undefined
      ? workbook.worksheets[0]
      : workbook.worksheets.find((candidate) => candidate.name === options.sheet);
  if (!sheet) {
    return options.sheet === undefined
      ? { ok: false, reason: 'no-sheet' }
      : { ok: false, reason: 'no-sheet', detail: options.sheet, sheetNames };
  }
  return { ok: true, grid: sheetGrid(sheet), sheetName: sheet.name, sheetNames };
}
