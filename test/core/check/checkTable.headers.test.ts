import { checkTable } from '../../../src/core/check/checkTable';
import type { CellValue, Field } from '../../../src/core/types';

const check = (values: CellValue[][], address = 'A1') =>
  checkTable({ address, values }, { asOf: '2026-06-30' });

describe('checkTable: finding the header', () => {
  it.each<[string, CellValue[][], string, number, Partial<Record<Field, string>>]>([
    [
      'title rows above',
      [
        ['2026年上半年科技工作指标完成情况', null, null],
        [null, null, null],
        ['指标名称', '年度目标', '累计完成'],
        ['专利申请量', 600, 331],
      ],
      'A1',
      3,
      { name: 'A', target: 'B', actual: 'C' },
    ],
    [
      'English headers',
      [
        [
          'Indicator',
          'Unit',
          'Annual target',
          'Actual',
          'Last year',
          'Parent',
          'Category',
          'Direction',
          'Note',
        ],
        ['Patents filed', '件', 600, 331, 240, null, 'patent', 'higher', ''],
      ],
      'A1',
      1,
      {
        name: 'A',
        unit: 'B',
        target: 'C',
        actual: 'D',
        lastYear: 'E',
        parent: 'F',
        category: 'G',
        direction: 'H',
        note: 'I',
      },
    ],
    [
      'extra columns ignored',
      [
        ['序号', '指标', '完成率', '全年目标', '完成值', '同比增长(%)', '排名'],
        [1, '专利申请量', '55%', 600, 331, 37.9, 2],
      ],
      'A1',
      1,
      { name: 'B', target: 'D', actual: 'E' },
    ],
    [
      'columns in any order, offset grid',
      [
        ['上年同期', '本期完成', '计划任务', '计量单位', '指标项'],
        [240, 331, 600, '件', '专利申请量'],
      ],
      'C5',
      5,
      { lastYear: 'C', actual: 'D', target: 'E', unit: 'F', name: 'G' },
    ],
    [
      'full-width brackets and spaces',
      [
        [' 指标名称 ', '年度目标（亿元）', '累计完成（亿元）'],
        ['高新技术产值', 3.3144, 1.5014],
      ],
      'A1',
      1,
      { name: 'A', target: 'B', actual: 'C' },
    ],
    [
      'period-named columns',
      [
        ['指标', '2026年目标', '2026年1-6月完成', '2025年同期'],
        ['专利申请量', 600, 331, 240],
      ],
      'A1',
      1,
      { name: 'A', target: 'B', actual: 'C', lastYear: 'D' },
    ],
  ])('%s', (_label, values, address, row, columns) => {
    const report = check(values, address);
    expect(report.header).toEqual({ row, columns });
    expect(report.indicators).toHaveLength(1);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('reads a header-unit column: 年度目标（亿元） holds 亿元 even without a unit column', () => {
    const report = check([
      ['指标名称', '年度目标（亿元）', '累计完成（万元）'],
      ['高新技术产值', 3.3144, 15014],
    ]);
    expect(report.indicators[0]).toMatchObject({ unit: '万元', target: 33144, actual: 15014 });
  });

  it('fills merged-looking blank category cells down and ignores blank rows', () => {
    const report = check([
      ['类别', '指标名称', '年度目标', '累计完成'],
      ['专利', '专利申请量', 600, 331],
      [null, '专利授权量', 400, 204],
      [null, null, null, null],
      ['项目', '申报项目', 20, 11],
      ['', '立项项目', 8, 2],
    ]);
    expect(report.indicators.map((indicator) => [indicator.name, indicator.category])).toEqual([
      ['专利申请量', 'patent'],
      ['专利授权量', 'patent'],
      ['申报项目', 'project'],
      ['立项项目', 'project'],
    ]);
  });

  it('skips a repeated header row, footnotes and section headings (which set the category)', () => {
    const report = check([
      ['指标名称', '年度目标', '累计完成'],
      ['一、研发投入', null, null],
      ['全社会投入', 3.6, 1.9],
      ['指标名称', '年度目标', '累计完成'],
      ['二、科技服务', null, null],
      ['科技特派员', 120, 120],
      ['注：数据来源于统计局快报', null, null],
    ]);
    expect(report.indicators.map((indicator) => [indicator.name, indicator.category])).toEqual([
      ['全社会投入', 'rd'],
      ['科技特派员', 'other'],
    ]);
    expect(report.issues).toEqual([]);
  });

  it('strips ordinals and reads a unit written after the name', () => {
    const report = check([
      ['指标名称', '年度目标', '累计完成'],
      ['1、高新技术产值（亿元）', 3.3144, '15014万元'],
      ['（2）专利申请量(件)', 600, 331],
    ]);
    expect(
      report.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.actual]),
    ).toEqual([
      ['高新技术产值', '亿元', 1.5014],
      ['专利申请量', '件', 331],
    ]);
  });

  it('a 类别 column overrides the name; sub-items without one follow their parent', () => {
    const report = check([
      ['指标名称', '类别', '年度目标', '累计完成', '上级指标'],
      ['专利申请量', '培训', 600, 331, null],
      ['发明', null, 120, 65, '专利申请量'],
      ['科技特派员', 'enterprise', 120, 120, null],
      ['科技示范村', '科技服务', 15, 12, null],
    ]);
    expect(report.indicators.map((indicator) => indicator.category)).toEqual([
      'training',
      'training',
      'enterprise',
      'other',
    ]);
  });
});
