// The marks both hosts promise (the port in src/core/host/port.ts): a status column beside the
// table with fills and a note, the result sheet when the column is taken or cannot be written,
// re-runs that replace only our marks, and 清除标记 that removes exactly what we wrote. Each host's
// writeMarks.test.ts and clearMarks.test.ts run these on its fake through its driver, and add
// the host's own cases.
import { TONE_COLORS } from '../../../src/core';
import {
  changedUserCells,
  check,
  checkAndMark,
  column,
  describeOnHost,
  FIXTURE_LABELS,
} from './driver';
import type { HostDriver, HostSession, SetupOptions } from './driver';

export function describeMarksContract<S extends HostSession, O extends object>(
  host: HostDriver<S, O>,
): void {
  describeOnHost(host, 'writeMarks', ({ open, extra }) => {
    describe('status column', () => {
      it('writes 核验状态 next to the table, fills and a note, touching no user value', async () => {
        const s = open();
        const before = s.sheet.userContent();
        const written = await checkAndMark(s);
        expect(written.summary).toEqual({
          mode: 'column',
          fellBackToSheet: false,
          cellsMarked: 8,
          notes: 1,
          statusRange: 'G3:G8',
        });
        expect(column(s.sheet, 6, 2, 7)).toEqual(FIXTURE_LABELS);
        expect(s.sheet.fill(4, 4)).toBe(TONE_COLORS['severely-behind']);
        expect(s.sheet.fill(5, 4)).toBe(TONE_COLORS.behind);
        expect(s.sheet.fill(7, 4)).toBe(TONE_COLORS.invalid);
        expect(s.sheet.fill(3, 4)).toBeUndefined();
        expect(s.sheet.note(7, 6)).toContain('E8');
        expect(s.sheetNames()).toEqual(['Sheet1']);
        expect(changedUserCells(before, s.sheet.userContent())).toEqual([]);
        expect(s.storedMarks()?.entries).toHaveLength(1);
        extra('first-status-column', written);
      });

      it('writes English labels for en-US', async () => {
        const s = open();
        await checkAndMark(s, 'column', 'en-US');
        expect(column(s.sheet, 6, 2, 4)).toEqual(['Status', 'On track', 'Severely behind']);
      });

      it('falls back to the result sheet when the column right of the table is not empty', async () => {
        const s = open();
        s.sheet.put('G5', [['备注：待核实']]);
        s.select('B2:F8');
        const before = s.sheet.userContent();
        const written = await checkAndMark(s);
        expect(written.summary).toMatchObject({
          mode: 'sheet',
          fellBackToSheet: true,
          fallbackReason: 'neighbour-not-empty',
          resultSheet: '指标核验结果',
        });
        expect(s.sheet.value(4, 6)).toBe('备注：待核实');
        expect(s.sheet.value(2, 6)).toBe('');
        const result = s.sheetNamed('指标核验结果');
        expect(result).not.toBeNull();
        expect(result?.value(2, 0)).toContain('表格右侧一列已有内容');
        expect(result?.value(3, 0)).toBe('指标名称');
        expect(result?.value(4, 0)).toBe('研发投入');
        expect(s.sheetNames()).toEqual(['Sheet1', '指标核验结果']);
        expect(s.activeSheetName()).toBe('指标核验结果');
        expect(s.sheet.fill(4, 4)).toBe(TONE_COLORS['severely-behind']);
        expect(changedUserCells(before, s.sheet.userContent())).toEqual([]);
        extra('fallback-neighbour', written);
      });

      it('treats a formula in the neighbour column as user content even when it shows nothing', async () => {
        const s = open();
        s.sheet.put('G6', [['=IF(E6>100,"超","")']]);
        s.select('B2:F8');
        const { summary } = await checkAndMark(s);
        expect(summary.fallbackReason).toBe('neighbour-not-empty');
        expect(s.sheet.formula(5, 6)).toBe('=IF(E6>100,"超","")');
      });

      it('falls back when no header is found', async () => {
        const s = open({
          rows: [
            ['a', 'b'],
            [1, 2],
          ],
        } as SetupOptions & O);
        const { summary } = await checkAndMark(s);
        expect(summary).toMatchObject({
          mode: 'sheet',
          fellBackToSheet: true,
          fallbackReason: 'no-header',
        });
      });

      it('marks nothing on a protected sheet and says why on the result sheet', async () => {
        const s = open();
        s.sheet.setProtected(true);
        const { summary } = await checkAndMark(s);
        expect(summary).toMatchObject({ fallbackReason: 'sheet-protected', cellsMarked: 0 });
        expect(s.sheet.fill(4, 4)).toBeUndefined();
        expect(s.sheetNamed('指标核验结果')?.value(2, 0)).toContain('工作表受保护');
      });

      it('picks a free name when a user sheet is already called 指标核验结果', async () => {
        const s = open();
        s.addSheet('指标核验结果').put('A1', [['用户自己的表']]);
        const { summary } = await checkAndMark(s, 'sheet');
        expect(summary.resultSheet).toBe('指标核验结果 (2)');
        expect(s.sheetNamed('指标核验结果')?.value(0, 0)).toBe('用户自己的表');
      });
    });

    describe('notes', () => {
      it('never writes over a status cell that holds someone else’s note', async () => {
        const s = open();
        s.sheet.setNote(5, 6, '用户的批注');
        s.sheet.setNote(0, 0, '另一条');
        const written = await checkAndMark(s);
        expect(s.sheet.note(5, 6)).toBe('用户的批注');
        expect(s.sheet.note(0, 0)).toBe('另一条');
        expect(s.sheet.value(5, 6)).toBe('');
        expect(written.summary).toMatchObject({
          fallbackReason: 'neighbour-not-empty',
          notes: 0,
          resultSheet: '指标核验结果',
        });
        extra('foreign-note', written);
      });

      it('never writes over a status cell with a data-validation rule', async () => {
        const s = open();
        s.sheet.addValidation(4, 6);
        const { summary } = await checkAndMark(s);
        expect(summary.fallbackReason).toBe('neighbour-not-empty');
        expect(s.sheet.value(4, 6)).toBe('');
      });

      it('adds the note when foreign notes are elsewhere on the sheet', async () => {
        const s = open();
        s.sheet.setNote(0, 0, '另一条');
        const { summary } = await checkAndMark(s);
        expect(summary.notes).toBe(1);
        expect(s.sheet.note(0, 0)).toBe('另一条');
      });
    });

    describe('re-run', () => {
      it('replaces only our marks and keeps one status column', async () => {
        const s = open();
        s.sheet.setFill(5, 4, '#00B0F0');
        const before = s.sheet.userContent();
        await checkAndMark(s);
        s.sheet.put('E6', [[30]]); // 高新技术企业 now on track
        const after1 = s.sheet.userContent();
        const written = await checkAndMark(s);
        expect(written.source.grid.values[0]).toHaveLength(5); // our column is not read as data
        expect(written.summary.statusRange).toBe('G3:G8');
        expect(column(s.sheet, 6, 2, 7)).toEqual([
          '核验状态',
          '达序时',
          '严重滞后',
          '达序时',
          '已完成',
          '数据错误',
        ]);
        expect(s.sheet.value(2, 7)).toBe('');
        expect(s.sheet.fill(5, 4)).toBe('#00B0F0');
        expect(s.sheet.fill(4, 4)).toBe(TONE_COLORS['severely-behind']);
        expect(s.sheet.noteCount()).toBe(1);
        expect(s.storedMarks()?.entries).toHaveLength(1);
        expect(changedUserCells(before, after1)).toEqual(['5,4']); // the test's own edit
        expect(changedUserCells(before, s.sheet.userContent())).toEqual(['5,4']);
        expect(changedUserCells(after1, s.sheet.userContent())).toEqual(['5,6']); // our label only
        extra('re-run', written);
      });

      it('keeps a status cell the user has typed over; the selected table then falls back', async () => {
        const s = open();
        s.select('B2:F8');
        await checkAndMark(s);
        s.sheet.put('G7', [['已电话确认']]);
        const { summary } = await checkAndMark(s);
        expect(summary.fallbackReason).toBe('neighbour-not-empty');
        expect(s.sheet.value(6, 6)).toBe('已电话确认');
        expect(column(s.sheet, 6, 2, 7)).toEqual(['', '', '', '', '已电话确认', '']);
      });

      it('with the whole sheet as source, a typed-over status column becomes data and status moves right', async () => {
        const s = open();
        await checkAndMark(s);
        s.sheet.put('G7', [['已电话确认']]);
        const { summary } = await checkAndMark(s);
        expect(summary.statusRange).toBe('H3:H8');
        expect(column(s.sheet, 6, 2, 7)).toEqual(['', '', '', '', '已电话确认', '']);
        expect(s.sheet.value(2, 7)).toBe('核验状态');
      });

      it('moves from the result sheet back to a status column and removes the old sheet', async () => {
        const s = open();
        await checkAndMark(s, 'sheet');
        expect(s.sheetNamed('指标核验结果')).not.toBeNull();
        s.activate(s.sheet);
        await checkAndMark(s, 'column');
        expect(s.sheetNamed('指标核验结果')).toBeNull();
        expect(s.sheet.value(2, 6)).toBe('核验状态');
        extra('back-from-result-sheet');
      });

      it('reuses its own result sheet instead of adding another', async () => {
        const s = open();
        await checkAndMark(s, 'sheet');
        s.activate(s.sheet);
        await checkAndMark(s, 'sheet');
        expect(s.sheetNames()).toEqual(['Sheet1', '指标核验结果']);
      });

      it('looks again before writing when the read is old, and sees data typed since the read', async () => {
        const s = open();
        s.select('B2:F8');
        const source = await s.workbook.readSource('auto');
        s.sheet.put('G4', [['新输入']]);
        s.ageRead();
        const summary = await s.workbook.writeMarks(check(source), source, {
          mode: 'column',
          locale: 'zh-CN',
        });
        expect(summary.fallbackReason).toBe('neighbour-not-empty');
        expect(s.sheet.value(3, 6)).toBe('新输入');
      });
    });
  });
}

// 清除标记 as both hosts promise it: it removes exactly what the marks record says we wrote and the
// user has not changed since, on every sheet, and keeps the record of what it could not remove.
export function describeClearContract<S extends HostSession, O extends object>(
  host: HostDriver<S, O>,
): void {
  describeOnHost(host, 'clearMarks', ({ open, extra }) => {
    it('leaves a note the user added where ours would go, and writes to the result sheet instead', async () => {
      const s = open();
      const source = await s.workbook.readSource('auto');
      const report = check(source);
      s.sheet.setNote(7, 6, '抢先写入的批注'); // after the read, before the write
      const summary = await s.workbook.writeMarks(report, source, {
        mode: 'column',
        locale: 'zh-CN',
      });
      expect(summary).toMatchObject({
        fallbackReason: 'neighbour-not-empty',
        notes: 0,
        resultSheet: '指标核验结果',
      });
      expect(s.sheet.value(2, 6)).toBe('');
      expect(s.sheet.fill(4, 4)).toBe(TONE_COLORS['severely-behind']);
      await s.workbook.clearMarks();
      expect(s.sheet.value(2, 6)).toBe('');
      expect(s.sheet.fill(4, 4)).toBeUndefined();
      expect(s.sheet.note(7, 6)).toBe('抢先写入的批注');
      expect(s.sheetNames()).toEqual(['Sheet1']);
    });

    it('deletes our notes', async () => {
      const s = open();
      await checkAndMark(s);
      expect(s.sheet.noteCount()).toBe(1);
      await s.workbook.clearMarks();
      expect(s.sheet.noteCount()).toBe(0);
    });

    it('leaves cells the user changed after the check', async () => {
      const s = open();
      await checkAndMark(s);
      s.sheet.put('G5', [['改成我的']]);
      s.sheet.setFill(5, 4, '#92D050');
      s.sheet.setNote(7, 6, '我改过的批注');
      await s.workbook.clearMarks();
      expect(s.sheet.value(4, 6)).toBe('改成我的');
      expect(s.sheet.value(2, 6)).toBe('');
      expect(s.sheet.fill(5, 4)).toBe('#92D050');
      expect(s.sheet.fill(4, 4)).toBeUndefined();
      expect(s.sheet.note(7, 6)).toBe('我改过的批注');
    });

    it.each(['A1', 'B2'])(
      'clears marks on every sheet, and tolerates a deleted sheet (second sheet read from %s)',
      async (cursor) => {
        const s = open();
        await checkAndMark(s);
        const other = s.addSheet('二季度');
        other.put('B2', [
          ['指标名称', '年度目标', '累计完成'],
          ['专利授权', 100, 10],
        ]);
        s.activate(other);
        s.select(cursor);
        await checkAndMark(s);
        expect(other.value(1, 4)).toBe('核验状态');
        const gone = s.addSheet('临时');
        gone.put('A1', [
          ['指标名称', '累计完成'],
          ['a', 1],
        ]);
        s.activate(gone);
        s.select('A1');
        await checkAndMark(s);
        s.removeSheet(gone);
        s.activate(s.sheet);
        await s.workbook.clearMarks();
        expect(s.sheet.value(2, 6)).toBe('');
        expect(other.value(1, 4)).toBe('');
        expect(other.fill(2, 3)).toBeUndefined();
        expect(s.storedMarks()).toBeNull();
      },
    );

    it('with nothing recorded changes nothing', async () => {
      const s = open();
      const before = s.sheet.snapshot();
      await s.workbook.clearMarks();
      expect(s.sheet.snapshot()).toEqual(before);
      extra('clear-nothing-recorded');
    });

    it('keeps the marks of a protected sheet recorded and says so', async () => {
      const s = open();
      await checkAndMark(s);
      s.sheet.setProtected(true);
      await expect(s.workbook.clearMarks()).rejects.toMatchObject({ code: 'sheet-protected' });
      expect(s.sheet.value(2, 6)).toBe('核验状态');
      expect(s.storedMarks()?.entries).toHaveLength(1);
      s.sheet.setProtected(false);
      await s.workbook.clearMarks();
      expect(s.sheet.value(2, 6)).toBe('');
      expect(s.sheet.fill(4, 4)).toBeUndefined();
    });
  });
}
