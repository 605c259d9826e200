import { checkTable } from '../../../src/core/check/checkTable';
import type { CellGrid, CellValue, Issue } from '../../../src/core/types';

const HEADER: CellValue[] = ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'];
const check = (rows: CellValue[][], extra: Partial<CellGrid> = {}) =>
  checkTable({ address: 'A1', values: [HEADER, ...rows], ...extra }, { asOf: '2026-06-30' });
const brief = (issues: Issue[]) => issues.map(({ code, cell, params }) => ({ code, cell, params }));

describe('checkTable: cell values in the row unit', () => {
  it.each<[string | null, CellValue, number | null, string[]]>([
    ['亿元', '205万元', 0.0205, []],
    ['亿元', 1.5014, 1.5014, []],
    ['亿元', '1.5014亿元', 1.5014, []],
    ['人次', '3.37万人次', 33700, []],
    ['万人次', '3万多', 3, ['approximate-value']],
    ['万人次', '约3万人次', 3, ['approximate-value']],
    ['人次', '3万多人次', 30000, ['approximate-value']],
    ['万人次', 3.37, 3.37, []],
    ['个', '3万个', 30000, []],
    ['万个', '5000个', 0.5, []],
    ['件', '8项', 8, []],
    ['场次', '214期', 214, []],
    ['份', '1000多份', 1000, ['approximate-value']],
    ['个', '200余', 200, ['approximate-value']],
    ['%', '21.%', 21, []],
    ['%', '21%', 21, []],
    [null, '21%', 21, []],
    ['件', '１２３４', 1234, []],
    ['件', '1,234', 1234, []],
    ['亿元', '3.37万人次', null, ['unit-mismatch']],
    ['%', '3.2亿元', null, ['unit-mismatch']],
    ['亿元', 'x.x亿元', null, ['not-a-number']],
    ['家', 'XX家', null, ['not-a-number']],
    ['件', '—', null, ['not-a-number']],
    ['件', '/', null, ['not-a-number']],
    ['件', '待统计', null, ['not-a-number']],
    ['件', '#DIV/0!', null, ['not-a-number']],
    ['件', '#N/A', null, ['not-a-number']],
    ['件', '#VALUE!', null, ['not-a-number']],
    ['件', true, null, ['not-a-number']],
    ['件', Number.NaN, null, ['not-a-number']],
    ['件', null, null, ['missing-value']],
  ])('unit %p, actual %p → %p', (unit, actual, expected, codes) => {
    const report = check([['指标', unit, 100, actual, null, null]]);
    expect(report.indicators[0]?.actual).toBe(expected);
    expect(report.indicators[0]?.unit).toBe(unit ?? '%');
    expect(
      report.issues.map((issue) => issue.code).filter((code) => code !== 'missing-last-year'),
    ).toEqual(codes);
    if (expected === null) expect(report.indicators[0]?.status).toBe('invalid');
  });

  it('reads 0.21 in a % number format as 21 %', () => {
    const report = check([['研发投入强度', '%', 2.5, 0.021, 0.0221, null]], {
      numberFormat: [
        ['General', 'General', 'General', 'General', 'General', 'General'],
        ['General', 'General', '0.0', '0.00%', '0.00%', 'General'],
      ],
    });
    expect(report.indicators[0]).toMatchObject({
      actual: 2.1,
      lastYear: 2.21,
      yoyChangePoints: -0.11,
    });
  });

  it('takes the cell unit when the row has none (actual first) and converts the others to it', () => {
    const report = check([['技术合同成交额', null, '2亿元', '9800万元', '8500万元', null]]);
    expect(report.indicators[0]).toMatchObject({
      unit: '万元',
      target: 20000,
      actual: 9800,
      lastYear: 8500,
      completionRate: 0.49,
    });
  });

  it('uses a table-wide 单位 note for bare numbers', () => {
    const report = checkTable(
      {
        address: 'A1',
        values: [['单位：万元'], ['指标名称', '年度目标', '累计完成'], ['研发投入', 36000, 19000]],
      },
      {},
    );
    expect(report.indicators[0]?.unit).toBe('万元');
  });
});

describe('checkTable: issues', () => {
  it('no-header: one error at the top-left cell, empty report', () => {
    const report = checkTable(
      {
        address: 'C4',
        values: [
          ['专利', 1],
          ['项目', 2],
        ],
      },
      {},
    );
    expect(report.header).toBeNull();
    expect(report.indicators).toEqual([]);
    expect(report.range).toBe('C4:D5');
    expect(report.issues).toEqual([
      { code: 'no-header', severity: 'error', cell: 'C4', row: 4, params: { rows: 30 } },
    ]);
  });

  it('missing-column: name and actual are required; no indicators', () => {
    const report = checkTable(
      { address: 'B2', values: [['标题'], ['单位', '年度目标', '去年同期'], ['件', 600, 240]] },
      {},
    );
    expect(report.indicators).toEqual([]);
    expect(report.header).toEqual({ row: 3, columns: { unit: 'B', target: 'C', lastYear: 'D' } });
    expect(brief(report.issues)).toEqual([
      { code: 'missing-column', cell: 'B3', params: { field: 'name' } },
      { code: 'missing-column', cell: 'B3', params: { field: 'actual' } },
    ]);
  });

  it('duplicate-column: the first column is used, the other reported', () => {
    const report = checkTable(
      {
        address: 'A1',
        values: [
          ['指标名称', '完成值', '累计完成'],
          ['专利', 3, 4],
        ],
      },
      {},
    );
    expect(report.indicators[0]?.actual).toBe(3);
    expect(brief(report.issues)).toEqual([
      { code: 'duplicate-column', cell: 'C1', params: { field: 'actual', usedCell: 'B1' } },
    ]);
  });

  it('not-a-number, approximate-value and unit-mismatch carry field, text and units', () => {
    const report = check([
      ['高新技术企业', '家', 'xx', '#DIV/0!', 33, null],
      ['培训人次', '万人次', 6, '3万多', 2.9, null],
      ['技术合同成交额', '亿元', 2, '3.37万人次', 0.85, null],
    ]);
    expect(brief(report.issues)).toEqual([
      {
        code: 'not-a-number',
        cell: 'C2',
        params: { field: 'target', text: 'xx', kind: 'placeholder' },
      },
      {
        code: 'not-a-number',
        cell: 'D2',
        params: { field: 'actual', text: '#DIV/0!', kind: 'excel-error' },
      },
      {
        code: 'approximate-value',
        cell: 'D3',
        params: { field: 'actual', text: '3万多', value: 3, unit: '万人次' },
      },
      {
        code: 'unit-mismatch',
        cell: 'D4',
        params: { field: 'actual', text: '3.37万人次', expected: '亿元', found: '万人次' },
      },
    ]);
    expect(report.indicators.map((indicator) => [indicator.status, indicator.approximate])).toEqual(
      [
        ['invalid', false],
        ['on-track', true],
        ['invalid', false],
      ],
    );
  });

  it('duplicate-indicator: same name under the same parent; not under different parents', () => {
    const report = check([
      ['专利申请量', '件', 600, 331, 240, null],
      ['发明', '件', null, 65, 50, '专利申请量'],
      ['专利授权量', '件', 400, 204, 132, null],
      ['发明', '件', null, 24, 20, '专利授权量'],
      ['专利申请量', '件', 600, 331, 240, null],
    ]);
    expect(brief(report.issues)).toEqual([
      {
        code: 'duplicate-indicator',
        cell: 'A6',
        params: { name: '专利申请量', firstCell: 'A2' },
      },
    ]);
  });

  it('non-positive-target, negative-value, zero-last-year, missing-last-year', () => {
    const report = check([
      ['专利申请量', '件', 0, 331, 240, null],
      ['专利授权量', '件', 400, -4, 132, null],
      ['科技项目', '个', 20, 11, 0, null],
      ['培训人次', '人次', 60000, 33700, null, null],
    ]);
    expect(brief(report.issues)).toEqual([
      { code: 'non-positive-target', cell: 'C2', params: { value: 0 } },
      { code: 'negative-value', cell: 'D3', params: { field: 'actual', value: -4 } },
      { code: 'zero-last-year', cell: 'E4', params: {} },
      { code: 'missing-last-year', cell: 'E5', params: {} },
    ]);
    expect(report.indicators.map((indicator) => indicator.status)).toEqual([
      'invalid',
      'severely-behind',
      'on-track',
      'on-track',
    ]);
  });

  it('missing-value: a name without numbers is reported, numbers without a name too', () => {
    const report = check([
      ['科技示范村', '个', 15, null, null, null],
      [null, '个', 15, 12, null, null],
    ]);
    expect(report.indicators.map((indicator) => [indicator.name, indicator.status])).toEqual([
      ['科技示范村', 'invalid'],
    ]);
    expect(brief(report.issues)).toEqual([
      { code: 'missing-value', cell: 'D2', params: { field: 'actual' } },
      { code: 'missing-value', cell: 'A3', params: { field: 'name' } },
    ]);
  });

  it.each<[number, boolean]>([
    [1000, false],
    [1004.9, false],
    [995.1, false],
    [1005.1, true],
    [994.9, true],
  ])('parts-sum-mismatch: parts adding to %p against 1000 → reported %p', (sum, reported) => {
    const report = check([
      ['专利申请量', '件', 2000, 1000, 800, null],
      ['发明', '件', null, sum - 400, null, '专利申请量'],
      ['实用新型', '件', null, 250, null, '专利申请量'],
      ['外观', '件', null, 150, null, '专利申请量'],
    ]);
    const mismatches = report.issues.filter((issue) => issue.code === 'parts-sum-mismatch');
    expect(mismatches).toEqual(
      reported
        ? [
            {
              code: 'parts-sum-mismatch',
              severity: 'warning',
              cell: 'D2',
              row: 2,
              indicator: '专利申请量',
              params: {
                parentCell: 'D2',
                childCells: 'D3,D4,D5',
                sum,
                total: 1000,
                difference: Number((sum - 1000).toFixed(1)),
                unit: '件',
              },
            },
          ]
        : [],
    );
  });

  it('parts in other units are converted before adding', () => {
    const report = check([
      ['研发投入', '亿元', 3.6, 1.9, 1.6, null],
      ['企业投入', '万元', 30000, 15000, 12000, '研发投入'],
      ['政府投入', '亿元', 0.6, 0.4, 0.4, '研发投入'],
    ]);
    expect(report.issues).toEqual([]);
  });

  it('infers sub-items from 其中 without a parent column; a 其中 part is only checked for excess', () => {
    const report = checkTable(
      {
        address: 'A1',
        values: [
          ['指标名称', '年度目标', '累计完成'],
          ['专利申请量', 200, 206],
          ['其中：发明专利', 50, 56],
          ['专利授权量', 100, 50],
          ['其中发明专利', 30, 60],
        ],
      },
      {},
    );
    expect(report.indicators.map((indicator) => [indicator.name, indicator.parent])).toEqual([
      ['专利申请量', null],
      ['发明专利', '专利申请量'],
      ['专利授权量', null],
      ['发明专利', '专利授权量'],
    ]);
    expect(brief(report.issues)).toEqual([
      {
        code: 'part-exceeds-total',
        cell: 'C5',
        params: { parentCell: 'C4', part: 60, total: 50, unit: '' },
      },
    ]);
  });

  it('unknown-parent: reported at the parent cell; the row stays top-level', () => {
    const report = check([
      ['发明', '件', null, 65, 48, '专利申清量'],
      ['自己', '件', null, 1, 1, '自己'],
    ]);
    expect(report.indicators.map((indicator) => indicator.parent)).toEqual([null, null]);
    expect(brief(report.issues)).toEqual([
      { code: 'unknown-parent', cell: 'F2', params: { parent: '专利申清量' } },
      { code: 'unknown-parent', cell: 'F3', params: { parent: '自己' } },
    ]);
  });

  it('direction: 逆向 inverts the comparison; an unknown word is reported and read as 正向', () => {
    const report = checkTable(
      {
        address: 'A1',
        values: [
          ['指标名称', '方向', '年度目标', '累计完成'],
          ['万元产值能耗', '逆向', 0.5, 0.45],
          ['安全事故', '逆向', 2, 3],
          ['专利申请量', '横向', 600, 331],
        ],
      },
      { asOf: '2026-06-30' },
    );
    expect(report.indicators.map((indicator) => [indicator.direction, indicator.status])).toEqual([
      ['lower', 'on-track'],
      ['lower', 'severely-behind'],
      ['higher', 'on-track'],
    ]);
    expect(brief(report.issues)).toEqual([
      { code: 'unknown-direction', cell: 'B4', params: { text: '横向' } },
    ]);
  });

  it('issues are in sheet order and every issue names its indicator', () => {
    const report = check([
      ['专利申请量', '件', 'x', 'x', 'x', null],
      ['专利授权量', '件', -1, -2, 0, null],
    ]);
    expect(report.issues.map((issue) => issue.cell)).toEqual(['C2', 'D2', 'E2', 'C3', 'D3', 'E3']);
    expect(report.issues.every((issue) => typeof issue.indicator === 'string')).toBe(true);
  });
});
