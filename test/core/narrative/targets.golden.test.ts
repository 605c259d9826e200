// Narrative wording of issue 12, exact strings in both locales: ceilings (控制在X以内 / 超出X), a
// figure below 0 read as a fall (下降3.92%, never 达-3.92%), targets in words, and the
// 绩效自评报告 of a real 自评表.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkTable } from '../../../src/core/check/checkTable';
import { readWorkbookFile } from '../../../src/core/import/readWorkbookFile';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import type { CheckReport, Indicator, Locale } from '../../../src/core/types';
import { indicator, report } from './fixtures';

const paragraphsOf = (built: CheckReport, locale: Locale): string[] =>
  buildNarrative(built, { locale }).paragraphs.map((paragraph) =>
    paragraph.segments.map((segment) => segment.text).join(''),
  );

const ROWS: Indicator[] = [
  indicator({
    name: '项目总成本',
    row: 2,
    unit: '万元',
    direction: 'lower',
    targetOp: '<=',
    target: 90,
    actual: 80,
    completionRate: 80 / 90,
    status: 'on-track',
  }),
  indicator({
    name: '会议费',
    row: 3,
    unit: '万元',
    direction: 'lower',
    target: 90,
    actual: 95,
    completionRate: 95 / 90,
    status: 'behind',
  }),
  indicator({ name: '单位GDP能源消耗', row: 4, unit: '%', actual: -3.92, status: 'no-target' }),
  indicator({
    name: '城镇登记失业率',
    row: 5,
    unit: '%',
    direction: 'lower',
    target: 4.5,
    actual: 3.2,
    status: 'on-track',
  }),
  indicator({ name: '经费支出合规性', row: 6, status: 'qualitative', assessment: 'met' }),
  indicator({ name: '群众满意度', row: 7, status: 'qualitative', assessment: 'partly-met' }),
  indicator({ name: '制度健全性', row: 8, status: 'qualitative', assessment: 'not-met' }),
  indicator({ name: '社会效益', row: 9, status: 'qualitative', assessment: 'unknown' }),
];

describe('ceilings, falls and targets in words', () => {
  it('zh-CN', () => {
    expect(paragraphsOf(report(ROWS), 'zh-CN')).toEqual([
      '2026年上半年科技工作指标完成情况',
      '一、总体情况',
      '截至6月底，全年8项指标中，2项达到序时进度，1项滞后于序时进度，1项未设年度目标，4项为定性指标。',
      '二、分项完成情况',
      '（一）其他工作',
      '项目总成本为80万元，控制在年度目标90万元以内。会议费为95万元，超出年度目标90万元。单位GDP能源消耗下降3.92%。城镇登记失业率为3.2%，控制在年度目标4.5%以内。经费支出合规性达到预期目标。群众满意度部分达到预期目标。制度健全性未达到预期目标。社会效益的完成情况有待核实。',
      '三、存在问题和下一步打算',
      '1项指标滞后于序时进度：会议费为95万元，超出年度控制目标90万元。',
      '下一步，我们将聚焦会议费等滞后指标，逐项分析原因，压实工作责任，加快推进进度，确保完成全年目标任务。',
    ]);
  });

  it('en-US', () => {
    expect(paragraphsOf(report(ROWS), 'en-US')).toEqual([
      'First Half 2026: Progress on Science and Technology Indicators',
      'I. Overview',
      'As of the end of June, of the 8 indicators for the year, 2 were on schedule, 1 was behind schedule, 1 had no annual target, 4 were qualitative indicators.',
      'II. Indicators by category',
      '(a) Other work',
      '项目总成本 was RMB 0.8 million, within the annual ceiling of RMB 0.9 million. 会议费 was RMB 0.95 million, above the annual ceiling of RMB 0.9 million. 单位GDP能源消耗 fell by 3.92%. 城镇登记失业率 was 3.2%, within the annual ceiling of 4.5%. 经费支出合规性: target met. 群众满意度: target partly met. 制度健全性: target not met. 社会效益: progress still to be confirmed.',
      'III. Problems and next steps',
      '1 indicator is behind schedule: 会议费 was RMB 0.95 million, above the annual ceiling of RMB 0.9 million.',
      'Next, we will focus on the lagging indicators (会议费), analyse the causes one by one, assign clear responsibilities and speed up the work to meet the annual targets.',
    ]);
  });

  it('cites the actual cell for the size of a fall', () => {
    const [fall] = buildNarrative(report([ROWS[2] as Indicator]), { locale: 'zh-CN' })
      .paragraphs.flatMap((paragraph) => paragraph.segments)
      .filter((segment) => segment.kind === 'value');
    expect(fall).toEqual({
      kind: 'value',
      text: '3.92%',
      cells: ['D4'],
      indicator: '单位GDP能源消耗',
    });
  });
});

async function realReport(file: string): Promise<CheckReport> {
  const full = path.join(__dirname, '../../fixtures/real', file);
  const read = await readWorkbookFile(file, new Uint8Array(readFileSync(full)), {});
  if (!read.ok) throw new Error(read.reason);
  return checkTable(read.grid, { asOf: '2026-06-30' });
}

describe('绩效自评报告 of a real 自评表 (18: 96 in the table, 99.8 by the rule)', () => {
  const FILE = '18-yongde-minglang-2022-nutrition-selfeval.csv';

  it('zh-CN', async () => {
    expect(paragraphsOf(await realReport(FILE), 'zh-CN')).toEqual([
      '2022年度项目支出绩效自评报告',
      '一、总体得分与等级',
      '本项目绩效自评得分为96（满分100），按评分规则复核为99.8，评价等级为“优”。',
      '二、预算执行情况',
      '全年预算数387664.62元，全年执行数387664.62元，预算执行率100.0%，得10分（分值10分）。',
      '三、绩效指标完成情况',
      '（一）产出指标',
      '学生受资助人数年度指标值≥735人次，实际完成735人次，得10分（分值10分）；营养改善计划覆盖率年度指标值≥100%，实际完成100%，得10分（分值10分）；资金到位及时率年度指标值≥100%，实际完成100%，得7分（分值10分），按评分规则应得10分；生均补助标准达标率年度指标值=100%，实际完成100%，得10分（分值10分）。',
      '（二）效益指标',
      '减轻贫困学生家庭经济负担达到预期目标，得10分（分值10分）；政策知晓率年度指标值=100%，实际完成98%，得9分（分值10分），按评分规则应得9.8分；促进学校教育事业健康发展年度指标值≥100%，实际完成100%，得10分（分值10分）。',
      '（三）满意度指标',
      '学生满意度年度指标值≥95%，实际完成100%，得10分（分值10分）；家长满意度年度指标值≥95%，实际完成100%，得10分（分值10分）。',
      '四、扣分指标及原因',
      '资金到位及时率扣3分，表中未说明偏差原因。政策知晓率扣1分，表中未说明偏差原因。',
      '五、下一步改进措施',
      '表中未填写改进措施。',
    ]);
  });

  it('en-US', async () => {
    expect(paragraphsOf(await realReport(FILE), 'en-US')).toEqual([
      'Performance self-evaluation: 2022年度项目支出绩效自评表',
      'I. Overall score and grade',
      'The project scores 96 out of 100 in its self-evaluation; by the scoring rule it would score 99.8, graded "Excellent".',
      'II. Budget execution',
      'Of a budget of RMB 387,664.62, RMB 387,664.62 was spent, an execution rate of 100.0%, scoring 10 of 10 points.',
      'III. Performance indicators',
      '(a) 产出指标',
      '学生受资助人数: target at least 735 person-times, achieved 735 person-times, scoring 10 of 10 points; 营养改善计划覆盖率: target at least 100%, achieved 100%, scoring 10 of 10 points; 资金到位及时率: target at least 100%, achieved 100%, scoring 7 of 10 points (the scoring rule gives 10); 生均补助标准达标率: target exactly 100%, achieved 100%, scoring 10 of 10 points.',
      '(b) 效益指标',
      '减轻贫困学生家庭经济负担: target met, scoring 10 of 10 points; 政策知晓率: target exactly 100%, achieved 98%, scoring 9 of 10 points (the scoring rule gives 9.8); 促进学校教育事业健康发展: target at least 100%, achieved 100%, scoring 10 of 10 points.',
      '(c) 满意度指标',
      '学生满意度: target at least 95%, achieved 100%, scoring 10 of 10 points; 家长满意度: target at least 95%, achieved 100%, scoring 10 of 10 points.',
      'IV. Points lost and why',
      '资金到位及时率 lost 3 points; no reason is given in the table. 政策知晓率 lost 1 point; no reason is given in the table.',
      'V. Improvements planned',
      'The table states no improvements.',
    ]);
  });

  it('quotes the table’s own closing texts and reasons, citing their cells', async () => {
    const report12 = await realReport('12-daying-2023-selfeval-bottom-fragment.csv');
    const quotes = buildNarrative(report12, { locale: 'zh-CN' })
      .paragraphs.flatMap((paragraph) => paragraph.segments)
      .filter((segment) => segment.kind === 'value' && segment.cells[0] === 'B4');
    expect(quotes).toEqual([
      { kind: 'value', text: '根据财政局资金下达的管理办法,将资金支付给项目施工方', cells: ['B4'] },
    ]);
  });
});
