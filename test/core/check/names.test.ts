// Indicator names are kept as written: full-width brackets and punctuation stay full-width,
// while matching (parents, duplicates, --lower, roll-up) still normalises them.
import { checkTable } from '../../../src/core/check/checkTable';
import { parseRowName } from '../../../src/core/check/rowName';
import { rollupReports } from '../../../src/core/rollup';
import { asWritten, cellText } from '../../../src/core/table/text';
import type { CellGrid, CellValue } from '../../../src/core/types';

const HEADER = ['指标名称', '单位', '年度目标', '累计完成', '上级指标'];
const table = (rows: CellValue[][]): CellGrid => ({ address: 'A1', values: [HEADER, ...rows] });
const names = (rows: CellValue[][]): string[] =>
  checkTable(table(rows), { asOf: '2026-06-30' }).indicators.map((indicator) => indicator.name);

describe('asWritten: a name cell as the user wrote it', () => {
  it.each([
    ['高新技术企业数（第1单位）', '高新技术企业数（第1单位）'],
    ['研发投入（全社会，含企业）', '研发投入（全社会，含企业）'],
    ['专利申请量：发明', '专利申请量：发明'],
    ['  技术合同\u3000成交额（亿元） ', '技术合同 成交额（亿元）'],
    ['专利\u200b申请（件）', '专利申请（件）'],
    // Letters and digits are not punctuation: normalised as before.
    ['ＧＤＰ增速（第１单位）', 'GDP增速（第1单位）'],
    ['plain (half-width)', 'plain (half-width)'],
    ['科技培训', '科技培训'],
    [42, '42'],
    [null, ''],
  ])('%p → %p', (cell, expected) => {
    expect(asWritten(cell)).toBe(expected);
  });

  it('cellText still normalises for labels and units', () => {
    expect(cellText('高新技术企业数（第1单位）')).toBe('高新技术企业数(第1单位)');
  });
});

describe('parseRowName: full-width marks read like half-width ones', () => {
  it.each([
    ['高新技术企业数（第1单位）', '高新技术企业数（第1单位）', false, null],
    ['专利申请量（件）', '专利申请量', false, '件'],
    ['专利申请量(件)', '专利申请量', false, '件'],
    ['高新技术产值（亿元）', '高新技术产值', false, '亿元'],
    ['其中：发明专利', '发明专利', true, null],
    ['其中，发明专利（件）', '发明专利', true, '件'],
    ['＃发明专利', '发明专利', true, null],
    ['1．专利申请量', '专利申请量', false, null],
    ['（1）专利申请量', '专利申请量', false, null],
    ['［1］专利申请量', '专利申请量', false, null],
    ['＊专利申请量', '专利申请量', false, null],
  ])('%s → %s', (written, name, isSubItem, unit) => {
    expect(parseRowName(written)).toEqual({ name, isSubItem, unit });
  });
});

describe('checkTable: names as written, matched normalised', () => {
  it('keeps （第1单位） full-width in the report', () => {
    expect(
      names([
        ['高新技术企业数（第1单位）', '家', 50, 30, null],
        ['研发投入（全社会，含企业）', '亿元', 3, 1.6, null],
        ['专利申请量（件）', null, 600, 331, null],
      ]),
    ).toEqual(['高新技术企业数（第1单位）', '研发投入（全社会，含企业）', '专利申请量']);
  });

  it('links a parent written half-width to a name written full-width', () => {
    const report = checkTable(
      table([
        ['专利申请量（国内）', '件', 600, 331, null],
        ['发明专利申请', '件', 120, 65, '专利申请量(国内)'],
      ]),
      { asOf: '2026-06-30' },
    );
    expect(report.indicators[1]?.parent).toBe('专利申请量（国内）');
    expect(report.issues.map((issue) => issue.code)).not.toContain('unknown-parent');
  });

  it('finds a duplicate that differs only in bracket width', () => {
    const report = checkTable(
      table([
        ['高新技术企业数（第1单位）', '家', 50, 30, null],
        ['高新技术企业数(第1单位)', '家', 50, 30, null],
      ]),
      { asOf: '2026-06-30' },
    );
    expect(report.issues.map((issue) => issue.code)).toContain('duplicate-indicator');
  });

  it('--lower names match whatever the width', () => {
    const report = checkTable(table([['事故起数（第1单位）', '起', 10, 4, null]]), {
      asOf: '2026-06-30',
      lower: ['事故起数(第1单位)'],
    });
    expect(report.indicators[0]?.direction).toBe('lower');
  });

  it('rolls up the same indicator written in both widths', () => {
    const a = checkTable(table([['高新技术企业数（第1单位）', '家', 50, 30, null]]), {});
    const b = checkTable(table([['高新技术企业数(第1单位)', '家', 40, 20, null]]), {});
    const rolled = rollupReports([a, b], { asOf: '2026-06-30' });
    expect(rolled.indicators.map((indicator) => [indicator.name, indicator.actual])).toEqual([
      ['高新技术企业数（第1单位）', 50],
    ]);
  });
});
