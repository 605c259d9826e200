// The Excel adapter's fixture table on a fake WPS 表格 sheet, and helpers shared by the WPS tests.
import { checkTable, decodeMarksXml, MARKS_NAMESPACE } from '../../src/core';
import type { CheckReport, MarksRecord, SourceData } from '../../src/core';
import { WpsWorkbook } from '../../src/wps/wpsWorkbook';
import { TABLE } from '../office/fixtures';
import { installFakeWps } from './fake/install';
import type { FakeWps } from './fake/install';
import { FakeBook } from './fake/model';
import type { FakeEtSheet, Value } from './fake/model';

export { TABLE };

export interface Setup extends FakeWps {
  sheet: FakeEtSheet;
  workbook: WpsWorkbook;
}

/** The fixture table at B2 (title), header B3, indicators B4:F8; the cursor in C5. */
export function setup(options: { rows?: Value[][]; at?: string; cursor?: string } = {}): Setup {
  const book = new FakeBook();
  const sheet = book.addSheet('Sheet1').put(options.at ?? 'B2', options.rows ?? TABLE);
  book.select(options.cursor ?? 'C5');
  const wps = installFakeWps(book);
  return { ...wps, sheet, workbook: new WpsWorkbook(() => wps.app) };
}

export function check(source: SourceData): CheckReport {
  return checkTable(source.grid, { asOf: '2026-06-30' });
}

/** Reads, checks and marks as the ribbon's 一键核验 does. */
export async function checkAndMark(
  s: Setup,
  mode: 'column' | 'sheet' = 'column',
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
) {
  const source = await s.workbook.readSource('auto');
  const report = check(source);
  const summary = await s.workbook.writeMarks(report, source, { mode, locale });
  return { source, report, summary };
}

/** The marks record as the workbook's custom XML part holds it (null: no part). */
export function storedMarks(book: FakeBook): MarksRecord | null {
  const parts = book.partsIn(MARKS_NAMESPACE);
  if (parts.length > 1) throw new Error(`${parts.length} marks parts`);
  const [part] = parts;
  if (!part) return null;
  const read = decodeMarksXml(part.xml);
  if (read.corrupted) throw new Error('marks part unreadable');
  return read.record;
}

/** Every cell that holds a value or formula, with that value or formula. */
export function userContent(sheet: FakeEtSheet): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, cell] of sheet.cells) {
    if (cell.value !== '' || cell.formula !== undefined) out[key] = cell.formula ?? cell.value;
  }
  return out;
}

export function changedUserCells(before: Record<string, Value>, after: Record<string, Value>) {
  return Object.keys(before).filter((key) => after[key] !== before[key]);
}

/** '#FFEB9C' as WPS stores it (BGR). */
export const bgr = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
