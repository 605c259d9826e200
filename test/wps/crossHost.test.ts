// One marks record for both hosts: a workbook marked in Excel clears in WPS 表格, and the reverse.
// The workbook is carried between the Excel fake (test/office/fake) and the WPS fake as a file
// would carry it: cells, fills, notes/comments, Excel tables and custom XML parts.
import { encodeMarksXml, MARKS_NAMESPACE, TONE_COLORS } from '../../src/core';
import { ExcelWorkbook } from '../../src/office';
import { WpsWorkbook } from '../../src/wps/wpsWorkbook';
import { installFakeOffice } from '../office/fake/install';
import type { FakeOffice } from '../office/fake/install';
import type { FakeGrid } from '../host/fake/grid';
import { FakeWorkbook } from '../office/fake/model';
import { installFakeWps } from './fake/install';
import type { FakeWps } from './fake/install';
import { FakeBook, FakeListObject } from './fake/model';
import { bgr, check, hex, storedMarks, TABLE } from './fixtures';

/** Copies every cell, its fill carried over by `fill` (the hosts keep fills differently). */
function copyCells<F, G>(from: FakeGrid<F>, to: FakeGrid<G>, fill: (color: F) => G): void {
  for (const [key, cell] of from.cells) {
    const [row = 0, column = 0] = key.split(',').map(Number);
    to.update(row, column, {
      value: cell.value,
      ...(cell.formula === undefined ? {} : { formula: cell.formula }),
      ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
      ...(cell.fill === undefined ? {} : { fill: fill(cell.fill) }),
    });
  }
}

/** What a .xlsx saved by Excel holds, opened in WPS. */
function excelToWps(excel: FakeWorkbook): FakeBook {
  const book = new FakeBook();
  for (const from of excel.sheets) {
    const sheet = book.addSheet(from.name);
    copyCells(from, sheet, bgr);
    for (const [key, text] of from.notes) sheet.comments.set(key, text);
    for (const table of from.tables)
      sheet.listObjects.push(new FakeListObject(table.name, table.rect));
    sheet.protectContents = from.protected;
    if (from.id === excel.activeSheetId) book.activeSheet = sheet;
  }
  for (const part of excel.xmlParts) book.parts.push({ ...part, builtIn: false });
  return book;
}

/** What a .xlsx saved by WPS holds, opened in Excel (Excel gives the sheets new ids). */
function wpsToExcel(book: FakeBook, excel: FakeWorkbook): void {
  for (const from of book.sheets) {
    const sheet = excel.addSheet(from.name);
    copyCells(from, sheet, hex);
    for (const [key, text] of from.comments) sheet.notes.set(key, text);
    if (from === book.activeSheet) excel.activeSheetId = sheet.id;
  }
  for (const part of book.parts.filter((p) => !p.builtIn)) {
    excel.xmlParts.push({ id: part.id, xml: part.xml, namespaceUri: part.namespaceUri });
  }
}

let office: FakeOffice | null = null;
let wps: FakeWps | null = null;
afterEach(() => {
  office?.uninstall();
  wps?.uninstall();
  office = null;
  wps = null;
});

describe('a workbook marked in Excel, cleared in WPS', () => {
  async function markedInExcel(mode: 'column' | 'sheet') {
    office = installFakeOffice();
    const sheet = office.model.addSheet('指标表').put('B2', TABLE);
    sheet.update(5, 4, { fill: '#00B0F0' }); // a fill of the user's under one of ours
    office.model.select('C5');
    const unmarked = excelToWps(office.model).sheets[0]?.snapshot();
    const excel = new ExcelWorkbook();
    const source = await excel.readSource('auto');
    await excel.writeMarks(check(source), source, { mode, locale: 'zh-CN' });
    expect(office.model.xmlParts.map((p) => p.namespaceUri)).toEqual([MARKS_NAMESPACE]);
    wps = installFakeWps(excelToWps(office.model));
    return { unmarked, port: new WpsWorkbook(() => (wps as FakeWps).app) };
  }

  it('清除标记 in WPS removes Excel’s status column, fills and notes, and nothing else', async () => {
    const { unmarked, port } = await markedInExcel('column');
    const sheet = wps?.book.sheets[0];
    expect(sheet?.value(2, 6)).toBe('核验状态');
    expect(sheet?.fill(4, 4)).toBe(bgr(TONE_COLORS['severely-behind']));
    expect(sheet?.comments.size).toBe(1);
    await port.clearMarks();
    expect(sheet?.snapshot()).toEqual(unmarked);
    expect(storedMarks(wps?.book ?? new FakeBook())).toBeNull();
  });

  it('and Excel’s result sheet', async () => {
    const { unmarked, port } = await markedInExcel('sheet');
    expect(wps?.book.sheets.map((s) => s.name)).toEqual(['指标表', '指标核验结果']);
    await port.clearMarks();
    expect(wps?.book.sheets.map((s) => s.name)).toEqual(['指标表']);
    expect(wps?.book.sheets[0]?.snapshot()).toEqual(unmarked);
  });

  it('a re-check in WPS replaces Excel’s marks instead of adding a second column', async () => {
    const { port } = await markedInExcel('column');
    const source = await port.readSource('auto');
    expect(source.grid.values[1]).toHaveLength(5);
    const summary = await port.writeMarks(check(source), source, {
      mode: 'column',
      locale: 'zh-CN',
    });
    expect(summary.statusRange).toBe('G3:G8');
    expect(wps?.book.sheets[0]?.value(2, 7)).toBe('');
    expect(storedMarks(wps?.book ?? new FakeBook())?.entries).toHaveLength(1);
  });

  it('a record in the Excel encoder’s format (Excel’s sheet id) clears in WPS', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('Sheet1').put('B2', TABLE);
    const unmarked = sheet.snapshot();
    sheet.update(2, 6, { value: '核验状态' });
    sheet.update(3, 6, { value: '达序时' });
    sheet.update(4, 4, { fill: bgr('#FFC7CE') });
    book.parts.push({
      id: '{p}',
      namespaceUri: MARKS_NAMESPACE,
      builtIn: false,
      xml: encodeMarksXml({
        entries: [
          {
            sheetId: '{B5C1C0D2-7F3E-4C1A-9B1E-2E8D3F9A6C11}',
            sheetName: 'Sheet1',
            firstRow: 2,
            lastRow: 3,
            firstColumn: 1,
            lastColumn: 5,
            status: { column: 6, firstRow: 2, lastRow: 3, header: '核验状态', tableName: null },
            fills: [{ row: 4, column: 4, color: '#FFC7CE', previous: null }],
            notes: [],
          },
        ],
        resultSheet: null,
      }),
    });
    wps = installFakeWps(book);
    await new WpsWorkbook(() => (wps as FakeWps).app).clearMarks();
    expect(sheet.snapshot()).toEqual(unmarked);
  });
});

describe('a workbook marked in WPS, cleared in Excel', () => {
  it('清除标记 in Excel removes WPS’s status column, fills, comments and result sheet', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('指标表').put('B2', TABLE);
    sheet.update(5, 4, { fill: bgr('#00B0F0') });
    sheet.comments.set('0,0', '用户的批注');
    const second = book.addSheet('二季度').put('B2', TABLE);
    book.select('C5');
    wps = installFakeWps(book);
    const port = new WpsWorkbook(() => (wps as FakeWps).app);
    const unmarkedExcel = new FakeWorkbook();
    wpsToExcel(book, unmarkedExcel);
    const first = await port.readSource('auto');
    await port.writeMarks(check(first), first, { mode: 'column', locale: 'zh-CN' });
    book.activeSheet = second;
    const other = await port.readSource('auto');
    await port.writeMarks(check(other), other, { mode: 'sheet', locale: 'zh-CN' });
    expect(book.sheets.map((s) => s.name)).toEqual(['指标表', '二季度', '指标核验结果']);
    expect(sheet.value(2, 6)).toBe('核验状态');
    expect(sheet.comments.size).toBe(2);

    office = installFakeOffice();
    wpsToExcel(book, office.model);
    await new ExcelWorkbook().clearMarks();
    expect(office.model.sheets.map((s) => s.name)).toEqual(['指标表', '二季度']);
    expect(office.model.sheets.map((s) => s.snapshot())).toEqual(
      unmarkedExcel.sheets.map((s) => s.snapshot()),
    );
    expect([...(office.model.sheets[0]?.notes ?? [])]).toEqual([['0,0', '用户的批注']]);
    expect(office.model.xmlParts).toEqual([]);
  });
});
