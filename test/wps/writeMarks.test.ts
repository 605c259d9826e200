// The WPS port's writes: the same behaviour the Excel adapter's tests ask for (test/office),
// on the fake ET object model — status column, fills (BGR), comments, fallbacks, re-runs.
import { TONE_COLORS } from '../../src/core';
import {
  bgr,
  changedUserCells,
  check,
  checkAndMark,
  setup,
  storedMarks,
  userContent,
} from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.uninstall());

const FILL = {
  behind: bgr(TONE_COLORS.behind),
  severelyBehind: bgr(TONE_COLORS['severely-behind']),
  invalid: bgr(TONE_COLORS.invalid),
};

const column = (sheet: Setup['sheet'], col: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.value(from + i, col));

describe('writeMarks: status column', () => {
  it('writes 核验状态 next to the table, fills in BGR and a comment, touching no user value', async () => {
    s = setup();
    const before = userContent(s.sheet);
    const { summary } = await checkAndMark(s);
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
    expect(s.sheet.fill(4, 4)).toBe(FILL.severelyBehind);
    expect(s.sheet.fill(5, 4)).toBe(FILL.behind);
    expect(s.sheet.fill(7, 4)).toBe(FILL.invalid);
    expect(s.sheet.fill(7, 4)).toBe(0xecdfe4); // #E4DFEC, blue first
    expect(s.sheet.fill(3, 4)).toBeUndefined();
    expect(s.sheet.comments.get('7,6')).toContain('E8');
    expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1']);
    expect(changedUserCells(before, userContent(s.sheet))).toEqual([]);
    expect(storedMarks(s.book)?.entries).toHaveLength(1);
    expect(s.app.ScreenUpdating).toBe(true);
    expect(s.app.DisplayAlerts).toBe(true);
  });

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

  it('writes English labels for en-US', async () => {
    s = setup();
    await checkAndMark(s, 'column', 'en-US');
    expect(column(s.sheet, 6, 2, 4)).toEqual(['Status', 'On track', 'Severely behind']);
  });

  it('falls back to the result sheet when the column right of the table is not empty', async () => {
    s = setup();
    s.sheet.put('G5', [['备注：待核实']]);
    s.book.select('B2:F8');
    const before = userContent(s.sheet);
    const { summary } = await checkAndMark(s);
    expect(summary).toMatchObject({
      mode: 'sheet',
      fellBackToSheet: true,
      fallbackReason: 'neighbour-not-empty',
      resultSheet: '指标核验结果',
    });
    expect(s.sheet.value(4, 6)).toBe('备注：待核实');
    expect(s.sheet.value(2, 6)).toBe('');
    const result = s.book.sheet('指标核验结果');
    expect(result?.value(2, 0)).toContain('表格右侧一列已有内容');
    expect(result?.value(3, 0)).toBe('指标名称');
    expect(result?.value(4, 0)).toBe('研发投入');
    expect(result?.boldRows.has(3)).toBe(true);
    expect(result?.cell(4, 4)?.numberFormat).toBe('0.0%');
    expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1', '指标核验结果']);
    expect(s.book.activeSheet).toBe(result);
    expect(s.sheet.fill(4, 4)).toBe(FILL.severelyBehind);
    expect(changedUserCells(before, userContent(s.sheet))).toEqual([]);
  });

  it('treats a formula in the neighbour column as user content even when it shows nothing', async () => {
    s = setup();
    s.sheet.put('G6', [['=IF(E6>100,"超","")']]);
    s.book.select('B2:F8');
    const { summary } = await checkAndMark(s);
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
    const { summary } = await checkAndMark(s);
    expect(summary).toMatchObject({ mode: 'sheet', fallbackReason: 'no-header' });
  });

  it('marks nothing on a protected sheet and says why on the result sheet', async () => {
    s = setup();
    s.sheet.protectContents = true;
    const { summary } = await checkAndMark(s);
    expect(summary).toMatchObject({ fallbackReason: 'sheet-protected', cellsMarked: 0 });
    expect(s.sheet.fill(4, 4)).toBeUndefined();
    expect(s.book.sheet('指标核验结果')?.value(2, 0)).toContain('工作表受保护');
  });

  it('refuses, having written nothing, when a result sheet is needed and the workbook is protected', async () => {
    s = setup();
    s.book.protectStructure = true;
    const before = s.sheet.snapshot();
    await expect(checkAndMark(s, 'sheet')).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(s.sheet.snapshot()).toEqual(before);
    expect(storedMarks(s.book)).toBeNull();
  });

  it('picks a free name when a user sheet is already called 指标核验结果', async () => {
    s = setup();
    s.book.addSheet('指标核验结果').put('A1', [['用户自己的表']]);
    const { summary } = await checkAndMark(s, 'sheet');
    expect(summary.resultSheet).toBe('指标核验结果 (2)');
    expect(s.book.sheet('指标核验结果')?.value(0, 0)).toBe('用户自己的表');
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

describe('writeMarks: comments', () => {
  it('never writes over a status cell that holds someone else’s comment', async () => {
    s = setup();
    s.sheet.comments.set('5,6', '用户的批注');
    s.sheet.comments.set('0,0', '另一条');
    const { summary } = await checkAndMark(s);
    expect(s.sheet.comments.get('5,6')).toBe('用户的批注');
    expect(s.sheet.comments.get('0,0')).toBe('另一条');
    expect(s.sheet.value(5, 6)).toBe('');
    expect(summary).toMatchObject({
      fallbackReason: 'neighbour-not-empty',
      notes: 0,
      resultSheet: '指标核验结果',
    });
  });

  it('never writes over a status cell with a data-validation rule', async () => {
    s = setup();
    s.sheet.validations.add('4,6');
    const { summary } = await checkAndMark(s);
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(s.sheet.value(4, 6)).toBe('');
  });

  it('adds the comment when other comments are elsewhere on the sheet', async () => {
    s = setup();
    s.sheet.comments.set('0,0', '另一条');
    const { summary } = await checkAndMark(s);
    expect(summary.notes).toBe(1);
    expect(s.sheet.comments.get('0,0')).toBe('另一条');
  });
});

describe('writeMarks: re-run', () => {
  it('replaces only our marks and keeps one status column', async () => {
    s = setup();
    s.sheet.update(5, 4, { fill: bgr('#00B0F0') });
    await checkAndMark(s);
    s.sheet.put('E6', [[30]]); // 高新技术企业 now on track
    const after1 = userContent(s.sheet);
    const { summary, source } = await checkAndMark(s);
    expect(source.grid.values[0]).toHaveLength(5); // our column is not read as data
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
    expect(s.sheet.fill(5, 4)).toBe(bgr('#00B0F0'));
    expect(s.sheet.fill(4, 4)).toBe(FILL.severelyBehind);
    expect(s.sheet.comments.size).toBe(1);
    expect(storedMarks(s.book)?.entries).toHaveLength(1);
    expect(changedUserCells(after1, userContent(s.sheet))).toEqual(['5,6']); // our label only
  });

  it('keeps a status cell the user has typed over; the selected table then falls back', async () => {
    s = setup();
    s.book.select('B2:F8');
    await checkAndMark(s);
    s.sheet.put('G7', [['已电话确认']]);
    const { summary } = await checkAndMark(s);
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(column(s.sheet, 6, 2, 7)).toEqual(['', '', '', '', '已电话确认', '']);
  });

  it('moves from the result sheet back to a status column and removes the old sheet', async () => {
    s = setup();
    await checkAndMark(s, 'sheet');
    s.book.activeSheet = s.sheet;
    await checkAndMark(s, 'column');
    expect(s.book.sheet('指标核验结果')).toBeNull();
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    expect(s.app.DisplayAlerts).toBe(true);
  });

  it('reuses its own result sheet instead of adding another', async () => {
    s = setup();
    await checkAndMark(s, 'sheet');
    s.book.activeSheet = s.sheet;
    await checkAndMark(s, 'sheet');
    expect(s.book.sheets.map((x) => x.name)).toEqual(['Sheet1', '指标核验结果']);
  });

  it('looks again before writing, and sees data typed since the read', async () => {
    s = setup();
    s.book.select('B2:F8');
    const source = await s.workbook.readSource('auto');
    s.sheet.put('G4', [['新输入']]);
    const summary = await s.workbook.writeMarks(check(source), source, {
      mode: 'column',
      locale: 'zh-CN',
    });
    expect(summary.fallbackReason).toBe('neighbour-not-empty');
    expect(s.sheet.value(3, 6)).toBe('新输入');
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
