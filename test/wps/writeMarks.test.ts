// The WPS port's writes: the marks both hosts promise (test/host/contract/marks.ts) run on the
// fake ET object model, with what only WPS asks for — fills kept in BGR, the record naming a sheet
// by its name, ScreenUpdating and DisplayAlerts given back, a protected workbook, text written as
// text through Value2, and a write that stops at any change.
import { TONE_COLORS } from '../../src/core';
import { describeMarksContract } from '../host/contract/marks';
import { wpsDriver } from './driver';
import { bgr, check, checkAndMark, setup, storedMarks } from './fixtures';
import type { Setup } from './fixtures';

describeMarksContract({
  ...wpsDriver,
  extras: {
    'first-status-column': ({ wps }) => {
      // Fills in BGR, blue first.
      expect(wps.sheet.fill(4, 4)).toBe(bgr(TONE_COLORS['severely-behind']));
      expect(wps.sheet.fill(5, 4)).toBe(bgr(TONE_COLORS.behind));
      expect(wps.sheet.fill(7, 4)).toBe(bgr(TONE_COLORS.invalid));
      expect(wps.sheet.fill(7, 4)).toBe(0xecdfe4); // #E4DFEC
      expect(wps.app.ScreenUpdating).toBe(true);
      expect(wps.app.DisplayAlerts).toBe(true);
    },
    'fallback-neighbour': ({ wps }) => {
      const result = wps.book.sheet('指标核验结果');
      expect(result?.boldRows.has(3)).toBe(true);
      expect(result?.cell(4, 4)?.numberFormat).toBe('0.0%');
      expect(wps.book.activeSheet).toBe(result);
    },
    'back-from-result-sheet': ({ wps }) => expect(wps.app.DisplayAlerts).toBe(true),
  },
});

describe('WPS only', () => {
  let s: Setup;
  afterEach(() => s.uninstall());

  describe('writeMarks: status column', () => {
    it('records the sheet by its name and the fills with their previous colour', async () => {
      s = setup();
      s.sheet.update(5, 4, { fill: bgr('#00B0F0') });
      await checkAndMark(s);
      const [entry] = storedMarks(s.book)?.entries ?? [];
      expect(entry).toMatchObject({ sheetId: 'Sheet1', sheetName: 'Sheet1' });
      expect(entry?.fills).toEqual([
        { row: 4, column: 4, color: '#FFC7CE', previous: null },
        { row: 5, column: 4, color: '#FFEB9C', previous: '#00B0F0' },
        { row: 7, column: 4, color: '#E4DFEC', previous: null },
      ]);
    });

    it('refuses, having written nothing, when a result sheet is needed and the workbook is protected', async () => {
      s = setup();
      s.book.protectStructure = true;
      const before = s.sheet.snapshot();
      await expect(checkAndMark(s, 'sheet')).rejects.toMatchObject({ code: 'sheet-protected' });
      expect(s.sheet.snapshot()).toEqual(before);
      expect(storedMarks(s.book)).toBeNull();
    });

    it('writes text from the table as text, never as a formula', async () => {
      s = setup();
      s.sheet.update(3, 1, { value: '=研发投入' });
      await checkAndMark(s, 'sheet');
      const result = s.book.sheet('指标核验结果');
      expect(result?.value(4, 0)).toBe('=研发投入');
      expect(result?.cell(4, 0)?.formula).toBeUndefined();
    });
  });

  describe('writeMarks: failures', () => {
    it.each(['column', 'sheet'] as const)(
      'a write (%s) that stops at any change leaves a record from which 清除标记 removes every mark',
      async (mode) => {
        let faults = 0;
        for (let k = 0; ; k += 1) {
          s?.uninstall();
          s = setup();
          const before = s.sheet.snapshot();
          const source = await s.workbook.readSource('auto');
          s.book.failAtOp = s.book.opsRun + k;
          const failed = await s.workbook
            .writeMarks(check(source), source, { mode, locale: 'zh-CN' })
            .then(
              () => false,
              (error: unknown) => {
                expect(error).toMatchObject({ name: 'HostError', code: 'host-error' });
                return true;
              },
            );
          s.book.failAtOp = null;
          await s.workbook.clearMarks();
          expect({ k, snapshot: s.sheet.snapshot(), sheets: s.book.sheets.length }).toEqual({
            k,
            snapshot: before,
            sheets: 1,
          });
          expect(s.app.ScreenUpdating).toBe(true);
          if (!failed) break;
          faults += 1;
        }
        expect(faults).toBeGreaterThan(mode === 'column' ? 6 : 10); // each change failed once
      },
    );
  });
});
