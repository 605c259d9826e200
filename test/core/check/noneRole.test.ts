// The user's "none" for a role (an empty list in CheckOptions.columns): no column has it.
import { checkTable } from '../../../src/core';

const grid = {
  address: 'A1',
  values: [
    ['领域', '指标名称', '年度目标', '累计完成', '同比增长%'],
    ['科技创新', '专利申请量', 600, 331, 5.5],
    ['科技创新', '发明专利', 100, 60, 3],
  ],
};

describe('a role set to none', () => {
  it('is read as detected without an override', () => {
    const report = checkTable(grid, { asOf: '2026-06-30' });
    expect(report.table?.columns).toMatchObject({ group: ['A'], yoyGrowth: 'E' });
  });

  it.each([
    ['group', 'group'],
    ['yoyGrowth', 'yoyGrowth'],
  ] as const)('%s: [] leaves the role without a column', (role, shown) => {
    const report = checkTable(grid, { asOf: '2026-06-30', columns: { [role]: [] } });
    expect(report.table?.columns[shown]).toBeUndefined();
    if (role === 'yoyGrowth') expect(report.indicators[0]?.yoyGrowth).toBeNull();
    else expect(report.indicators[0]?.group).toEqual([]);
  });
});
