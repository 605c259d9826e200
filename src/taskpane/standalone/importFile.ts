// A user's .xlsx/.csv file → a table, parsed in the browser; the reader loads on first use.
import type { ReadFileFailure } from '../../core';
import type { StringKey } from '../i18n/strings';
import type { LoadedTable } from './memoryWorkbook';

export type ImportResult = { ok: true; table: LoadedTable } | { ok: false; reason: StringKey };

const REASONS = {
  empty: 'importEmpty',
  'unknown-encoding': 'importEncoding',
  binary: 'importBinary',
  'legacy-xls': 'importLegacyXls',
  'not-xlsx': 'importNotXlsx',
  encrypted: 'importEncrypted',
  corrupt: 'importCorrupt',
  'no-sheet': 'importNoSheet',
  'sheet-missing': 'importNoSheet',
} as const satisfies Record<ReadFileFailure, StringKey>;

export async function importBytes(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const { readWorkbookFile } = await import(/* webpackChunkName: "reader" */ '../../core');
  const result = await readWorkbookFile(name, bytes);
  if (!result.ok) return { ok: false, reason: REASONS[result.reason] };
  return { ok: true, table: { grid: result.grid, sheetName: result.sheetName ?? name } };
}

export async function importFile(file: File): Promise<ImportResult> {
  return importBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
