// Input file → CellGrid through the core readers, every failure a CliError naming the file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv, readXlsx, type CellGrid } from '../core';
import { CliError } from './errors';

export interface InputTable {
  file: string;
  kind: 'xlsx' | 'csv';
  bytes: Uint8Array;
  grid: CellGrid;
  sheetName: string | null;
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/** By extension; unknown extensions by content (a zip or OLE file is a workbook, anything else CSV). */
function kindOf(file: string, bytes: Uint8Array): 'xlsx' | 'csv' {
  const extension = path.extname(file).toLowerCase();
  if (XLSX_EXTENSIONS.has(extension)) return 'xlsx';
  if (CSV_EXTENSIONS.has(extension)) return 'csv';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  return zip || ole ? 'xlsx' : 'csv';
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError('file-missing', { file });
    if (code === 'EISDIR') throw new CliError('file-is-directory', { file });
    throw new CliError('file-unreadable', { file, reason: String(code ?? error) });
  }
}

async function xlsxTable(file: string, bytes: Uint8Array, sheet?: string): Promise<InputTable> {
  const result = await readXlsx(bytes, sheet === undefined ? {} : { sheet });
  if (result.ok) {
    return { file, kind: 'xlsx', bytes, grid: result.grid, sheetName: result.sheetName };
  }
  switch (result.reason) {
    case 'encrypted':
      throw new CliError('xlsx-encrypted', { file });
    case 'corrupt':
      throw new CliError('xlsx-corrupt', { file, detail: result.detail ?? '' });
    case 'not-xlsx':
      throw new CliError(result.detail === 'xls' ? 'xlsx-legacy' : 'xlsx-not-workbook', { file });
    case 'no-sheet':
      if (sheet === undefined) throw new CliError('xlsx-no-sheet', { file });
      throw new CliError('xlsx-sheet-missing', {
        file,
        sheet,
        sheets: await sheetList(bytes),
      });
  }
}

async function sheetList(bytes: Uint8Array): Promise<string> {
  const first = await readXlsx(bytes);
  return first.ok ? first.sheetNames.join(', ') : '';
}

function csvTable(file: string, bytes: Uint8Array): InputTable {
  const result = parseCsv(bytes);
  if (result.ok) return { file, kind: 'csv', bytes, grid: result.grid, sheetName: null };
  const code = {
    empty: 'csv-empty',
    'unknown-encoding': 'csv-encoding',
    binary: 'csv-binary',
  } as const;
  throw new CliError(code[result.reason], { file });
}

export async function readInput(file: string, sheet?: string): Promise<InputTable> {
  const bytes = await readBytes(file);
  return kindOf(file, bytes) === 'xlsx' ? xlsxTable(file, bytes, sheet) : csvTable(file, bytes);
}
