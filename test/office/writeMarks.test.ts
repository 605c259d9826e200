// The Excel adapter's writes: the marks both hosts promise (test/host/contract/marks.ts) run on
// the fake Excel, with what only Excel asks for — round trips (syncs), calculation suspended once,
// ExcelApi versions that cannot read notes or validation, Excel tables, the record's size limit
// and edit mode.
import { encodeMarksXml, MARKS_NAMESPACE } from '../../src/core';
import type { MarksRecord } from '../../src/core';
import { ExcelWorkbook } from '../../src/office';
import { FIXTURE_LABELS } from '../host/contract/driver';
import { describeMarksContract } from '../host/contract/marks';
import { excelDriver } from './driver';
import { FakeTable } from './fake/model';
import { changedUserCells, check, setup, storedMarks, userContent } from './fixtures';
import type { Setup } from './fixtures';

describeMarksContract({
  ...excelDriver,
  extras: {
    'first-status-column': (x) => {
      expect(x.writeSyncs).toBe(2); // looking once and writing once
      expect(x.excel.office.model.calculationSuspensions).toBe(1);
      expect(x.excel.office.model.syncs).toBe(x.excel.counter.syncs); // nothing syncs past the counter
      // Read 1, look 1, write 1 (the marks record goes in the write's batch, not the settings).
      expect(x.excel.counter.snapshot()).toEqual({ sync: 3, settingsRefresh: 0, settingsSave: 0 });
    },
    'fallback-neighbour': (x) => expect(x.writeSyncs).toBe(2),
    // One more look finds someone else's note on a status cell.
    'foreign-note': (x) => expect(x.writeSyncs).toBe(3),
    're-run': (x) => expect(x.writeSyncs).toBe(2),
  },
});

describe('Excel only', () => {
  let s: Setup;
  afterEach(() => s.office.uninstall());

  const column = (sheet: Setup['sheet'], col: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => sheet.value(from + i, col));

  async function checkAndMark(mode: 'column' | 'sheet' = 'column') {
    const source = await s.workbook.readSource('auto');
    const report = check(source);
    const summary = await s.workbook.writeMarks(report, source, { mode, locale: 'zh-CN' });
    return { source, report, summary };
  }

  describe('writeMarks: status column', () => {
    it('escapes text from the table so Excel does not read it as a formula', async () => {
      s = setup();
      s.sheet.put('B4', [['=研发投入']]);
      s.sheet.cell(3, 1);
      s.sheet.update(3, 1, { value: '+研发投入', formula: undefined });
      await checkAndMark('sheet');
      const result = s.office.model.sheet('指标核验结果');
      expect(result?.value(4, 0)).toBe('+研发投入');
      expect(result?.cell(4, 0)?.formula).toBeUndefined();
    });
  });

  describe('writeMarks: notes', () => {
    it('writes no status column where notes cannot be read (ExcelApi < 1.18): a status cell might hold one', async () => {
      s = setup({ excelApi: 17 });
      const { summary } = await checkAndMark();
      expect(summary).toMatchObject({
        mode: 'sheet',
        fellBackToSheet: true,
        fallbackReason: 'cells-unreadable',
        notes: 0,
        resultSheet: '指标核验结果',
      });
      expect(s.sheet.value(2, 6)).toBe('');
      const result = s.office.model.sheet('指标核验结果');
      const texts = [...(result?.cells.values() ?? [])].map((c) => c.value);
      expect(texts).toContain('not-a-number');
    });

    it('writes no status column where validation cannot be read (ExcelApi 1.7)', async () => {
      s = setup({ excelApi: 7 });
      const { summary } = await checkAndMark();
      expect(summary.fallbackReason).toBe('cells-unreadable');
      expect(s.sheet.value(2, 6)).toBe('');
    });
  });

  describe('writeMarks: Excel tables', () => {
    beforeEach(() => {
      s = setup();
      s.sheet.tables.push(new FakeTable('指标表', { r0: 2, c0: 1, r1: 7, c1: 5 }));
    });

    it('writes beside the table without adding a table column (that would shift cells right of it)', async () => {
      s.sheet.put('I5', [['右侧备注']]);
      const before = userContent(s.sheet);
      const first = await checkAndMark();
      expect(first.summary.statusRange).toBe('G3:G8');
      expect(s.sheet.tables[0]?.rect).toEqual({ r0: 2, c0: 1, r1: 7, c1: 5 });
      const second = await checkAndMark();
      expect(second.source.grid.values[0]).toHaveLength(5);
      expect(column(s.sheet, 6, 2, 7)).toEqual(FIXTURE_LABELS);
      expect(changedUserCells(before, userContent(s.sheet))).toEqual([]);
      await s.workbook.clearMarks();
      expect(userContent(s.sheet)).toEqual(before);
    });

    it('writes after an empty last column of the table, not into it', async () => {
      s.sheet.tables[0] = new FakeTable('指标表', { r0: 2, c0: 1, r1: 7, c1: 6 });
      s.sheet.put('G3', [['备注']]);
      const { summary } = await checkAndMark();
      expect(summary.statusRange).toBe('H3:H8');
      expect(s.sheet.value(2, 6)).toBe('备注');
      expect(s.sheet.tables[0]?.rect.c1).toBe(6);
    });

    describe('a status column an earlier version added to the table', () => {
      const legacyRecord = (): MarksRecord => ({
        entries: [
          {
            sheetId: s.sheet.id,
            sheetName: s.sheet.name,
            firstRow: 2,
            lastRow: 7,
            firstColumn: 1,
            lastColumn: 5,
            status: { column: 6, firstRow: 2, lastRow: 7, header: '核验状态', tableName: '指标表' },
            fills: [],
            notes: [],
          },
        ],
        resultSheet: null,
      });

      beforeEach(() => {
        s.sheet.tables[0] = new FakeTable('指标表', { r0: 2, c0: 1, r1: 7, c1: 6 });
        s.sheet.put('G3', [['核验状态'], ['达序时'], ['滞后'], ['滞后'], ['已完成'], ['数据错误']]);
        s.office.model.xmlParts.push({
          id: '{old-part}',
          xml: encodeMarksXml(legacyRecord()),
          namespaceUri: MARKS_NAMESPACE,
        });
      });

      it('is deleted by 清除标记 when nothing lies right of it', async () => {
        await s.workbook.clearMarks();
        expect(s.sheet.tables[0]?.rect.c1).toBe(5);
        expect(column(s.sheet, 6, 2, 7)).toEqual(['', '', '', '', '', '']);
      });

      it('keeps its header and loses its labels when user cells lie right of it, which never move', async () => {
        s.sheet.put('I5', [['右侧备注']]);
        await s.workbook.clearMarks();
        expect(s.sheet.value(4, 8)).toBe('右侧备注');
        expect(s.sheet.tables[0]?.rect.c1).toBe(6);
        expect(column(s.sheet, 6, 2, 7)).toEqual(['核验状态', '', '', '', '', '']);
      });
    });

    it('writes beside the indicator rows only, leaving a cell beside the totals row alone', async () => {
      s.sheet.put('B9', [['合计', '', 2155, 2149, 1844]]);
      s.sheet.tables[0] = new FakeTable('指标表', { r0: 2, c0: 1, r1: 8, c1: 5 }, true, true);
      s.sheet.put('G9', [['手工合计']]);
      const { summary } = await checkAndMark();
      expect(summary.statusRange).toBe('G3:G8');
      expect(s.sheet.value(8, 6)).toBe('手工合计');
    });

    it('falls back to the result sheet when a cell beside the indicator rows is taken', async () => {
      s.sheet.put('G6', [['手工备注']]);
      const { summary } = await checkAndMark();
      expect(summary.fallbackReason).toBe('neighbour-not-empty');
      expect(s.sheet.value(5, 6)).toBe('手工备注');
      expect(s.sheet.tables[0]?.rect.c1).toBe(5);
    });

    it('names the column 核验状态（指标助手） when the table already has a 核验状态 column', async () => {
      s.sheet.put('F3', [['核验状态']]);
      await checkAndMark();
      expect(s.sheet.value(2, 6)).toBe('核验状态（指标助手）');
    });
  });

  describe('writeMarks: failures', () => {
    it('refuses, having written nothing, marks too many for the record to keep', async () => {
      s = setup();
      const workbook = new ExcelWorkbook({ maxRecordBytes: 200 });
      const before = s.sheet.snapshot();
      const source = await workbook.readSource('auto');
      await expect(
        workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' }),
      ).rejects.toMatchObject({ code: 'too-many-marks' });
      expect(s.sheet.snapshot()).toEqual(before);
      expect(s.office.model.sheets).toHaveLength(1);
      expect(storedMarks(s.office)).toBeNull();
    });

    it('reports edit mode as a typed error, having written nothing', async () => {
      s = setup();
      const source = await s.workbook.readSource('auto');
      s.office.model.editMode = true;
      const before = s.sheet.snapshot();
      await expect(
        s.workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' }),
      ).rejects.toMatchObject({ code: 'edit-mode' });
      expect(s.sheet.snapshot()).toEqual(before);
      expect(storedMarks(s.office)).toBeNull();
    });
  });
});
