// .xlsx file → CellGrid of the used range of one sheet, via exceljs (loaded on first use).
import type { CellGrid, CellValue } from '../types';
import { a1 } from './a1';
import { plainCellValue } from './cellValue';
import { sniffContainer } from './container';

export type XlsxFailure = 'not-xlsx' | 'encrypted' | 'corrupt' | 'no-sheet';
export type XlsxResult =
  | { ok: true; grid: CellGrid; sheetName: string; sheetNames: string[] }
  | { ok: false; reason: XlsxFailure; detail?: string };

type ExcelJsModule = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

/** Node gives the CommonJS exports directly, bundlers may wrap them in `default`. */
async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.Workbook ? mod : (mod.default ?? mod);
}

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A copy that owns exactly these bytes: exceljs needs an ArrayBuffer, not a Node Buffer. */
const ownArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function usedBounds(sheet: Worksheet): Bounds | null {
  let bounds: Bounds | null = null;
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const hasContent = cell.value !== null && cell.value !== undefined;
      if (!hasContent || (cell.isMerged && cell.master !== cell)) return;
      if (!bounds) bounds = { top: r, left: c, bottom: r, right: c };
      bounds.top = Math.min(bounds.top, r);
      bounds.bottom = Math.max(bounds.bottom, r);
      bounds.left = Math.min(bounds.left, c);
      bounds.right = Math.max(bounds.right, c);
    });
  });
  return bounds;
}

function sheetGrid(sheet: Worksheet): CellGrid {
  const bounds = usedBounds(sheet);
  if (!bounds) return { values: [[null]], numberFormat: [['General']], address: 'A1' };
  const { top, left, bottom, right } = bounds;
  const values: CellValue[][] = [];
  const numberFormat: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = sheet.getRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      const isSlave = cell.isMerged && cell.master !== cell;
      rowValues.push(isSlave ? null : plainCellValue(cell.value));
      rowFormats.push(cell.numFmt || 'General');
    }
    values.push(rowValues);
    numberFormat.push(rowFormats);
  }
  return { values, numberFormat, address: a1(top, left) };
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
      : { ok: false, reason: 'no-sheet', detail: options.sheet };
  }
  return { ok: true, grid: sheetGrid(sheet), sheetName: sheet.name, sheetNames };
}
