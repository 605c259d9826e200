import { TONE_COLORS } from '../../src/core';
import { FakeTable } from './fake/model';
import { changedUserCells, check, setup, storedMarks, userContent } from './fixtures';
import type { Setup } from './fixtures';

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

  it('deletes our notes', async () => {
    s = setup();
    await checkAndMark();
    expect(s.sheet.notes.size).toBe(1);
    await s.workbook.clearMarks();
    expect(s.sheet.notes.size).toBe(0);
  });

  it('leaves cells the user changed after the check', async () => {
    s = setup();
    await checkAndMark();
    s.sheet.put('G5', [['改成我的']]);
    s.sheet.update(5, 4, { fill: '#92D050' });
    await s.workbook.clearMarks();
    expect(s.sheet.value(4, 6)).toBe('改成我的');
    expect(s.sheet.value(2, 6)).toBe('');
    expect(s.sheet.fill(5, 4)).toBe('#92D050');
    expect(s.sheet.fill(4, 4)).toBeUndefined();
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

  it('clears marks on every sheet, and tolerates a deleted sheet', async () => {
    s = setup();
    await checkAndMark();
    const other = s.office.model.addSheet('二季度').put('B2', [
      ['指标名称', '年度目标', '累计完成'],
      ['专利授权', 100, 10],
    ]);
    s.office.model.activeSheetId = other.id;
    s.office.model.select('A1');
    await checkAndMark();
    expect(other.value(1, 4)).toBe('核验状态');
    const gone = s.office.model.addSheet('临时');
    s.office.model.activeSheetId = gone.id;
    gone.put('A1', [
      ['指标名称', '累计完成'],
      ['a', 1],
    ]);
    await checkAndMark();
    s.office.model.sheets.splice(s.office.model.sheets.indexOf(gone), 1);
    s.office.model.activeSheetId = s.sheet.id;
    await s.workbook.clearMarks();
    expect(s.sheet.value(2, 6)).toBe('');
    expect(other.value(1, 4)).toBe('');
    expect(other.fill(2, 3)).toBeUndefined();
  });

  it('with nothing recorded looks once and changes nothing', async () => {
    s = setup();
    const before = s.sheet.snapshot();
    await s.workbook.clearMarks();
    expect(s.counter.syncs).toBe(1);
    expect(s.sheet.snapshot()).toEqual(before);
  });

  it('keeps the marks of a protected sheet recorded and says so', async () => {
    s = setup();
    await checkAndMark();
    s.sheet.protected = true;
    await expect(s.workbook.clearMarks()).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    expect(storedMarks(s.office)?.entries).toHaveLength(1);
    s.sheet.protected = false;
    await s.workbook.clearMarks();
    expect(s.sheet.value(2, 6)).toBe('');
    expect(s.sheet.fill(4, 4)).toBeUndefined();
  });

  it('leaves a note the user added where ours would go, and writes to the result sheet instead', async () => {
    s = setup();
    const source = await s.workbook.readSource('auto');
    const report = check(source);
    s.sheet.notes.set('7,6', '抢先写入的批注'); // after the read, before the write
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
    expect(s.sheet.notes.get('7,6')).toBe('抢先写入的批注');
    expect(s.office.model.sheets.map((x) => x.name)).toEqual(['Sheet1']);
  });
});
