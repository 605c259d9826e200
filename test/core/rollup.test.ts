import { checkTable } from '../../src/core/check/checkTable';
import { rollupReports } from '../../src/core/rollup';
import type { CellValue } from '../../src/core/types';

const HEADER: CellValue[] = ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'];
const OPTIONS = { asOf: '2026-06-30' };
const county = (rows: CellValue[][], address = 'A1') =>
  checkTable({ address, values: [HEADER, ...rows] }, OPTIONS);

const A = county([
  ['专利申请量', '件', 300, 160, 120, null],
  ['发明', '件', null, 30, null, '专利申请量'],
  ['实用新型', '件', null, 130, null, '专利申请量'],
  ['高新技术产值', '亿元', 2, 0.8, 0.7, null],
  ['研发投入强度', '%', 2.5, 2.3, 2.1, null],
  ['科技培训', '场次', 200, 60, 50, null],
]);
const B = county(
  [
    ['专利申请量', '件', 300, 171, 120, null],
    ['发明', '件', null, 35, null, '专利申请量'],
    ['实用新型', '件', null, 136, null, '专利申请量'],
    ['高新技术产值', '亿元', 1.3144, '7014万元', 0.5408, null],
    ['研发投入强度', '%', 2.4, 2.2, 2, null],
    ['科技培训', '场次', 200, 154, 148, null],
    ['科技示范村', '个', 15, 12, 'x', null],
  ],
  'C3',
);

describe('rollupReports', () => {
  const city = rollupReports([A, B], OPTIONS);
  const find = (name: string) => city.indicators.find((indicator) => indicator.name === name);

  it('adds the same indicators and judges the sums again', () => {
    expect(city.indicators.map((i) => [i.name, i.target, i.actual, i.lastYear, i.status])).toEqual([
      ['专利申请量', 600, 331, 240, 'on-track'],
      ['发明', null, 65, null, 'no-target'],
      ['实用新型', null, 266, null, 'no-target'],
      ['高新技术产值', 3.3144, 1.5014, 1.2408, 'behind'],
      ['研发投入强度', null, null, null, 'invalid'],
      ['科技培训', 400, 214, 198, 'on-track'],
      ['科技示范村', 15, 12, null, 'on-track'],
    ]);
    expect(A.indicators[5]?.status).toBe('behind');
    expect(find('专利申请量')?.completionRate).toBeCloseTo(331 / 600, 10);
    expect(find('高新技术产值')?.yoyGrowth).toBeCloseTo(0.21, 3);
    expect(city.summary).toEqual({
      total: 7,
      done: 0,
      onTrack: 3,
      behind: 1,
      severelyBehind: 0,
      noTarget: 2,
      invalid: 1,
      qualitative: 0,
    });
  });

  it('cites the cells of the first report that has the indicator', () => {
    expect(find('专利申请量')?.cells).toEqual(A.indicators[0]?.cells);
    expect(find('专利申请量')?.cells.actual).toBe('D2');
    expect(find('科技示范村')?.cells.actual).toBe('F10');
    expect(city.range).toBe(A.range);
    expect(city.header).toEqual(A.header);
  });

  it('keeps the issues of the inputs and adds none for sums that are fine', () => {
    expect(city.issues.slice(0, A.issues.length + B.issues.length)).toEqual([
      ...A.issues,
      ...B.issues,
    ]);
    expect(city.issues.map((issue) => `${issue.code}@${issue.cell}`)).toContain('not-a-number@G10');
  });

  it('says why a rate (%) is left out of the roll-up instead of going invalid silently', () => {
    const added = city.issues.slice(A.issues.length + B.issues.length);
    expect(added).toEqual([
      {
        code: 'not-additive',
        severity: 'warning',
        cell: 'D6',
        row: 6,
        indicator: '研发投入强度',
        params: { unit: '%', reports: 2 },
      },
    ]);
    expect(find('研发投入强度')?.status).toBe('invalid');
  });

  it('treats ‰ and per-head units as rates, and keeps a rate found in one report', () => {
    const E = county([
      ['万人发明专利拥有量', '件/万人', 20, 12, 10, null],
      ['出生率', '‰', 10, 5, 4, null],
      ['研发投入强度', '%', 2.5, 2.3, 2.1, null],
    ]);
    const F = county([
      ['万人发明专利拥有量', '件/万人', 22, 13, 11, null],
      ['出生率', '‰', 10, 6, 4, null],
    ]);
    const rolled = rollupReports([E, F], OPTIONS);
    expect(rolled.issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      'not-additive@D2',
      'not-additive@D3',
    ]);
    expect(rolled.indicators.map((i) => [i.name, i.actual, i.status])).toEqual([
      ['万人发明专利拥有量', null, 'invalid'],
      ['出生率', null, 'invalid'],
      ['研发投入强度', 2.3, 'on-track'],
    ]);
  });

  it('a sum past the largest double is not-a-number, never Infinity', () => {
    const big = county([['专利申请量', '件', 1e308, 1e308, 1, null]]);
    const rolled = rollupReports([big, big], OPTIONS);
    expect(rolled.issues).toMatchObject([
      { code: 'not-a-number', cell: 'C2', params: { field: 'target' } },
      { code: 'not-a-number', cell: 'D2', params: { field: 'actual' } },
    ]);
    expect(rolled.indicators[0]).toMatchObject({
      target: null,
      actual: null,
      lastYear: 2,
      status: 'invalid',
    });
  });

  it('does not add indicators of different units, and checks the rolled-up parts', () => {
    const C = county([
      ['专利申请量', '件', 300, 160, 120, null],
      ['发明', '件', null, 100, null, '专利申请量'],
      ['实用新型', '件', null, 50, null, '专利申请量'],
      ['高新技术产值', '万元', 20000, 8000, 7000, null],
    ]);
    const D = county([
      ['专利申请量', '件', 300, 171, 120, null],
      ['发明', '件', null, 35, null, '专利申请量'],
      ['实用新型', '件', null, 136, null, '专利申请量'],
      ['高新技术产值', '亿元', 1.3144, 0.7014, 0.5408, null],
    ]);
    const rolled = rollupReports([C, D], OPTIONS);
    expect(rolled.indicators.map((i) => [i.name, i.unit, i.actual])).toEqual([
      ['专利申请量', '件', 331],
      ['发明', '件', 135],
      ['实用新型', '件', 186],
      ['高新技术产值', '万元', 8000],
      ['高新技术产值', '亿元', 0.7014],
    ]);
    const added = rolled.issues.slice(C.issues.length + D.issues.length);
    expect(added).toMatchObject([
      { code: 'parts-sum-mismatch', cell: 'D2', params: { sum: 321, total: 331 } },
    ]);
  });

  it('treats a target given in only some reports as unknown', () => {
    const withTarget = county([['科技示范村', '个', 15, 12, 10, null]]);
    const without = county([['科技示范村', '个', null, 9, 8, null]]);
    const rolled = rollupReports([withTarget, without], OPTIONS);
    expect(rolled.indicators[0]).toMatchObject({ target: null, actual: 21, status: 'invalid' });
  });

  it('rolls up nothing into an empty report', () => {
    expect(rollupReports([], {})).toEqual({
      asOf: null,
      asOfSource: 'default',
      asOfPeriod: null,
      expectedProgress: 0.5,
      severeGap: 0.2,
      summary: {
        total: 0,
        done: 0,
        onTrack: 0,
        behind: 0,
        severelyBehind: 0,
        noTarget: 0,
        invalid: 0,
        qualitative: 0,
      },
      indicators: [],
      issues: [],
      header: null,
      range: 'A1:A1',
    });
  });

  it('a single report rolls up to the same figures', () => {
    const same = rollupReports([A], OPTIONS);
    expect(same.indicators).toEqual(A.indicators);
    expect(same.summary).toEqual(A.summary);
  });
});

describe('targets in words', () => {
  const report = (actual: string) =>
    checkTable(
      {
        address: 'A1',
        values: [
          ['指标', '目标', '完成'],
          ['服务效果', '效果明显', actual],
        ],
      },
      { asOf: '2026-12-31' },
    );
  it.each([
    [['效果明显', '效果明显'], 'met'],
    [['效果明显', '部分达成'], 'partly-met'],
    [['未达成', '部分达成'], 'not-met'],
    [['效果明显', '说不清'], 'unknown'],
  ] as const)('%j roll up as qualitative, %s (the weakest)', (actuals, assessment) => {
    const rolled = rollupReports(actuals.map(report), { asOf: '2026-12-31' });
    expect(rolled.indicators).toEqual([
      expect.objectContaining({ name: '服务效果', status: 'qualitative', assessment }),
    ]);
    expect(rolled.summary).toMatchObject({ total: 1, qualitative: 1, invalid: 0 });
  });
});
