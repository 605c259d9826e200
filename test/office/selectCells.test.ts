import { setup } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.office.uninstall());

describe('selectCells', () => {
  it('activates the sheet and selects the union of the cells (ExcelApi 1.9), in one sync', async () => {
    s = setup();
    const other = s.office.model.addSheet('二季度');
    s.office.model.activeSheetId = other.id;
    await s.workbook.selectCells('Sheet1', ['D5', 'Sheet1!E7', 'D9:E9']);
    expect(s.office.model.activeSheetId).toBe(s.sheet.id);
    expect(s.office.model.selection).toEqual([
      { r0: 4, c0: 3, r1: 4, c1: 3 },
      { r0: 6, c0: 4, r1: 6, c1: 4 },
      { r0: 8, c0: 3, r1: 8, c1: 4 },
    ]);
    expect(s.counter.syncs).toBe(1);
  });

  it('selects the block around them before ExcelApi 1.9', async () => {
    s = setup({ excelApi: 8 });
    await s.workbook.selectCells('Sheet1', ['D5', 'E7']);
    expect(s.office.model.selection).toEqual([{ r0: 4, c0: 3, r1: 6, c1: 4 }]);
  });

  it.each([[['D5', 'not a cell']], [[]]])(
    'rejects bad addresses %p without calling Excel',
    async (addresses) => {
      s = setup();
      await expect(s.workbook.selectCells('Sheet1', addresses)).rejects.toMatchObject({
        code: 'invalid-address',
      });
      expect(s.office.runs).toBe(0);
    },
  );

  it('names a missing sheet', async () => {
    s = setup();
    await expect(s.workbook.selectCells('已删除', ['A1'])).rejects.toMatchObject({
      code: 'sheet-not-found',
    });
  });
});
