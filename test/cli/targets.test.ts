// End to end (issue 12): a real 绩效自评表 in JSON, text and HTML; --mode; --lower.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SETUP_TIMEOUT_MS, ensureBuilt, outDir, root, runCli } from './support';

const REAL = path.join(root, 'test/fixtures/real');
const SELF_EVALUATION = path.join(REAL, '18-yongde-minglang-2022-nutrition-selfeval.csv');
const AS_OF = ['--as-of', '2026-06-30'];

let energy: string;

beforeAll(() => {
  ensureBuilt();
  const dir = outDir('targets');
  energy = path.join(dir, 'energy.csv');
  writeFileSync(energy, '指标名称,单位,年度目标,累计完成\n单位GDP能耗,吨标准煤/万元,0.9,0.95\n');
}, SETUP_TIMEOUT_MS);

type Json = Record<string, unknown> & {
  summary: Record<string, number>;
  indicators: (Record<string, unknown> & { name: string })[];
  issues: { code: string; cell: string }[];
  evaluation: Record<string, unknown> | null;
  narrative: { paragraphs: string[] };
};

function json(args: string[]): { code: number | null; body: Json } {
  const run = runCli(['check', ...args, ...AS_OF, '--format', 'json']);
  expect(run.stderr).toBe('');
  return { code: run.code, body: JSON.parse(run.stdout) as Json };
}

describe('a 绩效自评表', () => {
  it('JSON: scores per indicator, the evaluation with its budget, the discrepancies located', () => {
    const { code, body } = json([SELF_EVALUATION]);
    expect(code).toBe(0);
    expect(body.summary.qualitative).toBe(1);
    expect(body.indicators.find((row) => row.name === '资金到位及时率')).toMatchObject({
      targetOp: '>=',
      targetText: '≧100%',
      actualText: '100%',
      direction: 'higher',
      qualitative: false,
      assessment: null,
      maxScore: 10,
      score: 10,
      tableScore: 7,
      cells: { maxScore: 'H16', tableScore: 'I16', targetOp: 'D16', deviationReason: 'J16' },
    });
    expect(body.indicators.find((row) => row.name === '减轻贫困学生家庭经济负担')).toMatchObject({
      status: 'qualitative',
      qualitative: true,
      assessment: 'met',
      score: 10,
    });
    expect(body.evaluation).toMatchObject({
      maxScore: 100,
      score: 99.8,
      tableScore: 96,
      grade: 'excellent',
      budget: { planned: 387664.62, spent: 387664.62, rate: 1, maxScore: 10, score: 10 },
    });
    expect(body.issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      'score-mismatch@I16',
      'missing-deviation-reason@J16',
      'score-mismatch@I19',
      'missing-deviation-reason@J19',
    ]);
    expect(body.narrative.paragraphs[0]).toBe('2022年度项目支出绩效自评报告');
  });

  it('text: 得分/分值 per indicator and the total', () => {
    const run = runCli(['check', SELF_EVALUATION, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '第16行  资金到位及时率  完成 100%  已完成  得分 7/10（按规则 10）\n',
    );
    expect(run.stdout).toContain(
      '第18行  减轻贫困学生家庭经济负担  定性评价  达成预期指标  得分 10/10\n',
    );
    expect(run.stdout).toContain('自评得分 96/100（按规则 99.8），等级 优；预算执行率 100%\n');
    expect(run.stdout).toContain('一、总体得分与等级');
  });

  it('html carries the 绩效自评报告', () => {
    const run = runCli(['check', SELF_EVALUATION, ...AS_OF, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('总体得分与等级');
    expect(run.stdout).toContain('按评分规则复核为');
  });

  it('--mode progress reads it as a progress table (no scores)', () => {
    const { body } = json([SELF_EVALUATION, '--mode', 'progress']);
    expect(body.evaluation).toBeNull();
    expect(body.indicators.every((row) => row.score === null)).toBe(true);
    expect(body.narrative.paragraphs[1]).toBe('一、总体情况');
  });
});

describe('--lower', () => {
  it('without it, a name that suggests lower is judged higher and a warning asks to confirm', () => {
    const { body } = json([energy]);
    expect(body.indicators[0]).toMatchObject({ direction: 'higher', status: 'done' });
    expect(body.issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      'confirm-direction@A2',
    ]);
  });

  it('with it, the figure above its ceiling is behind, never done', () => {
    const { body } = json([energy, '--lower', '单位GDP能耗']);
    expect(body.indicators[0]).toMatchObject({ direction: 'lower', status: 'behind' });
    expect(body.issues).toEqual([]);
  });
});
