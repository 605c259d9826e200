// CSV file → CellGrid. Detects the encoding (UTF-8 with or without BOM, GB18030/GBK as Excel on
// Chinese Windows writes it) and refuses anything it cannot decode rather than show mojibake.
import Papa from 'papaparse';
import type { CellGrid } from '../types';
import { decodeGb18030, decodeStrict } from './decode';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';
export type CsvFailure = 'empty' | 'unknown-encoding' | 'binary';
export type CsvResult =
  { ok: true; grid: CellGrid; encoding: CsvEncoding } | { ok: false; reason: CsvFailure };

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];
const BINARY_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04], // zip (xlsx, docx)
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE (xls, encrypted xlsx)
  [0x25, 0x50, 0x44, 0x46], // %PDF
];

/** NUL bytes or many control characters in the first 8 KB mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length / 10;
}

type Decoded = { text: string; encoding: CsvEncoding } | { reason: CsvFailure };

function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF8_BOM)) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    return text === null ? { reason: 'unknown-encoding' } : { text, encoding: 'utf-8-bom' };
  }
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) return { reason: 'unknown-encoding' };
  if (looksBinary(bytes)) return { reason: 'binary' };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = decodeGb18030(bytes);
  return gb === null ? { reason: 'unknown-encoding' } : { text: gb, encoding: 'gb18030' };
}

/** Papa guesses from the first rows; blank lines would skew its field counts, so skip them here. */
function guessDelimiter(text: string): string {
  const head = Papa.parse<string[]>(text.slice(0, 65536), {
    preview: 10,
    skipEmptyLines: 'greedy',
  });
  return head.meta.delimiter || ',';
}

/** Rows as records (blank lines kept, so row numbers match the file); trailing blank lines dropped;
 * ragged rows padded with '' to a rectangle. */
function toRows(text: string): string[][] {
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = parsed.data.filter(Array.isArray);
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell.trim() === '')) {
    rows.pop();
  }
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) =>
    row.length === width ? row : [...row, ...new Array<string>(width - row.length).fill('')],
  );
}

export function parseCsv(bytes: Uint8Array): CsvResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const decoded = decode(bytes);
  if ('reason' in decoded) return { ok: false, reason: decoded.reason };
  const rows = toRows(decoded.text);
  if (rows.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, grid: { values: rows, address: 'A1' }, encoding: decoded.encoding };
}
