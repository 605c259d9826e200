// 清除标记 in WPS: removes exactly what the record says we wrote and the user has not changed since.
import { bgr, checkAndMark, setup, storedMarks } from './fixtures';
import type { Setup } from './fixtures';
import { FakeListObject } from './fake/model';

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

  it('leaves cells the user changed after the check', async () => {
    s = setup();
    await checkAndMark(s);
    s.sheet.put('G5', [['改成我的']]);
    s.sheet.update(5, 4, { fill: bgr('#92D050') });
    s.sheet.comments.set('7,6', '我改过的批注');
    await s.workbook.clearMarks();
    expect(s.sheet.value(4, 6)).toBe('改成我的');
    expect(s.sheet.value(2, 6)).toBe('');
    expect(s.sheet.fill(5, 4)).toBe(bgr('#92D050'));
    expect(s.sheet.fill(4, 4)).toBeUndefined();
    expect(s.sheet.comments.get('7,6')).toBe('我改过的批注');
  });

  it('clears marks on every sheet, and tolerates a deleted sheet', async () => {
    s = setup();
    await checkAndMark(s);
    const other = s.book.addSheet('二季度').put('B2', [
      ['指标名称', '年度目标', '累计完成'],
      ['专利授权', 100, 10],
    ]);
    s.book.activeSheet = other;
    s.book.select('B2');
    await checkAndMark(s);
    expect(other.value(1, 4)).toBe('核验状态');
    const gone = s.book.addSheet('临时').put('A1', [
      ['指标名称', '累计完成'],
      ['a', 1],
    ]);
    s.book.activeSheet = gone;
    s.book.select('A1');
    await checkAndMark(s);
    s.book.sheets.splice(s.book.sheets.indexOf(gone), 1);
    s.book.activeSheet = s.sheet;
    await s.workbook.clearMarks();
    expect(s.sheet.value(2, 6)).toBe('');
    expect(other.value(1, 4)).toBe('');
    expect(other.fill(2, 3)).toBeUndefined();
    expect(storedMarks(s.book)).toBeNull();
  });

  it('with nothing recorded changes nothing', async () => {
    s = setup();
    const before = s.sheet.snapshot();
    const ops = s.book.opsRun;
    await s.workbook.clearMarks();
    expect(s.sheet.snapshot()).toEqual(before);
    expect(s.book.opsRun).toBe(ops);
  });

  it('keeps the marks of a protected sheet recorded and says so', async () => {
    s = setup();
    await checkAndMark(s);
    s.sheet.protectContents = true;
    await expect(s.workbook.clearMarks()).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    expect(storedMarks(s.book)?.entries).toHaveLength(1);
    s.sheet.protectContents = false;
    await s.workbook.clearMarks();
    expect(s.sheet.value(2, 6)).toBe('');
    expect(s.sheet.fill(4, 4)).toBeUndefined();
  });

  it('removes a status column Excel added to an Excel table (the table keeps its own columns)', async () => {
    s = setup();
    const table = new FakeListObject('指标表', { r0: 2, c0: 1, r1: 7, c1: 6 });
    s.sheet.listObjects.push(table);
    const labels = ['核验状态', '达序时', '严重滞后', '滞后', '已完成', '数据错误'];
    labels.forEach((label, i) => s.sheet.update(2 + i, 6, { value: label }));
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
