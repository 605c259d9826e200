import { HostError } from '../../src/core';
import { FakeTable } from './fake/model';
import { setup, TABLE } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.office.uninstall());

describe('readSource', () => {
  it('reads the used range when one cell is selected and there is no table: one sync', async () => {
    s = setup();
    const source = await s.workbook.readSource('auto');
    expect(source).toMatchObject({ kind: 'sheet', sheetName: 'Sheet1' });
    expect(source.grid.address).toBe('B2');
    expect(source.grid.values).toEqual(TABLE);
    expect(source.grid.numberFormat?.[2]).toEqual([
      'General',
      'General',
      'General',
      'General',
      'General',
    ]);
    expect(s.counter.syncs).toBe(1);
    expect(s.office.model.syncs).toBe(1);
  });

  it('reads the selection when it is more than one cell, address without sheet prefix', async () => {
    s = setup();
    s.office.model.select('B3:D5');
    const source = await s.workbook.readSource('auto');
    expect(source.kind).toBe('selection');
    expect(source.grid.address).toBe('B3');
    expect(source.grid.values).toEqual([
      ['指标名称', '单位', '年度目标'],
      ['研发投入', '亿元', 10],
      ['发明专利申请', '件', 100],
    ]);
    expect(s.counter.syncs).toBe(1);
  });

  it('cuts a whole-column selection down to the used rows', async () => {
    s = setup();
    s.office.model.select('B:F');
    const source = await s.workbook.readSource('auto');
    expect(source.grid.address).toBe('B2');
    expect(source.grid.values).toHaveLength(TABLE.length);
  });

  it('reads the Excel table under the cursor (second small batch for its range)', async () => {
    s = setup();
    s.sheet.put('H10', [['其他', 1]]);
    s.sheet.tables.push(new FakeTable('指标表', { r0: 2, c0: 1, r1: 7, c1: 5 }));
    s.office.model.select('C5');
    const source = await s.workbook.readSource('auto');
    expect(source).toMatchObject({ kind: 'table', tableName: '指标表' });
    expect(source.grid.address).toBe('B3');
    expect(source.grid.values).toEqual(TABLE.slice(1));
    expect(s.counter.syncs).toBe(2);
  });

  it('leaves the totals row of a table out', async () => {
    s = setup();
    s.sheet.put('B9', [['合计', '', 2155, 2149, 1844]]);
    s.sheet.tables.push(new FakeTable('T', { r0: 2, c0: 1, r1: 8, c1: 5 }, true, true));
    const source = await s.workbook.readSource('table');
    expect(source.grid.values).toEqual(TABLE.slice(1));
  });

  it('falls back to the used range when the cursor is outside every table', async () => {
    s = setup();
    s.sheet.put('K20', [['x']]);
    s.sheet.tables.push(new FakeTable('Other', { r0: 19, c0: 10, r1: 19, c1: 10 }));
    const source = await s.workbook.readSource('auto');
    expect(source.kind).toBe('sheet');
    expect(source.grid.address).toBe('B2');
    expect(s.counter.syncs).toBe(1); // the table under the cursor is known from the first batch
  });

  it('before ExcelApi 1.9 it needs the table ranges to know the cursor is outside them', async () => {
    s = setup({ excelApi: 8 });
    s.sheet.put('K20', [['x']]);
    s.sheet.tables.push(new FakeTable('Other', { r0: 19, c0: 10, r1: 19, c1: 10 }));
    const source = await s.workbook.readSource('auto');
    expect(source.kind).toBe('sheet');
    expect(s.counter.syncs).toBe(2);
  });

  it.each([
    ['table', 'no-table'],
    ['selection', 'no-data'],
  ] as const)('forced %s without one fails with %s', async (kind, code) => {
    s = setup();
    s.office.model.select('Z100');
    await expect(s.workbook.readSource(kind)).rejects.toMatchObject({ code });
  });

  it('forced selection with several areas fails with a typed error', async () => {
    s = setup();
    s.office.model.select('B3:C4,E6:F7');
    const error = await s.workbook.readSource('selection').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('multi-area-selection');
  });

  it('auto ignores a multi-area selection (ExcelApi 1.9 RangeAreas)', async () => {
    s = setup();
    s.office.model.select('B3:C4,E6:F7');
    const source = await s.workbook.readSource('auto');
    expect(source.kind).toBe('sheet');
    expect(s.counter.syncs).toBe(1);
  });

  it('before ExcelApi 1.9 a multi-area selection costs one retry without the selection', async () => {
    s = setup({ excelApi: 7 });
    s.office.model.select('B3:C4,E6:F7');
    const source = await s.workbook.readSource('auto');
    expect(source.kind).toBe('sheet');
    expect(s.counter.syncs).toBe(2);
  });

  it('an empty sheet is no-data', async () => {
    s = setup({ rows: [['']] });
    await expect(s.workbook.readSource('auto')).rejects.toMatchObject({ code: 'no-data' });
  });

  it('chunks rows only when the response would exceed the payload limit', async () => {
    const rows = [
      TABLE[1] ?? [],
      ...Array.from({ length: 3000 }, (_, i) => [`指标${i}`, '件', 100, i, 50]),
    ];
    s = setup({ rows });
    s.office.model.responseLimitBytes = 120_000;
    const source = await s.workbook.readSource('sheet');
    expect(source.grid.values).toEqual(rows);
    expect(s.counter.syncs).toBeGreaterThan(2);
  });

  it('does not chunk below the limit', async () => {
    const rows = [
      TABLE[1] ?? [],
      ...Array.from({ length: 3000 }, (_, i) => [`指标${i}`, '件', 100, i, 50]),
    ];
    s = setup({ rows });
    await s.workbook.readSource('sheet');
    expect(s.counter.syncs).toBe(1);
  });
});
