// Number formats of a block with few calls: NumberFormat answers one format for a range whose
// cells share it and null when they differ (Excel VBA semantics), so each column is read whole
// and split in halves only where its cells differ (a header above percentages: a handful of calls).
import type { Rect } from '../../core';
import type { EtWorksheet } from '../types';
import { rangeOf } from './sheets';

const GENERAL = 'General';

/** Fills out[row - top] for the rows of `span` (one column). */
function formatsOfSpan(sheet: EtWorksheet, span: Rect, top: number, out: string[]): void {
  const shared = rangeOf(sheet, span).NumberFormat;
  if (typeof shared === 'string' || span.r0 === span.r1) {
    for (let row = span.r0; row <= span.r1; row += 1) out[row - top] = shared ?? GENERAL;
    return;
  }
  const middle = Math.floor((span.r0 + span.r1) / 2);
  formatsOfSpan(sheet, { ...span, r1: middle }, top, out);
  formatsOfSpan(sheet, { ...span, r0: middle + 1 }, top, out);
}

export function numberFormats(sheet: EtWorksheet, rect: Rect): string[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const columns = rect.c1 - rect.c0 + 1;
  const shared = rangeOf(sheet, rect).NumberFormat;
  if (typeof shared === 'string') {
    return Array.from({ length: rows }, () => new Array<string>(columns).fill(shared));
  }
  const byColumn: string[][] = [];
  for (let column = rect.c0; column <= rect.c1; column += 1) {
    const out = new Array<string>(rows).fill(GENERAL);
    formatsOfSpan(sheet, { ...rect, c0: column, c1: column }, rect.r0, out);
    byColumn.push(out);
  }
  return Array.from({ length: rows }, (_, r) => byColumn.map((formats) => formats[r] ?? GENERAL));
}
