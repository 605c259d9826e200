// The Excel adapter's fixture table on a fake WPS 表格 sheet, and helpers shared by the WPS tests.
import { MARKS_NAMESPACE } from '../../src/core';
import type { MarksRecord } from '../../src/core';
import { WpsWorkbook } from '../../src/wps/wpsWorkbook';
import { marksIn } from '../host/fake/marksPart';
import { TABLE } from '../office/fixtures';
import { installFakeWps } from './fake/install';
import type { FakeWps } from './fake/install';
import { FakeBook } from './fake/model';
import type { FakeEtSheet, Value } from './fake/model';

export { TABLE };
export { changedUserCells, check, checkAndMark } from '../host/contract/driver';
export { userContent } from '../host/fake/grid';

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

/** The marks record as the workbook's custom XML part holds it (null: no part). */
export function storedMarks(book: FakeBook): MarksRecord | null {
  return marksIn(book.partsIn(MARKS_NAMESPACE));
}

/** '#FFEB9C' as WPS stores it (BGR). */
export const bgr = (hex: string): number => {
  const n = Number.parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};

/** A BGR fill as '#RRGGBB'. */
export const hex = (fill: number): string => {
  const r = fill & 0xff;
  const g = (fill >> 8) & 0xff;
  const b = (fill >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
};
