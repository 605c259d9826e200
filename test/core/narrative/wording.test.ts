// Sentence wording for single indicators, in both locales, on hand-built reports.
import { makeIssue } from '../../../src/core/check/issues';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import type { CheckReport, Indicator, Locale } from '../../../src/core/types';
import { indicator, report } from './fixtures';

const paragraphsOf = (built: CheckReport, locale: Locale = 'zh-CN'): string[] =>
  buildNarrative(built, { locale }).paragraphs.map((paragraph) =>
    paragraph.segments.map((segment) => segment.text).join(''),
  );

/** The body paragraph under the first category heading. */
const categoryBody = (indicators: Indicator[], locale: Locale = 'zh-CN'): string =>
  paragraphsOf(report(indicators), locale)[5] ?? '';

const patents = (fields: Partial<Indicator>): Indicator =>
  indicator({
    name: '专利申请量',
    row: 2,
    unit: '件',
    category: 'patent',
    target: 600,
    actual: 331,
    completionRate: 0.551666666667,
    status: 'on-track',
    ...fields,
  });

describe('growth 增长/下降/持平 and missing last year', () => {
  it.each([
    [
      'up',
      240,
      0.379166666667,
      '专利申请量完成331件，完成年度目标的55.2%，同比增长37.9%。',
      '专利申请量 reached 331, 55.2% of the annual target, up 37.9% year on year.',
    ],
    [
      'down',
      400,
      -0.1725,
      '专利申请量完成331件，完成年度目标的55.2%，同比下降17.3%。',
      '专利申请量 reached 331, 55.2% of the annual target, down 17.3% year on year.',
    ],
    [
      'flat',
      331,
      0,
      '专利申请量完成331件，完成年度目标的55.2%，与去年同期持平。',
      '专利申请量 reached 331, 55.2% of the annual target, flat year on year.',
    ],
    [
      'flat below 0.05%',
      330.9,
      0.0003,
      '专利申请量完成331件，完成年度目标的55.2%，与去年同期持平。',
      '专利申请量 reached 331, 55.2% of the annual target, flat year on year.',
    ],
    [
      'missing',
      null,
      null,
      '专利申请量完成331件，完成年度目标的55.2%。',
      '专利申请量 reached 331, 55.2% of the annual target.',
    ],
  ])('%s', (_, lastYear, yoyGrowth, zh, en) => {
    const row = patents({ lastYear, yoyGrowth });
    expect(categoryBody([row])).toBe(zh);
    expect(categoryBody([row], 'en-US')).toBe(en);
  });
});

describe('rates in percentage points (2 decimals)', () => {
  const intensity = (fields: Partial<Indicator>): Indicator =>
    indicator({ name: '研发投入强度', row: 2, unit: '%', category: 'rd', actual: 2.45, ...fields });

  it.each([
    [
      2.33,
      0.12,
      '研发投入强度达2.45%，同比提高0.12个百分点。',
      '研发投入强度 stood at 2.45%, up 0.12 percentage points year on year.',
    ],
    [
      2.75,
      -0.3,
      '研发投入强度达2.45%，同比降低0.30个百分点。',
      '研发投入强度 stood at 2.45%, down 0.30 percentage points year on year.',
    ],
    [
      2.452,
      -0.002,
      '研发投入强度达2.45%，与去年同期持平。',
      '研发投入强度 stood at 2.45%, flat year on year.',
    ],
    [null, null, '研发投入强度达2.45%。', '研发投入强度 stood at 2.45%.'],
  ])('last year %p', (lastYear, yoyChangePoints, zh, en) => {
    const row = intensity({ lastYear, yoyChangePoints, yoyGrowth: 0.05 });
    expect(categoryBody([row])).toBe(zh);
    expect(categoryBody([row], 'en-US')).toBe(en);
  });

  it('states the target of a rate instead of a completion percentage', () => {
    const row = intensity({ target: 2.5, completionRate: 0.98, status: 'on-track' });
    expect(categoryBody([row])).toBe('研发投入强度达2.45%，年度目标为2.5%。');
    expect(categoryBody([row], 'en-US')).toBe(
      '研发投入强度 stood at 2.45%, against an annual target of 2.5%.',
    );
  });
});

describe('amounts, approximations and lower-is-better indicators', () => {
  it('keeps 亿元 as written and never prints float noise', () => {
    const row = indicator({
      name: '高新技术产值',
      row: 2,
      unit: '亿元',
      category: 'enterprise',
      target: 0.6,
      actual: 0.1 + 0.2,
      completionRate: 0.5,
      status: 'on-track',
    });
    expect(categoryBody([row])).toBe('高新技术产值完成0.3亿元，完成年度目标的50.0%。');
  });

  it('writes an approximate figure with 约 / about', () => {
    const row = indicator({
      name: '技术交易额',
      row: 10,
      unit: '亿元',
      target: 0.8,
      actual: 0.7,
      completionRate: 0.875,
      status: 'on-track',
      approximate: true,
    });
    const issue = makeIssue(
      'approximate-value',
      'D10',
      10,
      { field: 'actual', text: '7000多万元', value: 0.7, unit: '亿元' },
      '技术交易额',
    );
    const built = report([row], { issues: [issue] });
    expect(paragraphsOf(built)[5]).toBe('技术交易额完成约0.7亿元，完成年度目标的87.5%。');
    expect(paragraphsOf(built, 'en-US')[5]).toBe(
      '技术交易额 reached about RMB 70 million, 87.5% of the annual target.',
    );
  });

  it.each([
    [8, 'on-track', '安全生产事故为8起，控制在年度目标10起以内。'],
    [12, 'behind', '安全生产事故为12起，超出年度目标10起。'],
  ])('lower is better: actual %d', (actual, status, zh) => {
    const row = indicator({
      name: '安全生产事故',
      row: 2,
      unit: '起',
      direction: 'lower',
      target: 10,
      actual,
      completionRate: actual / 10,
      status: status as Indicator['status'],
    });
    expect(categoryBody([row])).toBe(zh);
  });

  it('names a lower-is-better indicator over its ceiling in the behind paragraph', () => {
    const row = indicator({
      name: '安全生产事故',
      row: 2,
      unit: '起',
      direction: 'lower',
      target: 10,
      actual: 15,
      completionRate: 1.5,
      status: 'severely-behind',
    });
    expect(paragraphsOf(report([row]))[7]).toBe(
      '1项指标滞后于序时进度：安全生产事故为15起，大幅超出年度控制目标10起。',
    );
  });
});

describe('sub-items', () => {
  const total = patents({ lastYear: 240, yoyGrowth: 0.379166666667 });
  const part = (name: string, row: number, actual: number, fields: Partial<Indicator> = {}) =>
    indicator({
      name,
      row,
      unit: '件',
      category: 'other',
      parent: '专利申请量',
      actual,
      ...fields,
    });

  it('lists plain sub-items after 其中，', () => {
    const rows = [total, part('发明', 3, 65), part('实用新型', 4, 156), part('外观', 5, 110)];
    expect(categoryBody(rows)).toBe(
      '专利申请量完成331件，完成年度目标的55.2%，同比增长37.9%。其中，发明65件、实用新型156件、外观110件。',
    );
    expect(categoryBody(rows, 'en-US')).toBe(
      '专利申请量 reached 331, 55.2% of the annual target, up 37.9% year on year. Of which: 发明 65, 实用新型 156, 外观 110.',
    );
  });

  it('separates sub-items that carry their own figures with ；', () => {
    const invention = part('发明专利', 3, 56, {
      target: 50,
      completionRate: 1.12,
      lastYear: 30,
      yoyGrowth: 0.866666666667,
      status: 'done',
    });
    const rows = [total, invention, part('实用新型', 4, 156)];
    expect(categoryBody(rows)).toBe(
      '专利申请量完成331件，完成年度目标的55.2%，同比增长37.9%。其中，发明专利56件，完成年度目标的112.0%，同比增长86.7%；实用新型156件。',
    );
  });

  it('skips sub-items with invalid data and does not count plain sub-items', () => {
    const rows = [
      total,
      part('发明', 3, 65),
      part('外观', 5, 0, { actual: null, status: 'invalid' }),
    ];
    const paragraphs = paragraphsOf(report(rows));
    expect(paragraphs[2]).toBe(
      '截至6月底，全年1项指标中，1项达到序时进度。另有1项指标数据有误，请核对。',
    );
    expect(paragraphs[5]).toBe(
      '专利申请量完成331件，完成年度目标的55.2%，同比增长37.9%。其中，发明65件。',
    );
  });

  it('narrates indicators caught in a parent cycle as separate indicators', () => {
    const a = indicator({ name: 'A', row: 2, actual: 1, parent: 'B' });
    const b = indicator({ name: 'B', row: 3, actual: 2, parent: 'A' });
    expect(categoryBody([a, b])).toBe('A完成1。B完成2。');
  });
});

describe('overall paragraph, title and closing', () => {
  const behind = (name: string, row: number, rate: number, severe = false) =>
    indicator({
      name,
      row,
      unit: '项',
      target: 100,
      actual: rate * 100,
      completionRate: rate,
      status: severe ? 'severely-behind' : 'behind',
    });

  it('counts done, on schedule, behind (with severely behind), no target and invalid', () => {
    const rows = [
      patents({ actual: 700, completionRate: 1.1666, status: 'done' }),
      patents({ row: 3, name: 'B' }),
      behind('C', 4, 0.4),
      behind('D', 5, 0.2, true),
      indicator({ name: 'E', row: 6, actual: 3 }),
      indicator({ name: 'F', row: 7, status: 'invalid' }),
    ];
    const zh = paragraphsOf(report(rows));
    expect(zh[2]).toBe(
      '截至6月底，全年5项指标中，1项已完成全年目标，1项达到序时进度，2项滞后于序时进度（其中1项严重滞后），1项未设年度目标。另有1项指标数据有误，请核对。',
    );
    expect(zh.slice(-3)).toEqual([
      '三、存在问题和下一步打算',
      '2项指标滞后于序时进度：C完成年度目标的40.0%，低于序时进度（50.0%）；D完成年度目标的20.0%，严重滞后于序时进度（50.0%）。',
      '下一步，我们将聚焦C、D等滞后指标，逐项分析原因，压实工作责任，加快推进进度，确保完成全年目标任务。',
    ]);
    expect(paragraphsOf(report(rows), 'en-US')[2]).toBe(
      'As of the end of June, of the 5 indicators for the year, 1 met the annual target, 1 was on schedule, 2 were behind schedule (1 severely), 1 had no annual target. 1 more indicator has invalid data; please check it.',
    );
  });

  it('caps long lists: 10 behind-schedule items and 5 names, the rest counted', () => {
    const rows = Array.from({ length: 12 }, (_, i) => behind(`指标${i + 1}号`, i + 2, 0.4));
    const zh = paragraphsOf(report(rows));
    const items = zh.at(-2) ?? '';
    expect(items.startsWith('12项指标滞后于序时进度：指标1号完成年度目标的40.0%')).toBe(true);
    expect(items).toContain('指标10号完成年度目标的40.0%，低于序时进度（50.0%）等。');
    expect(items).not.toContain('指标11号');
    expect(zh.at(-1)).toBe(
      '下一步，我们将聚焦指标1号、指标2号、指标3号、指标4号、指标5号等12项滞后指标，逐项分析原因，压实工作责任，加快推进进度，确保完成全年目标任务。',
    );
    const en = paragraphsOf(report(rows), 'en-US');
    expect(en.at(-2)).toMatch(/^12 indicators are behind schedule: .*; and 2 more\.$/);
    expect(en.at(-1)).toContain('(指标1号, 指标2号, 指标3号, 指标4号, 指标5号, and 7 more)');
  });

  it.each([
    [
      '2026-03-31',
      '2026年一季度科技工作指标完成情况',
      '截至3月底',
      'First Quarter 2026: Progress on Science and Technology Indicators',
      'As of the end of March',
    ],
    [
      '2026-05-31',
      '2026年1—5月科技工作指标完成情况',
      '截至5月底',
      'January–May 2026: Progress on Science and Technology Indicators',
      'As of the end of May',
    ],
    [
      '2026-06-15',
      '2026年上半年科技工作指标完成情况',
      '截至6月15日',
      'First Half 2026: Progress on Science and Technology Indicators',
      'As of June 15',
    ],
    [
      '2026-09-30',
      '2026年前三季度科技工作指标完成情况',
      '截至9月底',
      'First Three Quarters 2026: Progress on Science and Technology Indicators',
      'As of the end of September',
    ],
    [
      '2026-12-31',
      '2026年科技工作指标完成情况',
      '截至12月底',
      'Full Year 2026: Progress on Science and Technology Indicators',
      'As of the end of December',
    ],
  ])('as of %s', (asOf, zhTitle, zhDate, enTitle, enDate) => {
    const built = report([patents({})], { asOf });
    const zh = paragraphsOf(built);
    const en = paragraphsOf(built, 'en-US');
    expect(zh[0]).toBe(zhTitle);
    expect(zh[2]?.startsWith(`${zhDate}，`)).toBe(true);
    expect(en[0]).toBe(enTitle);
    expect(en[2]?.startsWith(`${enDate}, `)).toBe(true);
  });

  it('has no title without a date unless one is given, and says 截至目前', () => {
    const built = report([patents({})], { asOf: null });
    expect(paragraphsOf(built).slice(0, 3)).toEqual([
      '一、总体情况',
      '截至目前，全年1项指标中，1项达到序时进度。',
      '二、分项完成情况',
    ]);
    const titled = buildNarrative(built, {
      locale: 'zh-CN',
      title: '某区科技局2026年上半年工作总结',
    });
    expect(titled.paragraphs[0]).toEqual({
      kind: 'title',
      segments: [{ kind: 'text', text: '某区科技局2026年上半年工作总结' }],
    });
  });

  it('closes with 下一步 when nothing is behind', () => {
    expect(paragraphsOf(report([patents({})])).slice(-2)).toEqual([
      '三、下一步打算',
      '下一步，我们将巩固已有成效，持续跟踪各项指标，确保全面完成全年目标任务。',
    ]);
  });

  it('says there is nothing to report for an empty table', () => {
    expect(paragraphsOf(report([]))).toEqual([
      '2026年上半年科技工作指标完成情况',
      '一、总体情况',
      '截至6月底，暂无可分析的指标。',
    ]);
    expect(paragraphsOf(report([]), 'en-US')[2]).toBe(
      'As of the end of June, there are no indicators to report.',
    );
  });

  it('never narrates an invalid indicator with numbers', () => {
    const broken = patents({ status: 'invalid', actual: 331, target: null });
    const text = paragraphsOf(report([broken])).join('\n');
    expect(text).not.toContain('331');
    expect(text).toContain('另有1项指标数据有误，请核对。');
  });
});
