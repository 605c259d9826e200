// 清除标记 in WPS: what both hosts promise (test/host/contract/clear.ts) on the fake ET object
// model, with what only WPS asks for — DisplayAlerts given back, no change made through the object
// model when nothing is recorded, and a status column Excel added to an Excel table (ListObject).
import { FIXTURE_LABELS } from '../host/contract/driver';
import { describeClearContract } from '../host/contract/marks';
import { wpsDriver } from './driver';
import { bgr, checkAndMark, setup, storedMarks } from './fixtures';
import type { Setup } from './fixtures';
import { FakeListObject } from './fake/model';

describeClearContract({
  ...wpsDriver,
  extras: {
    // No change through the object model (setup writes to the fake's cells directly).
    'clear-nothing-recorded': ({ wps }) => expect(wps.book.opsRun).toBe(0),
  },
});

describe('WPS only', () => {
  let s: Setup;
  afterEach(() => s.uninstall());

  describe('clearMarks', () => {
    it.each(['column', 'sheet'] as const)(
      'removes the status column, comments, fills (previous colours back) and the result sheet (%s)',
      async (mode) => {
        s = setup();
        s.sheet.update(4, 4, { fill: bgr('#00B0F0') });
        s.sheet.comments.set('0,0', '用户的批注');
        const before = s.sheet.snapshot();
        await checkAndMark(s, mode);
        expect(s.book.sheet('指标核验结果') !== null).toBe(mode === 'sheet');
        expect(s.sheet.comments.size).toBe(mode === 'column' ? 2 : 1);
        await s.workbook.clearMarks();
        expect(s.sheet.snapshot()).toEqual(before);
        expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1']);
        expect(storedMarks(s.book)).toBeNull();
        expect(s.app.DisplayAlerts).toBe(true);
      },
    );

    it('removes a status column Excel added to an Excel table (the table keeps its own columns)', async () => {
      s = setup();
      const table = new FakeListObject('指标表', { r0: 2, c0: 1, r1: 7, c1: 6 });
      s.sheet.listObjects.push(table);
      FIXTURE_LABELS.forEach((label, i) => s.sheet.update(2 + i, 6, { value: label }));
      const headers = [1, 2, 3, 4, 5].map((c) => s.sheet.value(2, c));
      s.book.parts.push({
        id: '{excel}',
        namespaceUri: 'urn:indicator-assistant:marks',
        builtIn: false,
        xml: `<?xml version="1.0" encoding="UTF-8"?><marks xmlns="urn:indicator-assistant:marks">${JSON.stringify(
          {
            v: 2,
            result: null,
            entries: [
              {
                sheet: ['{00000000-0001-0000-0000-000000000000}', 'Sheet1'],
                area: [2, 1, 7, 5],
                status: [6, 2, 7, '核验状态', '指标表'],
                palette: [],
                fills: [],
                notes: [],
              },
            ],
          },
        )}</marks>`,
      });
      await s.workbook.clearMarks();
      expect(table.rect.c1).toBe(5);
      expect(s.sheet.value(2, 6)).toBe('');
      expect([1, 2, 3, 4, 5].map((c) => s.sheet.value(2, c))).toEqual(headers);
      expect(storedMarks(s.book)).toBeNull();
    });
  });
});
