// A realistic indicator table on a fake sheet, and helpers shared by the office tests.
import type { MarksRecord } from '../../src/core';
import { ExcelWorkbook, RoundTripCounter } from '../../src/office';
import { installFakeOffice } from './fake/install';
import type { FakeOffice } from './fake/install';
import type { FakeSheet, Value } from './fake/model';
import { marksIn } from '../host/fake/marksPart';

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

export { changedUserCells, check } from '../host/contract/driver';
export { userContent } from '../host/fake/grid';

/** The marks record as the workbook's custom XML part holds it (null: no part). */
export function storedMarks(office: FakeOffice): MarksRecord | null {
  return marksIn(office.model.xmlParts);
}
