// A user's file (bytes and name) → a table, by one rule for the CLI and the pane: a zip or OLE
// container is a workbook whatever its name; text is a CSV (also .tsv, .txt and the "Excel"
// exports named .xls that are really text), except under a workbook's name.
import type { CellGrid } from '../types';
import { sniffContainer } from './container';
import { parseCsv } from './csv';
import { readXlsx } from './xlsx';

export type FileKind = 'xlsx' | 'csv';

export type ReadFileFailure =
  | 'empty'
  | 'unknown-encoding'
  | 'binary'
  | 'legacy-xls'
  | 'not-xlsx'
  | 'encrypted'
  | 'corrupt'
  | 'no-sheet'
  | 'sheet-missing';

export type ReadFileResult =
  | { ok: true; kind: FileKind; grid: CellGrid; sheetName: string | null; sheetNames: string[] }
  | {
      ok: false;
      kind: FileKind;
      reason: ReadFileFailure;
      detail?: string;
      /** For 'sheet-missing': the sheets the workbook has. */
      sheetNames?: string[];
    };

const WORKBOOK_NAMES = /\.(xlsx|xlsm)$/i;

export async function readWorkbookFile(
  fileName: string,
  bytes: Uint8Array,
  options: { sheet?: string } = {},
): Promise<ReadFileResult> {
  const container = sniffContainer(bytes);
  if (container === 'other' && !WORKBOOK_NAMES.test(fileName)) {
    const csv = parseCsv(bytes);
    return csv.ok
      ? { ok: true, kind: 'csv', grid: csv.grid, sheetName: null, sheetNames: [] }
      : { ok: false, kind: 'csv', reason: csv.reason };
  }
  const result = await readXlsx(bytes, options.sheet === undefined ? {} : { sheet: options.sheet });
  if (result.ok) {
    const { grid, sheetName, sheetNames } = result;
    return { ok: true, kind: 'xlsx', grid, sheetName, sheetNames };
  }
  const detail = result.detail === undefined ? {} : { detail: result.detail };
  switch (result.reason) {
    case 'not-xlsx':
      return {
        ok: false,
        kind: 'xlsx',
        reason: result.detail === 'xls' ? 'legacy-xls' : 'not-xlsx',
      };
    case 'no-sheet':
      return options.sheet === undefined
        ? { ok: false, kind: 'xlsx', reason: 'no-sheet' }
        : { ok: false, kind: 'xlsx', reason: 'sheet-missing', sheetNames: result.sheetNames ?? [] };
    default:
      return { ok: false, kind: 'xlsx', reason: result.reason, ...detail };
  }
}
