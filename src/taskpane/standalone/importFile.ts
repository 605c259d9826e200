// A user's .xlsx/.csv file → a table, parsed in the browser; the readers are loaded on first use.
import type { StringKey } from '../i18n/strings';
import type { LoadedTable } from './memoryWorkbook';

export type ImportResult = { ok: true; table: LoadedTable } | { ok: false; reason: StringKey };

const CSV_REASONS = {
  empty: 'importEmpty',
  'unknown-encoding': 'importEncoding',
  binary: 'importBinary',
} as const satisfies Record<string, StringKey>;

const XLSX_REASONS = {
  'not-xlsx': 'importNotXlsx',
  encrypted: 'importEncrypted',
  corrupt: 'importCorrupt',
  'no-sheet': 'importNoSheet',
} as const satisfies Record<string, StringKey>;

const extensionOf = (name: string): string => name.toLowerCase().split('.').pop() ?? '';

export async function importBytes(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const extension = extensionOf(name);
  if (extension === 'csv' || extension === 'txt') {
    const { parseCsv } = await import(/* webpackChunkName: "csv" */ '../../core/import/csv');
    const result = parseCsv(bytes);
    if (!result.ok) return { ok: false, reason: CSV_REASONS[result.reason] };
    return { ok: true, table: { grid: result.grid, sheetName: name } };
  }
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xls') {
    const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../core/import/xlsx');
    const result = await readXlsx(bytes);
    if (!result.ok) return { ok: false, reason: XLSX_REASONS[result.reason] };
    return { ok: true, table: { grid: result.grid, sheetName: result.sheetName } };
  }
  return { ok: false, reason: 'importType' };
}

export async function importFile(file: File): Promise<ImportResult> {
  return importBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
