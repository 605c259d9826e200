// Reading the block to check in WPS 表格: which block, its values from one Value2 read, its number
// formats, and our own status column left out on a re-check.
import { MARKS_NAMESPACE } from '../../src/core';
import { WpsWorkbook } from '../../src/wps/wpsWorkbook';
import { checkAndMark, setup, TABLE } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.uninstall());

describe('readSource', () => {
  it('auto: the current region around the cursor, as the core reads it', async () => {
    s = setup();
    s.sheet.put('J20', [['别处的数据']]); // outside the region: not read
    const source = await s.workbook.readSource('auto');
    expect(source).toMatchObject({ sheetName: 'Sheet1', kind: 'table' });
    expect(source.grid.address).toBe('B2');
    expect(source.grid.values).toHaveLength(7);
    expect(source.grid.values[1]).toEqual(TABLE[1]);
    expect(source.grid.values[6]?.[3]).toBe('x');
  });

  it('auto: a selection of more than one cell wins', async () => {
    s = setup();
    s.book.select('B3:F6');
    const source = await s.workbook.readSource('auto');
    expect(source).toMatchObject({ kind: 'selection', grid: { address: 'B3' } });
    expect(source.grid.values).toHaveLength(4);
  });

  it('auto: the used range when the cursor is on an empty island', async () => {
    s = setup();
    s.book.select('K30');
    const source = await s.workbook.readSource('auto');
    expect(source).toMatchObject({ kind: 'sheet', grid: { address: 'B2' } });
  });

  it('selection: refuses several areas, and a picture selected instead of cells', async () => {
    s = setup();
    s.book.select('B3:C4,E3:E4');
    await expect(s.workbook.readSource('selection')).rejects.toMatchObject({
      code: 'multi-area-selection',
    });
    s.book.shapeSelected = true;
    await expect(s.workbook.readSource('selection')).rejects.toMatchObject({ code: 'no-data' });
    await expect(s.workbook.readSource('auto')).resolves.toMatchObject({ kind: 'table' });
  });

  it('table: the current region, or no-table on an empty cell', async () => {
    s = setup();
    await expect(s.workbook.readSource('table')).resolves.toMatchObject({ kind: 'table' });
    s.book.select('K30');
    await expect(s.workbook.readSource('table')).rejects.toMatchObject({ code: 'no-table' });
  });

  it('an empty sheet has no data', async () => {
    s = setup({ rows: [['']] });
    await expect(s.workbook.readSource('sheet')).rejects.toMatchObject({ code: 'no-data' });
  });

  it('reads number formats per cell with few calls where a column mixes them', async () => {
    s = setup();
    for (let row = 3; row <= 7; row += 1) s.sheet.update(row, 5, { numberFormat: '0.0%' });
    const source = await s.workbook.readSource('auto');
    const formats = source.grid.numberFormat ?? [];
    expect(formats.map((row) => row[4])).toEqual([
      'General',
      'General',
      '0.0%',
      '0.0%',
      '0.0%',
      '0.0%',
      '0.0%',
    ]);
    expect(formats.map((row) => row[0])).toEqual(Array(7).fill('General'));
  });

  it('gives error cells as errors, also when WPS answers them as VBA error codes', async () => {
    s = setup();
    s.book.errorValues = 'cverr';
    s.sheet.put('E8', [['#DIV/0!']]);
    const source = await s.workbook.readSource('auto');
    expect(source.grid.values[6]?.[3]).toBe('#DIV/0!');
  });

  it('leaves our status column out on a re-check (it is not data)', async () => {
    s = setup();
    await checkAndMark(s);
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    const source = await s.workbook.readSource('auto');
    expect(source.grid.values.every((row) => row.length === 5)).toBe(true);
  });

  it('outside WPS says there is no host', async () => {
    s = setup();
    s.uninstall();
    await expect(new WpsWorkbook().readSource('auto')).rejects.toMatchObject({ code: 'no-host' });
  });

  it('refuses to mark when this WPS has no custom XML parts (the record could not be kept)', async () => {
    s = setup();
    const book = s.app.ActiveWorkbook;
    Object.defineProperty(s.app, 'ActiveWorkbook', {
      get: () => ({ ...book, Worksheets: book?.Worksheets, CustomXMLParts: undefined }),
    });
    await expect(s.workbook.readSource('auto')).rejects.toMatchObject({ code: 'unsupported-api' });
    expect(s.book.partsIn(MARKS_NAMESPACE)).toHaveLength(0);
  });
});
