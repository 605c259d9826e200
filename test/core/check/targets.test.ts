// Judging targets as bureaus write them: ≥ / ≤ / = / ＞ / ＜, lower is better, targets in words.
import { checkTable } from '../../../src/core/check/checkTable';
import { isOurLabel } from '../../../src/core/marks/labels';
import { markPlan } from '../../../src/core/marks/markPlan';
import type {
  CellValue,
  CheckOptions,
  CheckReport,
  Indicator,
  Status,
} from '../../../src/core/types';

const MID_YEAR = '2026-06-30';
const YEAR_END = '2026-12-31';

const HEADER = ['指标名称', '单位', '年度目标', '累计完成'];

function check(rows: CellValue[][], options: CheckOptions = {}, header = HEADER): CheckReport {
  return checkTable({ address: 'A1', values: [header, ...rows] }, { asOf: MID_YEAR, ...options });
}

const only = (report: CheckReport): Indicator => {
  const [indicator] = report.indicators;
  if (indicator === undefined) throw new Error('no indicator');
  return indicator;
};

const codes = (report: CheckReport): string[] =>
  report.issues.map((issue) => `${issue.code}@${issue.cell}`);

describe('a ceiling (≤, 以内, 不超过): an over-spent line is never done', () => {
  it.each<[string, number, string, Status]>([
    ['≤90', 95, MID_YEAR, 'behind'],
    ['≤90', 95, YEAR_END, 'behind'],
    ['≤90', 200, YEAR_END, 'severely-behind'],
    ['≤90', 90, MID_YEAR, 'on-track'],
    ['≤90', 90, YEAR_END, 'done'],
    ['≤90', 60, YEAR_END, 'done'],
    ['不超过90', 91, YEAR_END, 'behind'],
    ['90以内', 45, MID_YEAR, 'on-track'],
    ['＜2', 2, YEAR_END, 'behind'],
    ['＜2', 1, YEAR_END, 'done'],
  ])('%s with %d as of %s → %s', (target, actual, asOf, status) => {
    const row = only(check([['项目总成本', '万元', target, actual]], { asOf }));
    expect(row.status).toBe(status);
    expect(row.direction).toBe('lower');
    expect(row.directionSource).toBe('operator');
    expect(row.targetOp).toBe(target.startsWith('＜') ? '<' : '<=');
  });

  it('keeps completionRate as actual / target (the contract)', () => {
    const row = only(check([['项目总成本', '万元', '≤90万元', 99]]));
    expect(row.target).toBe(90);
    expect(row.completionRate).toBeCloseTo(1.1, 9);
  });
});

describe('a floor (≥, 以上, 不低于) and a strict floor (＞)', () => {
  it.each<[string, number, string, Status]>([
    ['≥50个', 50, YEAR_END, 'done'],
    ['≥50个', 30, MID_YEAR, 'on-track'],
    ['15家以上', 5, MID_YEAR, 'behind'],
    ['不低于3次', 3, MID_YEAR, 'done'],
    ['＞95%', 95, YEAR_END, 'behind'],
    ['＞95%', 95, MID_YEAR, 'on-track'],
    ['＞95%', 96, YEAR_END, 'done'],
  ])('%s with %d as of %s → %s', (target, actual, asOf, status) => {
    const row = only(check([['指标', null, target, actual]], { asOf }));
    expect(row.status).toBe(status);
    expect(row.direction).toBe('higher');
  });
});

describe('an exact target (=, ═) is met when equal at the precision it is written with', () => {
  it.each<[string, number, string, Status]>([
    ['=100%', 100, MID_YEAR, 'done'],
    ['=100%', 99.6, YEAR_END, 'done'],
    ['=100%', 98, YEAR_END, 'behind'],
    ['=100%', 98, MID_YEAR, 'on-track'],
    ['═100%', 101, MID_YEAR, 'behind'],
    ['=8个', 8, YEAR_END, 'done'],
    ['=99.5%', 99.6, YEAR_END, 'behind'],
    ['=99.5%', 99.54, YEAR_END, 'done'],
  ])('%s with %d as of %s → %s', (target, actual, asOf, status) => {
    const row = only(check([['覆盖率', null, target, actual]], { asOf }));
    expect(row.targetOp).toBe('=');
    expect(row.status).toBe(status);
  });
});

describe('where the direction comes from', () => {
  const withDirection = ['指标名称', '单位', '年度目标', '累计完成', '方向'];

  it('a 方向 column says lower for a bare target', () => {
    const row = only(check([['单位GDP能耗', '吨', 90, 95, '逆向']], {}, withDirection));
    expect([row.direction, row.directionSource, row.status]).toEqual(['lower', 'column', 'behind']);
  });

  it('the operator wins over the 方向 column', () => {
    const row = only(check([['专利授权量', '件', '≥50', 60, '逆向']], {}, withDirection));
    expect([row.direction, row.directionSource]).toEqual(['higher', 'operator']);
  });

  it("the user's choice (CheckOptions.lower) when the table says nothing", () => {
    const report = check([['单位GDP能耗', '吨', 90, 95]], { lower: ['单位GDP能耗'] });
    expect([only(report).direction, only(report).directionSource]).toEqual(['lower', 'user']);
    expect(codes(report)).toEqual([]);
  });

  it('a name that suggests lower only asks to confirm; higher stays the judgment', () => {
    const report = check([
      ['单位GDP能耗', '吨', 90, 95],
      ['能耗下降率', '%', 3, 3.5],
      ['R&D经费支出', '亿元', 10, 6],
      ['项目总成本', '万元', '≤90', 80],
      ['安全事故', '起', null, 2],
    ]);
    expect(report.indicators.map((row) => row.direction)).toEqual([
      'higher',
      'higher',
      'higher',
      'lower',
      'higher',
    ]);
    expect(codes(report)).toEqual(['confirm-direction@A2']);
    expect(report.issues[0]?.params).toEqual({ word: '能耗' });
  });

  it('正向/反向 written in the 指标性质 column', () => {
    const header = ['指标名称', '指标性质', '指标值', '完成值'];
    const report = check(
      [
        ['单位成本', '反向', 90, 95],
        ['覆盖率', '≥', 95, 96],
      ],
      {},
      header,
    );
    expect(report.indicators.map((row) => [row.direction, row.targetOp])).toEqual([
      ['lower', null],
      ['higher', '>='],
    ]);
    expect(report.table?.columns.targetOp).toBe('B');
  });
});

describe('targets in words', () => {
  it.each<[string, CellValue, string | undefined, string[]]>([
    ['效果明显', '达成预期指标', 'met', []],
    ['效果明显', '部分达成预期指标', 'partly-met', []],
    ['效果明显', '未达成预期指标', 'not-met', []],
    ['有效', '有效', 'met', []],
    ['11月底前', '10月', 'met', []],
    ['11月底前', '12月', 'not-met', []],
    ['效果明显', '尚可', 'unknown', ['unknown-assessment@D2']],
    ['效果明显', '100%', 'unknown', ['unknown-assessment@D2']],
  ])('%j, actual %j → %s', (target, actual, assessment, issues) => {
    const report = check([['社会效益', null, target, actual]]);
    const row = only(report);
    expect(row.status).toBe('qualitative');
    expect(row.qualitative).toBe(true);
    expect(row.assessment).toBe(assessment);
    expect(row.completionRate).toBeNull();
    expect(codes(report)).toEqual(issues);
  });

  it('is no error, and an empty actual is the usual missing value', () => {
    const report = check([['社会效益', null, '效果明显', null]]);
    expect([only(report).status, only(report).assessment]).toEqual(['invalid', 'unknown']);
    expect(codes(report)).toEqual(['missing-value@D2']);
  });

  it('unknown wording says what to write', () => {
    const report = check([['社会效益', null, '效果明显', '尚可']]);
    expect(report.issues[0]).toMatchObject({
      code: 'unknown-assessment',
      severity: 'warning',
      params: { text: '尚可', target: '效果明显' },
    });
  });

  it('counts add up with the qualitative ones', () => {
    const report = check([
      ['社会效益', null, '效果明显', '达成预期指标'],
      ['专利', '件', 100, 60],
      ['成本', '万元', '≤30', '完成'],
    ]);
    expect(report.summary).toEqual({
      total: 3,
      done: 0,
      onTrack: 1,
      behind: 0,
      severelyBehind: 0,
      noTarget: 0,
      invalid: 0,
      qualitative: 2,
    });
  });
});

describe('actuals as bureaus write them', () => {
  it('words against a figure: judged from the words, with a warning', () => {
    const report = check([['成本控制数', '万元', '≤30', '完成']]);
    expect([only(report).status, only(report).assessment, only(report).qualitative]).toEqual([
      'qualitative',
      'met',
      false,
    ]);
    expect(report.issues[0]).toMatchObject({
      code: 'worded-actual',
      cell: 'D2',
      params: { text: '完成', target: '≤30', assessment: 'met' },
    });
  });

  it('words against a bare figure in a progress table stay not a number', () => {
    const report = check([['专利申请量', '件', 100, '已完成']]);
    expect([only(report).status, codes(report)]).toEqual(['invalid', ['not-a-number@D2']]);
  });

  it('words that say nothing against a figure stay not a number', () => {
    const report = check([['成本控制数', '万元', '≤30', '很多']]);
    expect(only(report).status).toBe('invalid');
    expect(codes(report)).toEqual(['not-a-number@D2']);
  });

  it('an actual that copies the target expression counts its figure, with a warning', () => {
    const report = check([['安装坡面水标尺', null, '≥266米', '≥266米']], { asOf: YEAR_END });
    expect([only(report).actual, only(report).status, only(report).actualText]).toEqual([
      266,
      'done',
      '≥266米',
    ]);
    expect(report.issues[0]).toMatchObject({
      code: 'operator-in-actual',
      cell: 'D2',
      params: { text: '≥266米', value: 266 },
    });
  });

  it('keeps the cells as written: operator column, target and unit', () => {
    const header = ['指标名称', '指标性质', '指标值', '度量单位', '完成值'];
    const row = only(check([['覆盖率', '═', 100, '%', '98%']], {}, header));
    expect([row.targetText, row.actualText, row.targetOp, row.target, row.actual]).toEqual([
      '═100%',
      '98%',
      '=',
      100,
      98,
    ]);
  });
});

describe('marks of targets in words (core/marks rule)', () => {
  it('labels them 定性评价 and fills only the ones not met, as behind', () => {
    const report = check([
      ['甲', null, '效果明显', '达成预期指标'],
      ['乙', null, '效果明显', '未达成预期指标'],
    ]);
    const plan = markPlan(report, 'zh-CN');
    expect(plan.statuses).toEqual([
      { row: 2, label: '定性评价', tone: null },
      { row: 3, label: '定性评价', tone: 'behind' },
    ]);
    expect(plan.fills).toEqual([{ row: 2, column: 3, tone: 'behind' }]);
    expect(isOurLabel('定性评价')).toBe(true);
    expect(isOurLabel('Qualitative')).toBe(true);
  });
});
