// Input file → CellGrid through the core's one reader, every failure a CliError naming the file.
import { readFile } from 'node:fs/promises';
import { readWorkbookFile, type CellGrid, type FileKind, type ReadFileFailure } from '../core';
import { CliError, type CliErrorCode } from './errors';

export interface InputTable {
  file: string;
  kind: FileKind;
  bytes: Uint8Array;
  grid: CellGrid;
  sheetName: string | null;
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

const ERRORS: Record<ReadFileFailure, CliErrorCode> = {
  empty: 'csv-empty',
  'unknown-encoding': 'csv-encoding',
  binary: 'csv-binary',
  'legacy-xls': 'xlsx-legacy',
  'not-xlsx': 'xlsx-not-workbook',
  encrypted: 'xlsx-encrypted',
  corrupt: 'xlsx-corrupt',
  'no-sheet': 'xlsx-no-sheet',
  'sheet-missing': 'xlsx-sheet-missing',
};

export async function readInput(file: string, sheet?: string): Promise<InputTable> {
  const bytes = await readBytes(file);
  const result = await readWorkbookFile(file, bytes, sheet === undefined ? {} : { sheet });
  if (result.ok) {
    return { file, kind: result.kind, bytes, grid: result.grid, sheetName: result.sheetName };
  }
  throw new CliError(ERRORS[result.reason], {
    file,
    detail: result.detail ?? '',
    sheet: sheet ?? '',
    sheets: (result.sheetNames ?? []).join(', '),
  });
}
