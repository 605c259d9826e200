// 清除标记 in Excel: what both hosts promise (test/host/contract/clear.ts) on the fake Excel, with
// what only Excel asks for — its round trips (syncs) and the Excel table column it added.
import { describeClearContract } from '../host/contract/marks';
import { excelDriver } from './driver';
import { FakeTable } from './fake/model';
import { changedUserCells, check, setup, storedMarks, userContent } from './fixtures';
import type { Setup } from './fixtures';

describeClearContract({
  ...excelDriver,
  extras: {
    // With nothing recorded it looks once.
    'clear-nothing-recorded': (x) => expect(x.excel.counter.syncs).toBe(1),
  },
});

describe('Excel only', () => {
  let s: Setup;
  afterEach(() => s.office.uninstall());

  async function checkAndMark(mode: 'column' | 'sheet' = 'column') {
    const source = await s.workbook.readSource('auto');
    return s.workbook.writeMarks(check(source), source, { mode, locale: 'zh-CN' });
  }

  describe('clearMarks', () => {
    it('removes the status column, notes, fills (previous colours back) and the result sheet', async () => {
      s = setup({ excelApi: 17 }); // no notes: the issues go to a result sheet as well
      s.sheet.update(4, 4, { fill: '#00B0F0' });
      const before = s.sheet.snapshot();
      const values = userContent(s.sheet);
      await checkAndMark();
      expect(s.office.model.sheet('指标核验结果')).not.toBeNull();
      s.counter.reset();
      await s.workbook.clearMarks();
      // The sheets and our parts; the record; what our cells hold; the removals with the record.
      expect(s.counter.syncs).toBe(4);
      expect(s.sheet.snapshot()).toEqual(before);
      expect(s.office.model.sheets.map((x) => x.name)).toEqual(['Sheet1']);
      expect(changedUserCells(values, userContent(s.sheet))).toEqual([]);
      expect(storedMarks(s.office)).toBeNull();
    });

    it('removes the table column it added', async () => {
      s = setup();
      s.sheet.tables.push(new FakeTable('指标表', { r0: 2, c0: 1, r1: 7, c1: 5 }));
      const before = s.sheet.snapshot();
      await checkAndMark();
      await s.workbook.clearMarks();
      expect(s.sheet.tables[0]?.rect.c1).toBe(5);
      expect(s.sheet.snapshot()).toEqual(before);
    });
  });
});
