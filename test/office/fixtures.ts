// A realistic indicator table on a fake sheet, and helpers shared by the office tests.
import { checkTable, decodeMarksXml, MARKS_NAMESPACE } from '../../src/core';
import type { CheckReport, MarksRecord, SourceData } from '../../src/core';
import { ExcelWorkbook, RoundTripCounter } from '../../src/office';
import { installFakeOffice } from './fake/install';
import type { FakeOffice } from './fake/install';
import type { FakeSheet, Value } from './fake/model';

/** Title in B2, header in B3, five indicators in B4:F8 (one behind, one severely behind, one invalid). */
export const TABLE: Value[][] = [
  ['2026年上半年科技工作指标完成情况', '', '', '', ''],
  ['指标名称', '单位', '年度目标', '累计完成', '去年同期'],
  ['研发投入', '亿元', 10, 6, 5],
  ['发明专利申请', '件', 100, 25, 20],
  ['高新技术企业', '家', 40, 18, 15],
  ['科技培训', '人次', 2000, 2100, 1800],
  ['技术合同成交额', '亿元', 5, 'x', 4],
];

export interface Setup {
  office: FakeOffice;
  sheet: FakeSheet;
  workbook: ExcelWorkbook;
  counter: RoundTripCounter;
}

export function setup(
  options: { excelApi?: number; rows?: Value[][]; at?: string; now?: () => number } = {},
): Setup {
  const office = installFakeOffice(
    options.excelApi === undefined ? {} : { excelApi: options.excelApi },
  );
  const sheet = office.model.addSheet('Sheet1').put(options.at ?? 'B2', options.rows ?? TABLE);
  office.model.select('C5');
  const counter = new RoundTripCounter();
  const workbook = new ExcelWorkbook({ counter, ...(options.now ? { now: options.now } : {}) });
  return { office, sheet, workbook, counter };
}

export function check(source: SourceData): CheckReport {
  return checkTable(source.grid, { asOf: '2026-06-30' });
}

/** The marks record as the workbook's custom XML part holds it (null: no part). */
export function storedMarks(office: FakeOffice): MarksRecord | null {
  const parts = office.model.xmlParts.filter((p) => p.namespaceUri === MARKS_NAMESPACE);
  if (parts.length > 1) throw new Error(`${parts.length} marks parts`);
  const [part] = parts;
  if (!part) return null;
  const read = decodeMarksXml(part.xml);
  if (read.corrupted) throw new Error('marks part unreadable');
  return read.record;
}

/** Every cell that held a value or formula before, with that value or formula. */
export function userContent(sheet: FakeSheet): Record<string, Value | string> {
  const out: Record<string, Value | string> = {};
  for (const [key, cell] of sheet.cells) {
    if (cell.value !== '' || cell.formula !== undefined) out[key] = cell.formula ?? cell.value;
  }
  return out;
}

/** The user's cells among `after`, compared with `before`: changed or removed ones are listed. */
export function changedUserCells(
  before: Record<string, Value | string>,
  after: Record<string, Value | string>,
): string[] {
  return Object.keys(before).filter((key) => after[key] !== before[key]);
}
