// A user's .xlsx/.csv file → a table, parsed in the browser by the pane's engine (a worker where
// there is one); loaded with the first import. The table is checked at once, with the settings of
// the moment, while the pane shows it: the check the user then asks for is that one (the engine
// checks the same grid with the same options once), unless a setting changed meanwhile.
import type { ReadFileFailure } from '../../core';
import type { StringKey } from '../i18n/strings';
import { paneEngine } from '../worker/engine';
import type { Engine } from '../worker/engine';
import { optionsAhead, readSource } from '../worker/protocol';
import type { CheckAhead } from '../worker/protocol';
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

type Reader = Pick<Engine, 'read'> & Partial<Pick<Engine, 'check'>>;

export async function importBytes(
  name: string,
  bytes: Uint8Array,
  engine?: Reader,
  ahead?: CheckAhead,
): Promise<ImportResult> {
  const reader = engine ?? (await paneEngine());
  const result = await reader.read(name, bytes, ahead);
  if (!result.ok) return { ok: false, reason: REASONS[result.reason] };
  const { grid, sheetName } = readSource(result, name);
  if (ahead && reader.check) {
    const options = optionsAhead(ahead, { grid, sheetName });
    reader.check(grid, options).catch(() => undefined); // the user's check reports any failure
  }
  return {
    ok: true,
    table: { grid, sheetName, ...(result.kind === 'xlsx' ? { fileName: name } : {}) },
  };
}

export async function importFile(
  file: File,
  engine?: Reader,
  ahead?: CheckAhead,
): Promise<ImportResult> {
  return importBytes(file.name, new Uint8Array(await file.arrayBuffer()), engine, ahead);
}
