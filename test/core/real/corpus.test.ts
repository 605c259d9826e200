// Every table of test/fixtures/real, read as a careful human reads it (expected/*.json). Each file
// is in exactly one list below; the lists say what is asserted and, where the reader falls short
// of the expectation, what is left out and why.
import { readdirSync } from 'node:fs';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import { readingIsUnsure } from '../../../src/core/check/unsure';
import type { CheckOptions, CheckReport, Grade, Indicator } from '../../../src/core/types';
import type { Expected, ExpectedIndicator } from './corpus';
import { REAL_DIR, checkFile, cleanName, expectedOf, tidy } from './corpus';

/** Indicator tables read with their figures: every fact of expected/*.json, no false issues. */
const READ: Record<string, { issues?: string[]; skip?: string[] }> = {
  '01-zhongshan-2020-06-monthly-stats.csv': {
    // 金融业 is one of an unmarked subset of 第三产业 (the rest of the services are not listed).
    skip: ['11.partOf'],
  },
  '02-changzhou-2011-11-five-industries-output.csv': {},
  '03-cnipa-2006-patent-grants-domestic-foreign.csv': {},
  '25-caac-2012-01-air-transport-monthly-big5.csv': {
    // "小時/" as stored (the 日 was lost): reported, not guessed.
    issues: ['unknown-unit@B27', 'unknown-unit@B28'],
    skip: ['28.unit'],
  },
  '26-caac-2010-08-air-transport-monthly.csv': {},
  '35-nbs-annual-legal-entities-2014-2022-gbk.csv': {
    // An implicit hierarchy with no 其中 and the total's parts not next to each other.
    skip: ['5.partOf', '6.partOf', '12.partOf', '13.partOf', '14.partOf'],
  },
};

/** Read right, but the checker's rules raise issues this issue does not change. */
const READ_WITH_ISSUES: Record<string, { skip?: string[] }> = {
  // Expenses are negative budgets and many budgets are 0: non-positive-target is today's rule.
  // Category B is read as the category column, so only the outer group (A) is compared.
  '09-church-budget-vs-actual-2023-09-30.xlsx': { skip: ['group'] },
};

/** Two candidate actual columns: unsure, no narrative; right once the user names the column. */
const UNSURE: Record<string, { candidates: string; columns: CheckOptions['columns'] }> = {
  '04-cnipa-2021-patent-grants-domestic-foreign-bilingual.csv': {
    candidates: 'C,E,G',
    columns: { actual: 'C' },
  },
};

/** Target tables (申报表/审批表, no actual column): the reading, names and groups; no narrative. */
const TARGETS_ONLY = [
  '05-taoyuan-kjj-2021-dept-performance-targets.csv',
  '06-nanyue-2018-poverty-project-performance-targets.csv',
  '07-yueyang-county-2022-farmland-performance-targets.csv',
  '08-fengjie-2023-project-target-approval.csv',
  '19-taoyuan-kjj-2022-dept-performance-targets.csv',
];

/**
 * 绩效自评表: the reading, targets as written, scores, the funds block, and every discrepancy the
 * table holds, located (`issues`); `score`/`grade`: the total by the rule (null when the table's
 * 分值 do not add up to its full mark: cut off or inconsistent) and the grade.
 */
const SELF_EVALUATIONS: Record<
  string,
  { issues: string[]; score: number | null; grade: Grade | null }
> = {
  // Unfilled template: no actual, no score; the funds block is complete.
  '10-qingshen-fgj-2023-wage-project-selfeval.csv': {
    issues: ['missing-value@H15', 'missing-value@H16'],
    score: null,
    grade: null,
  },
  // Cut off in the first indicator row: its 分值 is missing, so the points add up to 10 only.
  '11-daying-sfj-2023-anke-subsidy-selfeval.csv': {
    issues: ['score-total-mismatch@I13', 'missing-value@H14'],
    score: null,
    grade: null,
  },
  // The bottom half: 90 points of indicators, 合计 100 (the funds block is on the cut-off top).
  '12-daying-2023-selfeval-bottom-fragment.csv': {
    issues: ['worded-actual@H2', 'score-total-mismatch@I3'],
    score: null,
    grade: null,
  },
  // The funds total left at 0 while its 其中 row holds 89.974; cut off before 满意度.
  '13-guichi-tangxi-2022-commission-project-selfeval.csv': {
    issues: ['part-exceeds-total@D8', 'score-total-mismatch@G13'],
    score: null,
    grade: null,
  },
  '14-guichi-tangxi-2022-village-subsidy-selfeval.csv': {
    issues: ['part-exceeds-total@D8', 'score-total-mismatch@G13'],
    score: null,
    grade: null,
  },
  // Actuals copy the targets (≥266米); indicator 分值 add to 100 and the funds carry 10 more,
  // yet 总分 is 100/100: both totals are off by the funds' 10.
  '15-zhongjiang-slj-2022-water-gauge-selfeval.csv': {
    issues: [
      'operator-in-actual@G12',
      'operator-in-actual@G13',
      'operator-in-actual@G15',
      'operator-in-actual@G16',
      'operator-in-actual@G19',
      'operator-in-actual@G21',
      'score-total-mismatch@E23',
      'score-total-mismatch@H23',
    ],
    score: null,
    grade: 'excellent',
  },
  // Reproduced: 100 of 100.
  '16-huoqiu-kjj-2022-sci-envoy-selfeval.csv': { issues: [], score: 100, grade: 'excellent' },
  // Most rows have only 分值/得分 (the target is in the name): their actuals are missing; the
  // table's own scores make 100. A1 (年度绩效指标完成情况) reads like a second actual column.
  '17-tianchang-slj-2022-flood-defense-selfeval.csv': {
    issues: [
      'duplicate-column@A12',
      'missing-value@F16',
      'missing-value@F19',
      'missing-value@F22',
      'missing-value@F25',
      'missing-value@F28',
      'missing-value@F34',
    ],
    score: 100,
    grade: 'excellent',
  },
  // 96 in the table: 资金到位及时率 100% of ≧100% scored 7 (rule: 10), 政策知晓率 98% of ═100%
  // scored 9 (rule: 9.8), neither with a reason; the rule's total is 99.8.
  '18-yongde-minglang-2022-nutrition-selfeval.csv': {
    issues: [
      'score-mismatch@I16',
      'missing-deviation-reason@J16',
      'score-mismatch@I19',
      'missing-deviation-reason@J19',
    ],
    score: 99.8,
    grade: 'excellent',
  },
};

/** Not indicator tables: refused with one clear error, never a narrative. */
const REFUSED: Record<string, string> = {
  '21-sichuan-gdp-by-city-2012-2022.xlsx': 'places-as-rows',
  '24-zhejiang-city-main-indicators-2021.xlsx': 'places-as-rows',
  // Transposed exports (periods as rows, indicators as columns): expected/ reads them, the reader
  // does not yet turn them round, so it refuses them rather than guess.
  '32-nbs-monthly-money-supply-1999-2021-gbk.csv': 'periods-as-rows',
  '33-nbs-monthly-cpi-trade-2016-2020-gbk.csv': 'periods-as-rows',
};

/** Legacy .xls originals: refused by the file reader by design (save as .xlsx). */
const LEGACY_XLS = [
  '20-nbs-annual-gdp-by-province-2004-2023.xls',
  '22-hubei-gdp-by-city-2021.xls',
  '23-shandong-gdp-by-city-2021-2022.xls',
  '27-nbs-quarterly-gdp-2017q2-2020q1.xls',
  '28-nbs-monthly-industrial-value-added-growth-2017-2020.xls',
  '29-nbs-annual-population-2006-2024.xls',
  '30-nbs-annual-city-sanitation-2006-2025.xls',
  '31-nbs-annual-energy-consumption-2015-2024.xls',
  '34-nbs-monthly-cpi-index-2016-2017.xls',
  '36-ceinet-macro-export-2018-2020.xls',
];

async function reportOf(file: string, options: CheckOptions = {}): Promise<CheckReport> {
  const result = await checkFile(file, options);
  if (!result.ok) throw new Error(`${file}: ${result.reason}`);
  return result.report;
}

/** expected/ writes figures of % rows as fractions (1.0 = 100%); the reader keeps percents. */
const isPercent = (unit: unknown): boolean => unit === '%' || unit === '百分比';
const asRead = (value: number, unit: unknown): number =>
  isPercent(unit) ? Math.round(value * 100 * 1e9) / 1e9 : value;

/** Targets as bureaus write them, and the 分值/得分 of each row (issue 12). */
function expectTargets(report: CheckReport, expected: Expected, withActuals: boolean): void {
  const byRow = new Map(report.indicators.map((indicator) => [indicator.row, indicator]));
  for (const theirs of expected.indicators ?? []) {
    const ours = byRow.get(theirs.row);
    const fact = (field: string, value: unknown) => [theirs.row, field, value];
    if (theirs.targetText !== undefined)
      expect(fact('targetText', ours?.targetText ?? '')).toEqual(
        fact('targetText', theirs.targetText),
      );
    if (theirs.actualText !== undefined)
      expect(fact('actualText', ours?.actualText ?? '')).toEqual(
        fact('actualText', theirs.actualText),
      );
    if (theirs.targetOp !== undefined)
      expect(fact('targetOp', ours?.targetOp ?? null)).toEqual(fact('targetOp', theirs.targetOp));
    if (theirs.qualitative !== undefined)
      expect(fact('qualitative', ours?.qualitative)).toEqual(
        fact('qualitative', theirs.qualitative),
      );
    if (typeof theirs.target === 'number')
      expect(fact('target', ours?.target)).toEqual(
        fact('target', asRead(theirs.target, theirs.unit)),
      );
    if (withActuals && typeof theirs.actual === 'number')
      expect(fact('actual', ours?.actual)).toEqual(
        fact('actual', asRead(theirs.actual, theirs.unit)),
      );
    if (typeof theirs.unit === 'string') {
      const unit = isPercent(theirs.unit) ? '%' : theirs.unit.replace(/\s+/g, '');
      expect(fact('unit', ours?.unit)).toEqual(fact('unit', unit));
    }
    if (theirs.maxScore !== undefined)
      expect(fact('maxScore', ours?.maxScore)).toEqual(fact('maxScore', theirs.maxScore));
    if (theirs.tableScore !== undefined)
      expect(fact('tableScore', ours?.tableScore)).toEqual(fact('tableScore', theirs.tableScore));
    // Every worded actual in the corpus says the target was met (达成预期指标, 显著提升, 有效).
    if (theirs.qualitative === true && (theirs.actualText ?? '') !== '') {
      expect(fact('assessment', ours?.assessment)).toEqual(fact('assessment', 'met'));
      expect(fact('status', ours?.status)).toEqual(fact('status', 'qualitative'));
    }
  }
}

/** The table's totals and funds block; 0/0 has no rate to compute, so the table's 0 is compared. */
function expectEvaluation(report: CheckReport, expected: Expected): void {
  const theirs = expected.evaluation;
  const ours = report.evaluation;
  if (theirs === undefined) return;
  expect(ours?.maxScore).toBe(theirs.maxScore);
  if (theirs.tableScore !== undefined) expect(ours?.tableScore).toBe(theirs.tableScore);
  const budget = theirs.budget;
  if (budget === undefined) {
    expect(ours?.budget).toBeNull();
    return;
  }
  const read = ours?.budget;
  expect({
    planned: read?.planned,
    spent: read?.spent,
    maxScore: read?.maxScore,
    ...(budget.rate !== undefined && { rate: read?.rate ?? read?.tableRate }),
    ...(budget.tableScore !== undefined && { tableScore: read?.tableScore }),
  }).toEqual(budget);
}

const issueKeys = (report: CheckReport): string[] =>
  report.issues.map((issue) => `${issue.code}@${issue.cell}`);

function expectReading(
  report: CheckReport,
  expected: Expected,
  skip: readonly string[] = [],
): void {
  const table = report.table;
  expect(table?.headerRow).toBe(expected.headerRows[0]);
  const columns = expected.columns ?? {};
  for (const role of ['name', 'target', 'actual', 'lastYear', 'yoyGrowth'] as const) {
    const letter = columns[role];
    if (typeof letter === 'string') expect([role, table?.columns[role]]).toEqual([role, letter]);
  }
  const group = columns.group;
  if (Array.isArray(group) && group.length > 0 && !skip.includes('group')) {
    expect(table?.columns.group).toEqual(group);
  }
  if (typeof expected.indicatorCount === 'number') {
    expect(report.indicators).toHaveLength(expected.indicatorCount);
  }
}

function expectIndicator(
  ours: Indicator | undefined,
  theirs: ExpectedIndicator,
  options: { figures: boolean; skip: readonly string[]; byRow: Map<number, Indicator> },
): void {
  const at = (field: string): boolean => !options.skip.includes(`${theirs.row}.${field}`);
  expect([theirs.row, ours?.name]).toEqual([theirs.row, cleanName(theirs.name)]);
  if (theirs.group !== undefined && !options.skip.includes('group')) {
    expect([theirs.row, ours?.group]).toEqual([theirs.row, theirs.group.map(tidy)]);
  }
  if (theirs.group !== undefined && options.skip.includes('group')) {
    expect([theirs.row, ours?.group[0]]).toEqual([theirs.row, theirs.group[0]]);
  }
  if (!options.figures) return;
  if (typeof theirs.unit === 'string' && at('unit')) {
    expect([theirs.row, ours?.unit]).toEqual([theirs.row, theirs.unit.replace(/\s+/g, '')]);
  }
  for (const field of ['actual', 'target', 'lastYear'] as const) {
    const value = theirs[field];
    if (typeof value === 'number')
      expect([theirs.row, field, ours?.[field]]).toEqual([theirs.row, field, value]);
  }
  if (typeof theirs.yoyGrowth === 'number')
    expect(ours?.yoyGrowth).toBeCloseTo(theirs.yoyGrowth, 9);
  if (theirs.partOf !== undefined && at('partOf')) {
    const parent = ours?.parentRow === undefined ? undefined : options.byRow.get(ours.parentRow);
    const expectedParent = theirs.partOf === null ? null : cleanName(theirs.partOf);
    expect([theirs.row, parent?.name ?? null]).toEqual([theirs.row, expectedParent]);
  }
}

function expectIndicators(
  report: CheckReport,
  expected: Expected,
  figures: boolean,
  skip: readonly string[] = [],
): void {
  const byRow = new Map(report.indicators.map((indicator) => [indicator.row, indicator]));
  for (const theirs of expected.indicators ?? []) {
    expectIndicator(byRow.get(theirs.row), theirs, { figures, skip, byRow });
  }
}

describe('real tables: the corpus is covered, file by file', () => {
  it('lists every file of test/fixtures/real exactly once', () => {
    const listed = [
      ...Object.keys(READ),
      ...Object.keys(READ_WITH_ISSUES),
      ...Object.keys(UNSURE),
      ...TARGETS_ONLY,
      ...Object.keys(SELF_EVALUATIONS),
      ...Object.keys(REFUSED),
      ...LEGACY_XLS,
    ].sort();
    const files = readdirSync(REAL_DIR)
      .filter((file) => /^\d\d-/.test(file))
      .sort();
    expect(listed).toEqual(files);
  });
});

describe('real indicator tables are read right', () => {
  it.each(Object.entries(READ))('%s', async (file, { issues = [], skip = [] }) => {
    const report = await reportOf(file);
    const expected = expectedOf(file);
    expectReading(report, expected);
    expectIndicators(report, expected, true, skip);
    expect(issueKeys(report)).toEqual(issues);
    expect(readingIsUnsure(report)).toBe(false);
    expect(buildNarrative(report, { locale: 'zh-CN' }).paragraphs.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(READ_WITH_ISSUES))('%s (reading only)', async (file, { skip = [] }) => {
    const report = await reportOf(file);
    const expected = expectedOf(file);
    expectReading(report, expected, skip);
    expectIndicators(report, expected, true, skip);
    expect(report.issues.map((issue) => issue.code)).not.toContain('ambiguous-reading');
  });

  it('titles the summary with the table title when it has one', async () => {
    const report = await reportOf('26-caac-2010-08-air-transport-monthly.csv');
    const [title] = buildNarrative(report, { locale: 'zh-CN' }).paragraphs;
    expect(title?.segments.map((segment) => segment.text).join('')).toBe(
      '8月份主要运输生产指标完成情况',
    );
  });
});

describe('real tables read with a doubt say so and write no narrative', () => {
  it.each(Object.entries(UNSURE))('%s', async (file, { candidates, columns }) => {
    const unsure = await reportOf(file);
    const ambiguous = unsure.issues.find((issue) => issue.code === 'ambiguous-reading');
    expect(ambiguous?.params).toMatchObject({ role: 'actual', candidates });
    expect(ambiguous?.row).toBe(unsure.table?.headerRow);
    expect(buildNarrative(unsure, { locale: 'zh-CN' })).toEqual({
      locale: 'zh-CN',
      paragraphs: [],
      withheld: true,
    });

    const corrected = await reportOf(file, { columns });
    const expected = expectedOf(file);
    expectReading(corrected, expected);
    expectIndicators(corrected, expected, true);
    expect(issueKeys(corrected)).toEqual([]);
  });
});

describe('real target tables and self-evaluations: the reading, targets as written, scores', () => {
  it.each(TARGETS_ONLY)('%s', async (file) => {
    const report = await reportOf(file);
    const expected = expectedOf(file);
    expectReading(report, expected);
    expectIndicators(report, expected, false);
    expectTargets(report, expected, false);
    expect(report.evaluation).toBeNull();
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'missing-column', params: { field: 'actual' } }),
    );
    expect(buildNarrative(report, { locale: 'zh-CN' }).withheld).toBe(true);
  });

  it.each(Object.entries(SELF_EVALUATIONS))('%s', async (file, { issues, score, grade }) => {
    const report = await reportOf(file);
    const expected = expectedOf(file);
    expectReading(report, expected);
    for (const role of ['unit', 'targetOp', 'maxScore', 'tableScore'] as const) {
      const letter = expected.columns?.[role];
      if (typeof letter === 'string')
        expect([role, report.table?.columns[role]]).toEqual([role, letter]);
    }
    expectIndicators(report, expected, false);
    expectTargets(report, expected, true);
    expectEvaluation(report, expected);
    expect(issueKeys(report)).toEqual(issues);
    expect(report.evaluation?.score).toBe(score);
    expect(report.evaluation?.grade).toBe(grade);
    if (expected.title !== null) expect(report.table?.otherBlocks.length).toBe(1);
    const narrative = buildNarrative(report, { locale: 'zh-CN' });
    expect(narrative.withheld).toBeUndefined();
    expect(narrative.paragraphs[1]?.segments.map((segment) => segment.text).join('')).toBe(
      '一、总体得分与等级',
    );
  });
});

describe('real tables that are no indicator tables are refused', () => {
  it.each(Object.entries(REFUSED))('%s: %s', async (file, found) => {
    const report = await reportOf(file);
    expect(report.indicators).toEqual([]);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'not-indicator-table',
        params: expect.objectContaining({ found }),
      }),
    ]);
    expect(buildNarrative(report, { locale: 'zh-CN' }).withheld).toBe(true);
  });

  it.each(LEGACY_XLS)('%s: legacy .xls is refused by the file reader', async (file) => {
    expect(await checkFile(file)).toEqual({ ok: false, reason: 'legacy-xls' });
  });
});
