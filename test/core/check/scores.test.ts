// 自评表 scores by the rule of 财预〔2020〕10号 (附件 notes), and the table's own arithmetic.
import { checkTable } from '../../../src/core/check/checkTable';
import { gradeOf } from '../../../src/core/check/evaluation';
import type { CellValue, CheckOptions, CheckReport, Grade } from '../../../src/core/types';

const FUNDS: CellValue[][] = [
  ['项目支出绩效自评表', null, null, null, null, null, null, null],
  ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  [null, '年度资金总额：', 100, 100, 95, 10, '95.00%', 9.5],
  [null, '其中：本年财政拨款', 100, 100, 95, null, null, null],
];
const HEADER: CellValue[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

function selfEvaluation(
  rows: CellValue[][],
  options: CheckOptions = {},
  funds: CellValue[][] = FUNDS,
): CheckReport {
  return checkTable(
    { address: 'A1', values: [...funds, HEADER, ...rows] },
    { asOf: '2026-06-30', ...options },
  );
}

/** Rows start at sheet row 6 (4 funds rows, 1 header row). */
const scoresOf = (report: CheckReport) =>
  report.indicators.map((row) => [row.name, row.score, row.tableScore]);
const codes = (report: CheckReport): string[] =>
  report.issues.map((issue) => `${issue.code}@${issue.cell}`);

describe('each indicator by the rule', () => {
  it.each<[string, CellValue, CellValue, number, number | null]>([
    // Higher is better: actual / target × 分值, at most 分值.
    ['≥50个', 50, 10, 10, 10],
    ['≥50个', 40, 10, 8, 8],
    ['≥50个', 80, 10, 10, 10],
    ['100%', '90%', 10, 9, 9],
    // Lower is better (reverse): target / actual × 分值; within the ceiling, full marks.
    ['≤90万元', 90, 10, 10, 10],
    ['≤90万元', 60, 10, 10, 10],
    ['≤90万元', 100, 10, 9, 9],
    ['≤90万元', 0, 10, 10, 10],
    // "=": the smaller ratio, equality at the written precision.
    ['=100%', '98%', 10, 9.8, 9.8],
    ['=8个', 10, 10, 8, 8],
    ['=100%', '100%', 8, 8, 8],
  ])('%s, actual %j, 分值 %j → %d', (target, actual, max, score, given) => {
    const report = selfEvaluation([['产出指标', '数量指标', '指标', target, actual, max, given]]);
    expect(report.indicators[0]?.score).toBe(score);
    expect(report.indicators[0]?.maxScore).toBe(max);
    expect(codes(report).filter((code) => code.startsWith('score-mismatch'))).toEqual([]);
  });

  it('a target in words takes the table’s own 得分 when it lies in the band of its assessment', () => {
    const report = selfEvaluation([
      ['效益指标', '社会效益', '甲', '效果明显', '达成预期指标', 10, 9],
      ['效益指标', '社会效益', '乙', '效果明显', '部分达成预期指标', 10, 7],
      ['效益指标', '社会效益', '丙', '效果明显', '未达成预期指标', 10, 3, '资金未到位'],
      ['效益指标', '社会效益', '丁', '效果明显', '达成预期指标', 10, 6, '—'],
      ['效益指标', '社会效益', '戊', '效果明显', '部分达成预期指标', 10, 8],
      ['效益指标', '社会效益', '己', '效果明显', '尚可', 10, 8],
    ]);
    expect(scoresOf(report)).toEqual([
      ['甲', 9, 9],
      ['乙', 7, 7],
      ['丙', 3, 3],
      ['丁', 8, 6],
      ['戊', 8, 8],
      ['己', null, 8],
    ]);
    expect(codes(report)).toEqual([
      // The rows' 分值 add up to 60, not 100: the total is not computed.
      'score-total-mismatch@F5',
      'missing-deviation-reason@H6',
      'missing-deviation-reason@H7',
      'score-out-of-band@G9',
      // '—' is no reason.
      'missing-deviation-reason@H9',
      'missing-deviation-reason@H10',
      'unknown-assessment@E11',
      'missing-deviation-reason@H11',
    ]);
    expect(report.issues.find((issue) => issue.code === 'score-out-of-band')?.params).toEqual({
      given: 6,
      min: 8,
      max: 10,
      assessment: 'met',
    });
  });

  it('locates a 得分 the rule does not give, with both figures', () => {
    const report = selfEvaluation([
      ['产出指标', '时效指标', '资金到位及时率', '≥100%', '100%', 10, 7],
    ]);
    const mismatch = report.issues.find((issue) => issue.code === 'score-mismatch');
    expect(mismatch).toMatchObject({
      cell: 'G6',
      row: 6,
      severity: 'warning',
      indicator: '资金到位及时率',
      params: { given: 7, computed: 10, maxScore: 10 },
    });
    expect(codes(report)).toContain('missing-deviation-reason@H6');
  });

  it('no reason is asked for when the reason is written or nothing was lost', () => {
    const report = selfEvaluation([
      ['产出指标', '时效指标', '甲', '≥100%', '90%', 10, 9, '部分资金年底才到位'],
      ['产出指标', '时效指标', '乙', '≥100%', '100%', 10, 10],
    ]);
    expect(codes(report).filter((code) => code.startsWith('missing-deviation'))).toEqual([]);
    expect(report.indicators[0]?.deviationReason).toBe('部分资金年底才到位');
  });
});

describe('the funds block and the totals', () => {
  const full = (
    given: CellValue,
    total: CellValue[] = ['总分', null, null, null, null, 100, given],
    ...after: CellValue[][]
  ) =>
    selfEvaluation([
      ['产出指标', '数量指标', '甲', '≥50个', 50, 50, 50],
      ['效益指标', '社会效益', '乙', '效果明显', '达成预期指标', 40, 36, '宣传覆盖面不足'],
      total,
      ...after,
    ]);

  it('reads 全年预算数, 全年执行数, the written 执行率 and scores 执行率 × 分值', () => {
    const { evaluation } = full(95.5);
    expect(evaluation?.budget).toEqual({
      planned: 100,
      spent: 95,
      rate: 0.95,
      tableRate: 0.95,
      maxScore: 10,
      score: 9.5,
      tableScore: 9.5,
      unit: '万元',
      cells: { planned: 'D3', spent: 'E3', rate: 'G3', maxScore: 'F3', tableScore: 'H3' },
    });
  });

  it('totals the indicators and the budget, reproduces the table’s 总分 and grades it', () => {
    const report = full(95.5);
    expect(report.evaluation).toMatchObject({
      maxScore: 100,
      score: 95.5,
      tableScore: 95.5,
      grade: 'excellent',
      cells: { maxScore: 'F8', tableScore: 'G8' },
    });
    expect(codes(report)).toEqual([]);
  });

  it('locates a 总分 that is not the sum of its parts', () => {
    const report = full(97);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'score-total-mismatch',
        cell: 'G8',
        params: { what: 'tableScore', given: 97, sum: 95.5 },
      }),
    ]);
  });

  it.each<[string, CellValue[][], Grade, string[]]>([
    [
      'the total row’s own grade agrees',
      [['总分', null, null, null, null, 100, 95.5, '优']],
      'excellent',
      [],
    ],
    ['优秀 is 优', [['总分', null, null, null, null, 100, 95.5, '优秀']], 'excellent', []],
    [
      'the total row grades itself 良 at 95.5',
      [['总分', null, null, null, null, 100, 95.5, '良']],
      'good',
      ['grade-mismatch@H8'],
    ],
    [
      'a 自评等级 row below the total',
      [
        ['总分', null, null, null, null, 100, 95.5],
        ['自评等级', '中'],
      ],
      'fair',
      ['grade-mismatch@B9'],
    ],
  ])('%s', (_, tail, tableGrade, expected) => {
    const [total, ...after] = tail;
    const report = full(95.5, total, ...after);
    expect(report.evaluation?.tableGrade).toBe(tableGrade);
    expect(report.evaluation?.grade).toBe('excellent');
    expect(codes(report)).toEqual(expected);
    if (expected.length > 0) {
      expect(report.issues[0]?.params).toEqual({
        given: tableGrade,
        computed: 'excellent',
        score: 95.5,
      });
    }
  });

  it('a table with no grade of its own has tableGrade null', () => {
    expect(full(95.5).evaluation?.tableGrade).toBeNull();
  });

  it('locates a 执行率 and a budget 得分 that disagree with 执行数 / 预算数', () => {
    const funds = FUNDS.map((row) => [...row]);
    funds[2] = [null, '年度资金总额：', 100, 100, 95, 10, '100%', 10];
    const report = selfEvaluation([['产出指标', '数量指标', '甲', '≥50个', 50, 90, 90]], {}, funds);
    expect(codes(report)).toEqual(['rate-mismatch@G3', 'score-mismatch@H3']);
    expect(report.issues[0]?.params).toEqual({ given: 100, computed: 95 });
  });

  it('locates a 其中 row larger than a total left at 0', () => {
    const funds = FUNDS.map((row) => [...row]);
    funds[2] = [null, '年度资金总额：', 0, 0, 0, 10, 0, 0];
    funds[3] = [null, '其中：本年财政拨款', 90, 89.974, 89.974, null, null, null];
    const report = selfEvaluation([['产出指标', '数量指标', '甲', '≥50个', 50, 90, 90]], {}, funds);
    expect(report.issues[0]).toMatchObject({
      code: 'part-exceeds-total',
      cell: 'D4',
      params: { parentCell: 'D3', part: 89.974, total: 0 },
    });
    expect(report.evaluation?.budget).toMatchObject({ planned: 0, rate: null, tableRate: 0 });
  });

  it('has no total when the 分值 do not add up to the full mark (a cut-off table)', () => {
    const report = selfEvaluation([['产出指标', '数量指标', '甲', '≥50个', 50, 50, 50]]);
    expect(report.evaluation).toMatchObject({ maxScore: 100, score: null, grade: null });
    expect(codes(report)).toEqual(['score-total-mismatch@F5']);
    expect(report.issues[0]?.params).toEqual({ what: 'maxScore', given: 100, sum: 60 });
  });
});

describe('grades: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60, lower bounds inclusive', () => {
  it.each<[number, Grade]>([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'fair'],
    [60, 'fair'],
    [59.99, 'poor'],
    [0, 'poor'],
  ])('%d → %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });

  it('on another full mark, by share', () => {
    expect(gradeOf(45, 50)).toBe('excellent');
    expect(gradeOf(44, 50)).toBe('good');
  });
});

describe('自评表 mode', () => {
  const rows: CellValue[][] = [['产出指标', '数量指标', '甲', '≥50个', 40, 100, 80]];

  it('is recognised from 分值 and 得分, and judges at the period end', () => {
    const report = selfEvaluation(rows);
    expect(report.evaluation).not.toBeNull();
    expect(report.expectedProgress).toBe(1);
    expect(report.indicators[0]?.status).toBe('behind');
  });

  it('can be turned off (progress) or on (selfeval) by the user', () => {
    expect(selfEvaluation(rows, { mode: 'progress' }).evaluation).toBeNull();
    const table = [
      ['指标名称', '年度目标', '累计完成', '分值'],
      ['专利', 10, 10, 100],
    ];
    const forced = checkTable({ address: 'A1', values: table }, { mode: 'selfeval' });
    expect(forced.evaluation).toMatchObject({ score: 100, grade: 'excellent' });
    expect(checkTable({ address: 'A1', values: table }).evaluation).toBeNull();
  });

  it('keeps an explicit expected progress', () => {
    expect(selfEvaluation(rows, { expectedProgress: 0.5 }).expectedProgress).toBe(0.5);
  });
});
