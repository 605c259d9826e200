// Requests split by rows under Excel on the web's 5 MB limit, counted in UTF-8 bytes.
import { checkTable } from '../../src/core';
import { PAYLOAD_LIMIT_BYTES } from '../../src/office/plan/limits';
import { rowChunks, utf8Length } from '../../src/office/plan/payload';
import type { Value } from './fake/model';
import { setup } from './fixtures';

describe('utf8Length', () => {
  it.each([
    ['abc', 3],
    ['é', 2],
    ['指标', 6],
    ['😀', 4],
    ['', 0],
  ])('%s is %i bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('rowChunks', () => {
  const rows = (n: number, text: string) => Array.from({ length: n }, (_, i) => [`${text}${i}`, i]);
  const formats = (n: number) => Array.from({ length: n }, () => ['General', '0']);
  const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

  it.each([
    ['ASCII', 'indicator', 1_000],
    ['Chinese (3 bytes a character)', '研发投入完成情况', 1_000],
  ])('splits %s rows into contiguous chunks within the budget', (_case, text, budget) => {
    const values = rows(200, text);
    const numberFormat = formats(200);
    const chunks = rowChunks(values, numberFormat, budget);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(200);
    chunks.forEach(([first, end], i) => {
      if (i > 0) expect(first).toBe(chunks[i - 1]?.[1]);
      const bytes = jsonBytes(values.slice(first, end)) + jsonBytes(numberFormat.slice(first, end));
      expect(bytes).toBeLessThanOrEqual(budget + 8); // the two arrays' own brackets
    });
  });

  it('puts a row larger than the budget in a chunk of its own', () => {
    expect(rowChunks([['x'.repeat(50)], ['y']], [[], []], 20)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});

describe('a result sheet too large for one request', () => {
  it('is written in several requests, each under 5 MB, and 清除标记 removes all of it', async () => {
    const header: Value[] = ['指标名称', '单位', '年度目标', '累计完成', '去年同期'];
    const body: Value[][] = Array.from({ length: 30_000 }, (_, i) => [
      `科技创新重点指标第${i + 1}项（含其中项）`,
      '亿元',
      100,
      i % 7 === 0 ? '待统计数据' : 40 + (i % 50),
      35,
    ]);
    const s = setup({ rows: [header, ...body], at: 'A1' });
    try {
      const before = s.sheet.snapshot();
      const source = await s.workbook.readSource('auto');
      const report = checkTable(source.grid, { asOf: '2026-06-30' });
      s.office.model.largestRequestBytes = 0;
      s.counter.reset();
      const summary = await s.workbook.writeMarks(report, source, {
        mode: 'sheet',
        locale: 'zh-CN',
      });
      expect(summary.resultSheet).toBeDefined();
      expect(s.counter.syncs).toBeGreaterThan(2); // look, write, then more result rows
      const result = s.office.model.sheet(summary.resultSheet ?? '');
      let lastRow = 0;
      for (const key of result?.cells.keys() ?? []) {
        lastRow = Math.max(lastRow, Number(key.split(',')[0]));
      }
      expect(lastRow).toBeGreaterThan(30_000);
      expect(s.office.model.largestRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      await s.workbook.clearMarks();
      expect(s.sheet.snapshot()).toEqual(before);
      expect(s.office.model.sheets).toHaveLength(1);
    } finally {
      s.office.uninstall();
    }
  }, 60_000);
});
