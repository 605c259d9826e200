import { checkTable } from '../../../src/core/check/checkTable';
import type { Category, CheckReport, Status, Summary } from '../../../src/core/types';
import {
  SEED_000,
  SEED_001,
  SEED_002,
  SEED_003,
  SEED_004,
  SEED_TABLES,
} from '../../fixtures/seedTables';
import { inRange } from './inRange';

// [row, name, unit, category, parent, target, actual, lastYear, completion, growth, status]
type Row = [
  number,
  string,
  string,
  Category,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  Status,
];

const MID_YEAR = { asOf: '2026-06-30' };

function expectRows(report: CheckReport, rows: Row[]): void {
  expect(report.indicators).toHaveLength(rows.length);
  rows.forEach((expected, i) => {
    const indicator = report.indicators[i];
    const [row, name, unit, category, parent, target, actual, lastYear, rate, growth, status] =
      expected;
    expect(indicator).toMatchObject({
      row,
      name,
      unit,
      category,
      parent,
      target,
      actual,
      lastYear,
      status,
    });
    for (const [value, want] of [
      [indicator?.completionRate, rate],
      [indicator?.yoyGrowth, growth],
    ] as const) {
      if (want === null) expect(value).toBeNull();
      else expect(value).toBeCloseTo(want, 10);
    }
  });
}

const codes = (report: CheckReport) => report.issues.map((issue) => `${issue.code}@${issue.cell}`);
const summaryAddsUp = (summary: Summary) =>
  summary.done +
  summary.onTrack +
  summary.behind +
  summary.severelyBehind +
  summary.noTarget +
  summary.invalid;

describe('seed tables, checked as of 2026-06-30', () => {
  it('000 钟楼区: patents 331 (65 + 156 + 110, +37.9 %) and 204 (24 + 103 + 77, +54.5 %)', () => {
    const report = checkTable(SEED_000, MID_YEAR);
    expect(report.header).toEqual({
      row: 2,
      columns: { name: 'A', unit: 'B', target: 'C', actual: 'D', lastYear: 'E', parent: 'F' },
    });
    expectRows(report, [
      [3, '专利申请量', '件', 'patent', null, 600, 331, 240, 331 / 600, 91 / 240, 'on-track'],
      [4, '发明', '件', 'patent', '专利申请量', null, 65, null, null, null, 'no-target'],
      [5, '实用新型', '件', 'patent', '专利申请量', null, 156, null, null, null, 'no-target'],
      [6, '外观', '件', 'patent', '专利申请量', null, 110, null, null, null, 'no-target'],
      [7, '专利授权量', '件', 'patent', null, 400, 204, 132, 0.51, 72 / 132, 'on-track'],
      [8, '发明', '件', 'patent', '专利授权量', null, 24, null, null, null, 'no-target'],
      [9, '实用新型', '件', 'patent', '专利授权量', null, 103, null, null, null, 'no-target'],
      [10, '外观', '件', 'patent', '专利授权量', null, 77, null, null, null, 'no-target'],
      [11, '申报省科技计划项目', '项', 'project', null, 40, 33, null, 0.825, null, 'on-track'],
      [12, '申报市级科技计划项目', '项', 'project', null, 100, 89, null, 0.89, null, 'on-track'],
      [13, '知识产权培训', '人次', 'training', null, 1500, 550, null, 550 / 1500, null, 'behind'],
      [14, '市创新型试点企业', '家', 'enterprise', null, 15, 12, null, 0.8, null, 'on-track'],
    ]);
    expect(report.indicators[0]?.yoyGrowth).toBeCloseTo(0.379, 3);
    expect(report.indicators[4]?.yoyGrowth).toBeCloseTo(0.545, 3);
    expect(report.summary).toEqual({
      total: 12,
      done: 0,
      onTrack: 5,
      behind: 1,
      severelyBehind: 0,
      noTarget: 6,
      invalid: 0,
      qualitative: 0,
    });
    expect(codes(report)).toEqual([
      'missing-last-year@E11',
      'missing-last-year@E12',
      'missing-last-year@E13',
      'missing-last-year@E14',
    ]);
  });

  it('001 河口区: 26 filed (+62.5 %), 6 granted (−14.29 %), share 49.64 %; extra columns ignored', () => {
    const report = checkTable(SEED_001, MID_YEAR);
    expect(report.header?.columns).toEqual({
      name: 'B',
      unit: 'C',
      target: 'D',
      actual: 'E',
      lastYear: 'F',
      note: 'H',
    });
    expectRows(report, [
      [3, '发明专利申请量', '件', 'patent', null, 60, 26, 16, 26 / 60, 0.625, 'behind'],
      [4, '发明专利授权量', '件', 'patent', null, 25, 6, 7, 0.24, -1 / 7, 'severely-behind'],
      [
        5,
        '高新技术产业产值占规上工业总产值比重',
        '%',
        'enterprise',
        null,
        50,
        49.64,
        null,
        0.9928,
        null,
        'on-track',
      ],
      [6, '市级科技型企业', '家', 'enterprise', null, 30, 28, null, 28 / 30, null, 'on-track'],
      [7, '省级高新技术企业', '家', 'enterprise', null, 8, 5, null, 0.625, null, 'on-track'],
      [8, '区级科技计划项目申报', '项', 'project', null, 40, 38, null, 0.95, null, 'on-track'],
      [9, '专利知识讲座', '场次', 'training', null, 6, 2, null, 2 / 6, null, 'behind'],
      [10, '市级科技进步奖', '项', 'other', null, 5, 5, null, 1, null, 'done'],
    ]);
    expect(report.indicators[1]?.yoyGrowth).toBeCloseTo(-0.1429, 4);
    expect(report.indicators[0]?.note).toBe('全市第2位');
    expect(report.summary).toMatchObject({ done: 1, onTrack: 4, behind: 2, severelyBehind: 1 });
    expect(codes(report)).toEqual(
      ['F5', 'F6', 'F7', 'F8', 'F9', 'F10'].map((c) => `missing-last-year@${c}`),
    );
  });

  it('002: 高新技术产值 1.5014 亿元 (+21 %, 45.3 % of plan); project parts add to 12, not 11', () => {
    const report = checkTable(SEED_002, MID_YEAR);
    expect(report.range).toBe('B2:G17');
    expect(report.header).toEqual({
      row: 2,
      columns: { name: 'B', unit: 'C', lastYear: 'D', target: 'E', actual: 'F', parent: 'G' },
    });
    const growth = (1.5014 - 1.2408) / 1.2408;
    expectRows(report, [
      [
        3,
        '高新技术产值',
        '亿元',
        'enterprise',
        null,
        3.3144,
        1.5014,
        1.2408,
        1.5014 / 3.3144,
        growth,
        'behind',
      ],
      [
        4,
        '高新技术增加值',
        '亿元',
        'enterprise',
        null,
        1.8452,
        0.8285,
        0.6575,
        0.8285 / 1.8452,
        (0.8285 - 0.6575) / 0.6575,
        'behind',
      ],
      [5, '专利申请量', '项', 'patent', null, null, 4, null, null, null, 'no-target'],
      [6, '发明专利', '项', 'patent', '专利申请量', null, 1, null, null, null, 'no-target'],
      [7, '实用新型', '项', 'patent', '专利申请量', null, 3, null, null, null, 'no-target'],
      [8, '国家专利授权量', '件', 'patent', null, 10, 8, null, 0.8, null, 'on-track'],
      [9, '申报市以上科技项目', '个', 'project', null, 20, 11, null, 0.55, null, 'on-track'],
      [
        10,
        '国家科技项目',
        '个',
        'project',
        '申报市以上科技项目',
        null,
        3,
        null,
        null,
        null,
        'no-target',
      ],
      [
        11,
        '省科技计划项目',
        '个',
        'project',
        '申报市以上科技项目',
        null,
        2,
        null,
        null,
        null,
        'no-target',
      ],
      [
        12,
        '市科技计划项目',
        '个',
        'project',
        '申报市以上科技项目',
        null,
        5,
        null,
        null,
        null,
        'no-target',
      ],
      [
        13,
        '对口支援项目',
        '个',
        'project',
        '申报市以上科技项目',
        null,
        2,
        null,
        null,
        null,
        'no-target',
      ],
      [14, '科技培训', '场次', 'training', null, 400, 214, null, 0.535, null, 'on-track'],
      [
        15,
        '培训人次',
        '人次',
        'training',
        null,
        60000,
        33700,
        null,
        33700 / 60000,
        null,
        'on-track',
      ],
      [16, '科技示范村', '个', 'other', null, 15, 12, null, 0.8, null, 'on-track'],
      [17, '农村科技示范户', '户', 'other', null, 1200, 1020, null, 0.85, null, 'on-track'],
    ]);
    expect(report.indicators[0]?.completionRate).toBeCloseTo(0.453, 3);
    expect(report.indicators[0]?.yoyGrowth).toBeCloseTo(0.21, 3);
    expect(report.indicators[1]?.completionRate).toBeCloseTo(0.449, 3);
    expect(report.indicators[1]?.yoyGrowth).toBeCloseTo(0.26, 3);
    const mismatch = report.issues.find((issue) => issue.code === 'parts-sum-mismatch');
    expect(mismatch).toEqual({
      code: 'parts-sum-mismatch',
      severity: 'warning',
      cell: 'F9',
      row: 9,
      indicator: '申报市以上科技项目',
      params: {
        parentCell: 'F9',
        childCells: 'F10,F11,F12,F13',
        sum: 12,
        total: 11,
        difference: 1,
        unit: '个',
      },
    });
    expect(report.summary).toEqual({
      total: 15,
      done: 0,
      onTrack: 6,
      behind: 2,
      severelyBehind: 0,
      noTarget: 7,
      invalid: 0,
      qualitative: 0,
    });
  });

  it('003 颍东区: masked figures (xx家, x.x亿元, x.xx%) are errors, never zeros', () => {
    const report = checkTable(SEED_003, MID_YEAR);
    expect(
      report.indicators.map((indicator) => [indicator.name, indicator.actual, indicator.status]),
    ).toEqual([
      ['高新技术企业申报', null, 'invalid'],
      ['科技型中小企业入库', null, 'invalid'],
      ['企业吸纳技术合同成交额', null, 'invalid'],
      ['全社会研发投入强度', null, 'invalid'],
      ['规上工业研发投入', null, 'invalid'],
      ['科技特派员', null, 'invalid'],
      ['争取省级资金', null, 'invalid'],
      ['推荐省级重点研究开发计划项目', 2, 'no-target'],
      ['省级科技特派团项目立项', 2, 'no-target'],
    ]);
    const notNumbers = report.issues.filter((issue) => issue.code === 'not-a-number');
    expect(notNumbers.map((issue) => [issue.cell, issue.params.text])).toEqual([
      ['C2', 'xx'],
      ['D2', 'x'],
      ['C3', 'xxx'],
      ['D3', 'xx'],
      ['E3', 'xx'],
      ['D4', 'x.x亿元'],
      ['D5', 'x.xx%'],
      ['D6', 'x.x'],
      ['D7', 'xxx'],
      ['D8', 'xx.x'],
    ]);
    expect(
      notNumbers.every(
        (issue) => issue.severity === 'error' && issue.params.kind === 'placeholder',
      ),
    ).toBe(true);
    expect(report.summary).toMatchObject({ total: 9, invalid: 7, noTarget: 2 });
  });

  it('004 XX县 (whole year 2020): 205万元 in a 亿元 row, 7000多万元, 其中：发明专利', () => {
    const report = checkTable(SEED_004, { asOf: '2020-12-31' });
    expect(report.expectedProgress).toBe(1);
    expectRows(report, [
      [3, '全社会科研投入', '亿元', 'rd', null, 3, 3.2, 1.808, 3.2 / 3, 3.2 / 1.808 - 1, 'done'],
      [
        4,
        '高新技术产值',
        '亿元',
        'enterprise',
        null,
        70,
        75,
        42.13,
        75 / 70,
        75 / 42.13 - 1,
        'done',
      ],
      [
        5,
        '高新技术增加值',
        '亿元',
        'enterprise',
        null,
        16,
        17.2,
        10.24,
        1.075,
        17.2 / 10.24 - 1,
        'done',
      ],
      [6, '专利申请量', '件', 'patent', null, 200, 206, 112, 1.03, 206 / 112 - 1, 'done'],
      [7, '发明专利', '件', 'patent', '专利申请量', 50, 56, 30, 1.12, 56 / 30 - 1, 'done'],
      [
        8,
        '兑现科技创新奖励扶持资金',
        '亿元',
        'other',
        null,
        0.02,
        0.0205,
        null,
        1.025,
        null,
        'done',
      ],
      [9, '签订产学研合作协议', '项', 'other', null, 3, 3, null, 1, null, 'done'],
      [10, '技术交易额', '亿元', 'other', null, 0.8, 0.7, null, 0.875, null, 'behind'],
      [11, '知识产权宣传活动', '次', 'patent', null, 4, 4, null, 1, null, 'done'],
      [12, '联合执法行动', '次', 'other', null, 6, 8, null, 8 / 6, null, 'done'],
      [13, '农村实用技术培训班', '期', 'training', null, 4, 4, null, 1, null, 'done'],
      [14, '选派科技特派员', '名', 'other', null, 20, 20, null, 1, null, 'done'],
      [15, '发放宣传资料', '份', 'other', null, 5000, 3000, null, 0.6, null, 'severely-behind'],
    ]);
    expect(
      report.indicators.map((indicator) => indicator.yoyGrowth?.toFixed(3) ?? null).slice(0, 5),
    ).toEqual(['0.770', '0.780', '0.680', '0.839', '0.867']);
    expect(
      report.indicators.filter((indicator) => indicator.approximate).map((i) => i.name),
    ).toEqual(['技术交易额', '发放宣传资料']);
    expect(report.summary).toEqual({
      total: 13,
      done: 11,
      onTrack: 0,
      behind: 1,
      severelyBehind: 1,
      noTarget: 0,
      invalid: 0,
      qualitative: 0,
    });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it.each(Object.entries(SEED_TABLES))(
    '%s: summary adds up and issue cells lie in the range',
    (_name, grid) => {
      const report = checkTable(grid, MID_YEAR);
      expect(summaryAddsUp(report.summary)).toBe(report.summary.total);
      expect(report.summary.total).toBe(report.indicators.length);
      expect(report.issues.filter((issue) => !inRange(issue.cell, report.range))).toEqual([]);
    },
  );
});
