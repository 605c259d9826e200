import { detectHeader } from '../../../src/core/table/detectHeader';
import { matchHeader } from '../../../src/core/table/headers';
import type { CellValue, Field } from '../../../src/core/types';

describe('matchHeader', () => {
  it.each<[CellValue, Field | null, string | null]>([
    ['指标名称', 'name', null],
    ['指标', 'name', null],
    ['指标项', 'name', null],
    [' 指 标 名 称 ', 'name', null],
    ['Indicator', 'name', null],
    ['NAME', 'name', null],
    ['单位', 'unit', null],
    ['计量单位', 'unit', null],
    ['Unit', 'unit', null],
    ['年度目标', 'target', null],
    ['全年目标', 'target', null],
    ['目标值', 'target', null],
    ['目标', 'target', null],
    ['计划任务', 'target', null],
    ['Annual target', 'target', null],
    ['年度目标（亿元）', 'target', '亿元'],
    ['年度目标(万元)', 'target', '万元'],
    ['完成值', 'actual', null],
    ['本期完成', 'actual', null],
    ['累计完成', 'actual', null],
    ['实际完成', 'actual', null],
    ['完成', 'actual', null],
    ['Actual', 'actual', null],
    ['累计完成（件）', 'actual', '件'],
    ['2026年1-6月完成', 'actual', null],
    ['去年同期', 'lastYear', null],
    ['上年同期', 'lastYear', null],
    ['Last year', 'lastYear', null],
    ['Prior period', 'lastYear', null],
    ['2025年同期', 'lastYear', null],
    ['上年同期完成', 'lastYear', null],
    ['上级指标', 'parent', null],
    ['所属指标', 'parent', null],
    ['Parent', 'parent', null],
    ['类别', 'category', null],
    ['分类', 'category', null],
    ['Category', 'category', null],
    ['方向', 'direction', null],
    ['Direction', 'direction', null],
    ['备注', 'note', null],
    ['Note', 'note', null],
    ['完成率', null, null],
    ['同比增长(%)', null, '%'],
    ['序号', null, null],
    ['序时进度', null, null],
    ['2026年上半年科技工作指标完成情况', null, null],
    ['单位：万元', null, null],
    [2026, null, null],
    [null, null, null],
  ])('%p → %p (unit %p)', (label, field, unit) => {
    const matched = matchHeader(label);
    expect(matched.field).toBe(field);
    expect(matched.unit).toBe(unit);
  });
});

describe('detectHeader', () => {
  it('finds the header under title rows and a table-wide unit note', () => {
    const header = detectHeader([
      ['2026年上半年科技工作指标完成情况', null, null],
      [null, null, '单位：万元'],
      ['指标名称', '年度目标', '累计完成'],
      ['研发投入', 36000, 19000],
    ]);
    expect(header?.rowIndex).toBe(2);
    expect(header?.columns).toEqual({ name: 0, target: 1, actual: 2 });
    expect(header?.tableUnit).toBe('万元');
  });

  it('prefers the row that matches more fields', () => {
    const header = detectHeader([
      ['指标说明', '备注'],
      ['指标名称', '单位', '年度目标', '累计完成'],
    ]);
    expect(header?.rowIndex).toBe(1);
  });

  it('lets an exact alias win over an earlier partial one and records the other', () => {
    const header = detectHeader([['指标名称', '全年预计完成', '累计完成']]);
    expect(header?.columns.actual).toBe(2);
    expect(header?.duplicates).toEqual([{ field: 'actual', col: 1, usedCol: 2 }]);
  });

  it('looks at the first 30 rows only', () => {
    const rows: CellValue[][] = Array.from({ length: 30 }, () => ['说明文字']);
    rows.push(['指标名称', '累计完成']);
    expect(detectHeader(rows)).toBeNull();
    expect(detectHeader(rows.slice(1))?.rowIndex).toBe(29);
  });

  it('needs two recognised columns', () => {
    expect(
      detectHeader([
        ['指标名称', '某某'],
        ['专利', 1],
      ]),
    ).toBeNull();
  });
});
