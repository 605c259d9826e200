// A 绩效自评表 checked in Excel: the status column shows each indicator's score (and the table's
// where it differs); a re-run replaces those labels and 清除标记 removes them, as with plain ones.
import { changedUserCells, check, setup, userContent } from './fixtures';
import type { Setup } from './fixtures';

const SELF_EVAL = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训人次', '≥50人次', 50, 50, 50],
  ['产出指标', '数量指标', '专利申请', '≥100件', 75, 50, 40],
];

let s: Setup;
afterEach(() => s.office.uninstall());

async function checkAndMark() {
  const source = await s.workbook.readSource('auto');
  return s.workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' });
}

it('writes scored labels, replaces them on a re-run and clears them', async () => {
  s = setup({ rows: SELF_EVAL, at: 'A1' });
  s.office.model.select('A1');
  const before = s.sheet.snapshot();
  const values = userContent(s.sheet);
  await checkAndMark();
  expect([0, 1, 2].map((row) => s.sheet.value(row, 7))).toEqual([
    '核验状态',
    '已完成（得分50/50）',
    '严重滞后（得分37.5/50，表内40）',
  ]);
  await checkAndMark();
  expect(s.sheet.value(2, 7)).toBe('严重滞后（得分37.5/50，表内40）');
  await s.workbook.clearMarks();
  expect(s.sheet.snapshot()).toEqual(before);
  expect(changedUserCells(values, userContent(s.sheet))).toEqual([]);
});
