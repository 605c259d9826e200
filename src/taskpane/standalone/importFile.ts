// A user's .xlsx/.csv file → a table, parsed in the browser by the pane's engine (a worker where
// there is one); loaded with the first import.
import type { ReadFileFailure } from '../../core';
import type { StringKey } from '../i18n/strings';
import { paneEngine } from '../worker/engine';
import type { Engine } from '../worker/engine';
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

export async function importBytes(
  name: string,
  bytes: Uint8Array,
  engine?: Pick<Engine, 'read'>,
): Promise<ImportResult> {
  const result = await (engine ?? (await paneEngine())).read(name, bytes);
  if (!result.ok) return { ok: false, reason: REASONS[result.reason] };
  const sheetName = result.sheetName ?? name;
  // A CSV has no sheet: its name is the file's.
  return {
    ok: true,
    table: { grid: result.grid, sheetName, ...(result.kind === 'xlsx' ? { fileName: name } : {}) },
  };
}

export async function importFile(file: File, engine?: Pick<Engine, 'read'>): Promise<ImportResult> {
  return importBytes(file.name, new Uint8Array(await file.arrayBuffer()), engine);
}
