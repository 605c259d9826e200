import { checkTable } from '../../../src/core/check/checkTable';
import { SAMPLE_GRID } from '../../../src/core/sample';

describe('SAMPLE_GRID', () => {
  const report = checkTable(SAMPLE_GRID, { asOf: '2026-06-30' });

  it('is a clean half-year table under a title row', () => {
    expect(report.header).toEqual({
      row: 2,
      columns: { name: 'A', unit: 'B', target: 'C', actual: 'D', lastYear: 'E', parent: 'F' },
    });
    expect(report.range).toBe('A1:F18');
    expect(report.issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      'approximate-value@D17',
    ]);
  });

  it('has every category and every progress class', () => {
    expect(new Set(report.indicators.map((indicator) => indicator.category))).toEqual(
      new Set(['rd', 'patent', 'enterprise', 'project', 'training', 'other']),
    );
    expect(report.summary).toEqual({
      total: 16,
      done: 2,
      onTrack: 10,
      behind: 2,
      severelyBehind: 2,
      noTarget: 0,
      invalid: 0,
      qualitative: 0,
    });
    const byStatus = (status: string) =>
      report.indicators.filter((indicator) => indicator.status === status).map((i) => i.name);
    expect(byStatus('done')).toEqual(['高新技术企业', '科技特派员']);
    expect(byStatus('behind')).toEqual(['高新技术产值', '技术合同成交额']);
    expect(byStatus('severely-behind')).toEqual(['科技型中小企业入库', '省级科技计划项目立项']);
  });

  it('has patent sub-items, 亿元, %, 万人次 and an approximate value', () => {
    const find = (name: string) => report.indicators.find((indicator) => indicator.name === name);
    expect(report.indicators.filter((i) => i.parent === '专利申请量').map((i) => i.name)).toEqual([
      '发明',
      '实用新型',
      '外观设计',
    ]);
    expect(find('高新技术产值')).toMatchObject({ unit: '亿元', actual: 1.5014 });
    expect(find('研发投入强度')).toMatchObject({ unit: '%', yoyChangePoints: 0.17 });
    expect(find('培训人次')).toMatchObject({ unit: '万人次', actual: 3, approximate: true });
    expect(find('技术合同成交额')).toMatchObject({ actual: 0.98, completionRate: 0.49 });
  });
});
