// Labels written next to a 绩效自评表 carry the computed score and, when it differs, the table's.
import { checkTable, isOurLabel, markPlan } from '../../../src/core';
import type { CellValue } from '../../../src/core';
import { resultSheetContents } from '../../../src/core/marks/resultSheet';
import { withoutScore } from '../../../src/core/marks/scoreLabel';

const GRID: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析'],
  ['产出指标', '数量指标', '培训人次', '≥50人次', 50, 10, 10, null],
  ['产出指标', '数量指标', '专利申请', '≥100件', 80, 10, 9, '申报延后'],
  ['效益指标', '社会效益', '服务效果', '效果明显', '效果明显', 10, 9, null],
];
const report = checkTable({ values: GRID, address: 'A1' }, { asOf: '2026-12-31' });

describe('score beside the status word', () => {
  it.each([
    ['zh-CN', ['已完成（得分10/10）', '滞后（得分8/10，表内9）', '定性评价（得分9/10）']],
    ['en-US', ['Done (score 10/10)', 'Behind (score 8/10; table 9)', 'Qualitative (score 9/10)']],
  ] as const)('%s', (locale, labels) => {
    const got = markPlan(report, locale).statuses.map((status) => status.label);
    expect(got).toEqual(labels);
    for (const label of got) {
      expect(isOurLabel(label)).toBe(true);
      expect(isOurLabel(withoutScore(label))).toBe(true);
    }
  });

  it('a progress table keeps the bare status words', () => {
    const plain = checkTable(
      {
        values: [
          ['指标', '目标', '完成'],
          ['研发投入', 10, 6],
        ],
        address: 'A1',
      },
      { asOf: '2026-06-30' },
    );
    expect(markPlan(plain, 'zh-CN').statuses[0]?.label).toBe('达序时');
  });

  it.each(['已完成（得分）', '已完成（得分9/10）x', '我的（得分9/10）', '已完成 (score 9/10)x'])(
    'a user cell that only looks like ours is not ours: %s',
    (value) => expect(isOurLabel(value)).toBe(false),
  );
});

describe('result sheet of a 自评表', () => {
  it('adds 分值, 得分 and 表内得分 columns and a total row with the grade', () => {
    const sheet = resultSheetContents(report, 'zh-CN', report.issues, null);
    const header = sheet.values[sheet.tableHeaderRow] ?? [];
    expect(header.slice(9)).toEqual(['分值', '得分', '表内得分']);
    const rows = sheet.values.slice(sheet.tableHeaderRow + 1, sheet.tableHeaderRow + 4);
    expect(rows.map((row) => row.slice(9))).toEqual([
      [10, 10, 10],
      [10, 8, 9],
      [10, 9, 9],
    ]);
    const total = sheet.values[sheet.tableHeaderRow + 4] ?? [];
    const evaluation = report.evaluation;
    expect(total[0]).toBe('总分');
    expect(total.slice(9)).toEqual([
      evaluation?.maxScore,
      evaluation?.score ?? '',
      evaluation?.tableScore ?? '',
    ]);
    expect(new Set(sheet.values.map((row) => row.length))).toEqual(new Set([12]));
  });
});
