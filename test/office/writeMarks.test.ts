import { encodeMarksXml, MARKS_NAMESPACE, TONE_COLORS } from '../../src/core';
import type { MarksRecord } from '../../src/core';

const FILL_COLORS = {
  behind: TONE_COLORS.behind,
  severelyBehind: TONE_COLORS['severely-behind'],
  invalid: TONE_COLORS.invalid,
};
import { ExcelWorkbook } from '../../src/office';
import { FakeTable } from './fake/model';
import { changedUserCells, check, setup, storedMarks, userContent } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.office.uninstall());

const column = (sheet: Setup['sheet'], col: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.value(from + i, col));

async function checkAndMark(
  mode: 'column' | 'sheet' = 'column',
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
) {
  const source = await s.workbook.readSource('auto');
  const report = check(source);
  const before = s.counter.syncs;
  const summary = await s.workbook.writeMarks(report, source, { mode, locale });
  return { source, report, summary, writeSyncs: s.counter.syncs - before };
}

describe('writeMarks: status column', () => {
  it('writes 核验状态 next to the table, fills and a note, looking once and writing once, touching no user value', async () => {
    s = setup();
    const before = userContent(s.sheet);
    const { summary, writeSyncs } = await checkAndMark();
    expect(writeSyncs).toBe(2);
    expect(summary).toEqual({
      mode: 'column',
      fellBackToSheet: false,
      cellsMarked: 8,
      notes: 1,
      statusRange: 'G3:G8',
    });
    expect(column(s.sheet, 6, 2, 7)).toEqual([
      '核验状态',
      '达序时',
      '严重滞后',
      '滞后',
      '已完成',
      '数据错误',
    ]);
    expect(s.sheet.fill(4, 4)).toBe(FILL_COLORS.severelyBehind);
    expect(s.sheet.fill(5, 4)).toBe(FILL_COLORS.behind);
    expect(s.sheet.fill(7, 4)).toBe(FILL_COLORS.invalid);
    expect(s.sheet.fill(3, 4)).toBeUndefined();
    expect(s.sheet.notes.get('7,6')).toContain('E8');
    expect(s.office.model.sheets.map((x) => x.name)).toEqual(['Sheet1']);
    expect(changedUserCells(before, userContent(s.sheet))).toEqual([]);
    expect(s.office.model.calculationSuspensions).toBe(1);
    expect(s.office.model.syncs).toBe(s.counter.syncs); // nothing syncs past the counter
    // Read 1, look 1, write 1 (the marks record goes in the write's batch, not the settings).
    expect(s.counter.snapshot()).toEqual({ sync: 3, settingsRefresh: 0, settingsSave: 0 });
    expect(storedMarks(s.office)?.entries).toHaveLength(1);
  });

  it('writes English labels for en-US', async () => {
    s = setup();
    await checkAndMark('column', 'en-US');
    expect(column(s.sheet, 6, 2, 4)).toEqual(['Status', 'On track', 'Severely behind']);
  });

  it('falls back to the result sheet when the column right of the table is not empty', async () => {
    s = setup();
    s.sheet.put('G5', [['备注：待核实']]);
    s.office.model.select('B2:F8');
    const before = userContent(s.sheet);
    const { summary, writeSyncs } = await checkAndMark();
    expect(writeSyncs).toBe(2);
    expect(summary).toMatchObject({
      mode: 'sheet',
      fellBackToSheet: true,
      fallbackReason: 'neighbour-not-empty',
      resultSheet: '指标核验结果',
    });
    expect(s.sheet.value(4, 6)).toBe('备注：待核实');
    expect(s.sheet.value(2, 6)).toBe('');
    const result = s.office.model.sheet('指标核验结果');
    expect(result).not.toBeNull();
    expect(result?.value(2, 0)).toContain('表格右侧一列已有内容');
    expect(result?.value(3, 0)).toBe('指标名称');
    expect(result?.value(4, 0)).toBe('研发投入');
    expect(s.office.model.activeSheetId).toBe(result?.id);
    expect(s.sheet.fill(4, 4)).toBe(FILL_COLORS.severelyBehind);
    expect(changedUserCells(before, userContent(s.sheet))).toEqual([]);
  });

  it('treats a formula in the neighbour column as user content even when it shows nothing', async () => {
    s = setup();
    s.sheet.put('G6', [['=IF(E6>100,"超","")']]);
    s.office.model.select('B2:F8');
    const { summary } = await checkAndMark();
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(s.sheet.cell(5, 6)?.formula).toBe('=IF(E6>100,"超","")');
  });

  it('falls back when no header is found', async () => {
    s = setup({
      rows: [
        ['a', 'b'],
        [1, 2],
      ],
    });
    const { summary } = await checkAndMark();
    expect(summary).toMatchObject({
      mode: 'sheet',
      fellBackToSheet: true,
      fallbackReason: 'no-header',
    });
  });

  it('marks nothing on a protected sheet and says why on the result sheet', async () => {
    s = setup();
    s.sheet.protected = true;
    const { summary } = await checkAndMark();
    expect(summary).toMatchObject({ fallbackReason: 'sheet-protected', cellsMarked: 0 });
    expect(s.sheet.fill(4, 4)).toBeUndefined();
    expect(s.office.model.sheet('指标核验结果')?.value(2, 0)).toContain('工作表受保护');
  });

  it('picks a free name when a user sheet is already called 指标核验结果', async () => {
    s = setup();
    s.office.model.addSheet('指标核验结果').put('A1', [['用户自己的表']]);
    const { summary } = await checkAndMark('sheet');
    expect(summary.resultSheet).toBe('指标核验结果 (2)');
    expect(s.office.model.sheet('指标核验结果')?.value(0, 0)).toBe('用户自己的表');
  });

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

  it('never writes over a status cell that holds someone else’s note (one more look finds it)', async () => {
    s = setup();
    s.sheet.notes.set('5,6', '用户的批注');
    s.sheet.notes.set('0,0', '另一条');
    const { summary, writeSyncs } = await checkAndMark();
    expect(writeSyncs).toBe(3);
    expect(s.sheet.notes.get('5,6')).toBe('用户的批注');
    expect(s.sheet.notes.get('0,0')).toBe('另一条');
    expect(s.sheet.value(5, 6)).toBe('');
    expect(summary).toMatchObject({
      fallbackReason: 'neighbour-not-empty',
      notes: 0,
      resultSheet: '指标核验结果',
    });
  });

  it('never writes over a status cell with a data-validation rule', async () => {
    s = setup();
    s.sheet.validations.set('4,6', 'List');
    const { summary } = await checkAndMark();
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(s.sheet.value(4, 6)).toBe('');
  });

  it('writes no status column where validation cannot be read (ExcelApi 1.7)', async () => {
    s = setup({ excelApi: 7 });
    const { summary } = await checkAndMark();
    expect(summary.fallbackReason).toBe('cells-unreadable');
    expect(s.sheet.value(2, 6)).toBe('');
  });

  it('adds the note when foreign notes are elsewhere on the sheet', async () => {
    s = setup();
    s.sheet.notes.set('0,0', '另一条');
    const { summary } = await checkAndMark();
    expect(summary.notes).toBe(1);
    expect(s.sheet.notes.get('0,0')).toBe('另一条');
  });
});

describe('writeMarks: re-run', () => {
  it('replaces only our marks and keeps one status column', async () => {
    s = setup();
    s.sheet.update(5, 4, { fill: '#00B0F0' });
    const before = userContent(s.sheet);
    await checkAndMark();
    s.sheet.put('E6', [[30]]); // 高新技术企业 now on track
    const after1 = userContent(s.sheet);
    const { summary, writeSyncs } = await checkAndMark();
    expect(writeSyncs).toBe(2);
    expect(summary.statusRange).toBe('G3:G8');
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
    expect(s.sheet.fill(4, 4)).toBe(FILL_COLORS.severelyBehind);
    expect(s.sheet.notes.size).toBe(1);
    expect(storedMarks(s.office)?.entries).toHaveLength(1);
    expect(changedUserCells(before, after1)).toEqual(['5,4']); // the test's own edit
    expect(changedUserCells(before, userContent(s.sheet))).toEqual(['5,4']);
  });

  it('keeps a status cell the user has typed over; the selected table then falls back', async () => {
    s = setup();
    s.office.model.select('B2:F8');
    await checkAndMark();
    s.sheet.put('G7', [['已电话确认']]);
    const { summary } = await checkAndMark();
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(s.sheet.value(6, 6)).toBe('已电话确认');
    expect(column(s.sheet, 6, 2, 7)).toEqual(['', '', '', '', '已电话确认', '']);
  });

  it('with the whole sheet as source, a typed-over status column becomes data and status moves right', async () => {
    s = setup();
    await checkAndMark();
    s.sheet.put('G7', [['已电话确认']]);
    const { summary } = await checkAndMark();
    expect(summary.statusRange).toBe('H3:H8');
    expect(column(s.sheet, 6, 2, 7)).toEqual(['', '', '', '', '已电话确认', '']);
    expect(s.sheet.value(2, 7)).toBe('核验状态');
  });

  it('moves from the result sheet back to a status column and removes the old sheet', async () => {
    s = setup();
    await checkAndMark('sheet');
    expect(s.office.model.sheet('指标核验结果')).not.toBeNull();
    s.office.model.activeSheetId = s.sheet.id;
    await checkAndMark('column');
    expect(s.office.model.sheet('指标核验结果')).toBeNull();
    expect(s.sheet.value(2, 6)).toBe('核验状态');
  });

  it('reuses its own result sheet instead of adding another', async () => {
    s = setup();
    await checkAndMark('sheet');
    s.office.model.activeSheetId = s.sheet.id;
    await checkAndMark('sheet');
    expect(s.office.model.sheets.map((x) => x.name)).toEqual(['Sheet1', '指标核验结果']);
  });

  it('looks again before writing when the read is too old, and sees new user data', async () => {
    let now = 1_000_000;
    s = setup({ now: () => now });
    s.office.model.select('B2:F8');
    const source = await s.workbook.readSource('auto');
    s.sheet.put('G4', [['新输入']]);
    now += 60_000;
    const summary = await s.workbook.writeMarks(check(source), source, {
      mode: 'column',
      locale: 'zh-CN',
    });
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(s.sheet.value(3, 6)).toBe('新输入');
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
    expect(column(s.sheet, 6, 2, 7)).toEqual([
      '核验状态',
      '达序时',
      '严重滞后',
      '滞后',
      '已完成',
      '数据错误',
    ]);
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
