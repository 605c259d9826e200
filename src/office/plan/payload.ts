// Splitting a write by rows so that no request passes Excel on the web's 5 MB limit, counted as
// the bytes on the wire (UTF-8 JSON: a Chinese character is 3 bytes).
import { encodeMarksXml } from '../../core';
import type { MarksRecord } from '../../core';
import { CHUNK_BUDGET_BYTES } from './limits';

/** UTF-8 length of `text` without an encoder (this module is pure). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** [first, end) row ranges whose values and number formats each fit `budget` bytes as JSON. */
export function rowChunks(
  values: readonly (readonly unknown[])[],
  numberFormat: readonly (readonly unknown[])[],
  budget = CHUNK_BUDGET_BYTES,
): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, i) => {
    const rowBytes =
      utf8Length(JSON.stringify(row)) + utf8Length(JSON.stringify(numberFormat[i] ?? [])) + 2; // commas
    if (i > start && bytes + rowBytes > budget) {
      chunks.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (values.length > start) chunks.push([start, values.length]);
  return chunks;
}

/** UTF-8 bytes of the records a write stores, together. */
export function recordBytes(records: readonly MarksRecord[]): number {
  return records.reduce((sum, record) => sum + utf8Length(encodeMarksXml(record)), 0);
}
