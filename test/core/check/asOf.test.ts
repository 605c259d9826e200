// The as-of date: given > the period the title names > the end of the last finished month.
import { resolveAsOf, resolveSharedAsOf } from '../../../src/core/check/asOf';
import { asOfNote } from '../../../src/core/check/asOfNote';
import { checkTable } from '../../../src/core/check/checkTable';
import { periodInTitle } from '../../../src/core/check/titlePeriod';
import { SAMPLE_GRID } from '../../../src/core/sample';
import { checkOptionsFrom, DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellGrid, CheckOptions } from '../../../src/core/types';

describe('periodInTitle: every period word, with the year written before it', () => {
  it.each<[string, string, number, number | null]>([
    ['2026年上半年科技工作主要指标完成情况', '2026年上半年', 6, 2026],
    // A 自评表 is a year's by rule (财预〔2020〕10号); the year anywhere in the title.
    ['2020年市级服务贸易发展资金项目自评表', '自评表', 12, 2020],
    ['项目支出绩效自评表', '自评表', 12, null],
    ['2026年上半年度指标完成情况', '2026年上半年度', 6, 2026],
    ['2026年半年工作总结', '2026年半年', 6, 2026],
    ['2026年半年度指标', '2026年半年度', 6, 2026],
    ['2026年下半年工作计划完成情况', '2026年下半年', 12, 2026],
    ['2026年一季度指标', '2026年一季度', 3, 2026],
    ['2026年第一季度指标', '2026年第一季度', 3, 2026],
    ['2026年第二季度指标', '2026年第二季度', 6, 2026],
    ['2026年三季度指标', '2026年三季度', 9, 2026],
    ['2026年第四季度指标', '2026年第四季度', 12, 2026],
    ['2026年第1季度指标', '2026年第1季度', 3, 2026],
    ['2026年前三季度科技指标', '2026年前三季度', 9, 2026],
    ['2026年前两季度科技指标', '2026年前两季度', 6, 2026],
    ['2025年1-9月科技指标', '2025年1-9月', 9, 2025],
    ['2026年1—6月科技指标', '2026年1—6月', 6, 2026],
    ['2026年1～6月科技指标', '2026年1～6月', 6, 2026],
    ['2026年1~6月科技指标', '2026年1~6月', 6, 2026],
    ['2026年1至6月科技指标', '2026年1至6月', 6, 2026],
    ['2026年1月-6月科技指标', '2026年1月-6月', 6, 2026],
    ['2026年1-12月科技指标', '2026年1-12月', 12, 2026],
    ['二〇二六年一至九月科技指标', '二〇二六年一至九月', 9, 2026],
    ['2025年全年科技工作指标', '2025年全年', 12, 2025],
    ['2025年度科技工作指标', '2025年度', 12, 2025],
    ['2026年度上半年指标', '2026年度上半年', 6, 2026],
    ['2026年 上半年 指标', '2026年 上半年', 6, 2026],
    ['上半年科技工作指标完成情况', '上半年', 6, null],
    ['前三季度指标完成情况', '前三季度', 9, null],
    ['1-9月主要指标', '1-9月', 9, null],
    ['全年指标完成情况', '全年', 12, null],
    ['2025年全年与2026年上半年指标', '2026年上半年', 6, 2026],
    ['2026年1-6月暨上半年指标', '2026年1-6月', 6, 2026],
  ])('%s → %s (month %d, year %p)', (title, text, endMonth, year) => {
    expect(periodInTitle(title)).toEqual({ text, endMonth, year });
  });

  it.each([
    ['2026年', 'a bare year is not a period word'],
    ['2026年科技工作主要指标完成情况', 'a year and no period'],
    ['2026年年度目标完成情况', '年度目标 names the target'],
    ['2026年全年任务完成进度', '全年任务 names the target'],
    ['与上年度对比', '上年度 is the year before'],
    ['2026年7-9月指标', 'a range not from January is no cumulative period'],
    ['2026年11-12月指标', 'not from January either'],
    ['2026年6月指标', 'a single month'],
    ['2026年一季度及上半年指标', 'two periods ending in different months'],
    ['科技工作指标', 'no period at all'],
    ['', 'empty'],
  ])('%s: none (%s)', (title) => {
    expect(periodInTitle(title)).toBeNull();
  });

  it('is null for no title', () => {
    expect(periodInTitle(null)).toBeNull();
    expect(periodInTitle(undefined)).toBeNull();
  });
});

describe('resolveAsOf: given > the title’s period > the end of the month before today', () => {
  const TITLE = '2026年上半年科技工作指标';
  it.each<[string, CheckOptions, string | null, string | null, string]>([
    ['a given date wins over the title', { asOf: '2026-03-31' }, TITLE, '2026-03-31', 'option'],
    ['the title’s year and period', { today: '2026-12-02' }, TITLE, '2026-06-30', 'title'],
    ['the title without today', {}, TITLE, '2026-06-30', 'title'],
    ['1-9月 of 2025', { today: '2026-12-02' }, '2025年1-9月指标', '2025-09-30', 'title'],
    ['全年 → 12-31', { today: '2026-05-10' }, '2026年全年指标', '2026-12-31', 'title'],
    ['一季度 → 03-31', { today: '2026-05-10' }, '2026年一季度指标', '2026-03-31', 'title'],
    // No year in the title: the year of the default date (the last finished month).
    ['no year: this year', { today: '2026-07-15' }, '上半年指标', '2026-06-30', 'title'],
    ['no year, in May', { today: '2026-05-10' }, '上半年指标', '2026-06-30', 'title'],
    ['no year, in January: last year', { today: '2027-01-10' }, '全年指标', '2026-12-31', 'title'],
    ['no year and no today: no date', {}, '上半年指标', null, 'default'],
    ['a bare year: the default', { today: '2026-07-15' }, '2026年指标', '2026-06-30', 'default'],
    ['no title: the default', { today: '2026-07-15' }, null, '2026-06-30', 'default'],
    ['January: December before', { today: '2027-01-10' }, null, '2026-12-31', 'default'],
    [
      'a bad given date is ignored',
      { asOf: '2026-02-30', today: '2026-07-15' },
      TITLE,
      '2026-06-30',
      'title',
    ],
    ['a bad today is ignored', { today: 'tomorrow' }, null, null, 'default'],
    ['nothing at all', {}, null, null, 'default'],
  ])('%s', (_case, options, title, asOf, source) => {
    const resolved = resolveAsOf(options, title);
    expect(resolved.asOf).toBe(asOf);
    expect(resolved.source).toBe(source);
    expect(resolved.period === null).toBe(source !== 'title');
  });

  it('names the period and whether the year came from the title', () => {
    expect(resolveAsOf({ today: '2027-01-10' }, '全年指标').period).toEqual({
      title: '全年指标',
      text: '全年',
      year: 2026,
      yearInTitle: false,
    });
  });
});

describe('resolveSharedAsOf: a roll-up', () => {
  const fromTitle = {
    asOf: '2026-06-30',
    asOfSource: 'title' as const,
    asOfPeriod: { title: 't', text: '上半年', year: 2026, yearInTitle: false },
  };
  it('takes the date every title gave', () => {
    const shared = resolveSharedAsOf({ today: '2026-12-02' }, [fromTitle, fromTitle]);
    expect(shared).toEqual({ asOf: '2026-06-30', source: 'title', period: fromTitle.asOfPeriod });
  });
  it('falls back to the default when the titles disagree or one has none', () => {
    const other = { ...fromTitle, asOf: '2026-09-30' };
    const none = { asOf: '2026-11-30', asOfSource: 'default' as const, asOfPeriod: null };
    for (const reports of [[fromTitle, other], [fromTitle, none], []]) {
      expect(resolveSharedAsOf({ today: '2026-12-02' }, reports)).toEqual({
        asOf: '2026-11-30',
        source: 'default',
        period: null,
      });
    }
  });
  it('keeps a given date', () => {
    expect(resolveSharedAsOf({ asOf: '2026-03-31' }, [fromTitle]).asOf).toBe('2026-03-31');
  });
});

const grid = (title: string | null): CellGrid => ({
  address: 'A1',
  values: [
    ...(title === null ? [] : [[title, null, null, null]]),
    ['指标名称', '单位', '年度目标', '累计完成'],
    ['专利申请量', '件', 600, 450],
    ['科技培训', '场次', 100, 20],
  ],
});

describe('checkTable: the report says which as-of date it used and where it came from', () => {
  it.each<[string | null, CheckOptions, string | null, string, number]>([
    ['2025年1-9月科技工作指标', { today: '2026-12-02' }, '2025-09-30', 'title', 0.75],
    ['2026年一季度科技工作指标', { today: '2026-12-02' }, '2026-03-31', 'title', 0.25],
    ['2026年全年科技工作指标', { today: '2026-12-02' }, '2026-12-31', 'title', 1],
    ['2026年科技工作指标', { today: '2026-12-02' }, '2026-11-30', 'default', 11 / 12],
    [null, { today: '2026-12-02' }, '2026-11-30', 'default', 11 / 12],
    ['2025年1-9月科技工作指标', { asOf: '2026-06-30' }, '2026-06-30', 'option', 0.5],
  ])('title %p, %p → %p (%s)', (title, options, asOf, source, progress) => {
    const report = checkTable(grid(title), options);
    expect(report.asOf).toBe(asOf);
    expect(report.asOfSource).toBe(source);
    expect(report.expectedProgress).toBeCloseTo(progress, 10);
  });

  it('judges by the title’s period: 450 of 600 is on track at 9 months, behind at 11', () => {
    const byTitle = checkTable(grid('2025年1-9月科技工作指标'), { today: '2026-12-02' });
    const byDefault = checkTable(grid('2025年科技工作指标'), { today: '2026-12-02' });
    expect(byTitle.indicators[0]?.status).toBe('on-track');
    expect(byDefault.indicators[0]?.status).toBe('behind');
  });

  it('the sample (2026年上半年) is checked at 2026-06-30 whatever the day, as the pane does', () => {
    for (const today of [new Date(2026, 11, 2), new Date(2027, 2, 1), new Date(2026, 3, 5)]) {
      const options = checkOptionsFrom(DEFAULT_SETTINGS, 'zh-CN', today);
      const report = checkTable(SAMPLE_GRID, options);
      expect(report.asOf).toBe('2026-06-30');
      expect(report.asOfSource).toBe('title');
      expect(report.asOfPeriod?.text).toBe('2026年上半年');
      expect(report.expectedProgress).toBe(0.5);
    }
  });

  it('a stored as-of date still wins in the pane’s options', () => {
    const settings = { ...DEFAULT_SETTINGS, asOf: '2026-03-31' };
    const report = checkTable(
      SAMPLE_GRID,
      checkOptionsFrom(settings, 'zh-CN', new Date(2026, 11, 2)),
    );
    expect(report.asOf).toBe('2026-03-31');
    expect(report.asOfSource).toBe('option');
  });

  it('a table without a header has the default date', () => {
    const report = checkTable({ address: 'A1', values: [[1, 2]] }, { today: '2026-12-02' });
    expect(report.asOf).toBe('2026-11-30');
    expect(report.asOfSource).toBe('default');
  });
});

describe('asOfNote: the same words in the pane and the CLI', () => {
  const period = (yearInTitle: boolean) => ({
    title: '上半年指标',
    text: yearInTitle ? '2026年上半年' : '上半年',
    year: 2026,
    yearInTitle,
  });
  it.each<[string, Parameters<typeof asOfNote>[0], string, string]>([
    [
      'title',
      { asOf: '2026-06-30', asOfSource: 'title', asOfPeriod: period(true) },
      '按标题“2026年上半年”按2026-06-30核验',
      'Checked as of 2026-06-30, the end of “2026年上半年” named in the title',
    ],
    [
      'title without a year',
      { asOf: '2026-06-30', asOfSource: 'title', asOfPeriod: period(false) },
      '按标题“上半年”按2026-06-30核验（标题未写年份，按2026年）',
      'Checked as of 2026-06-30, the end of “上半年” named in the title (the title names no year: 2026)',
    ],
    [
      'option',
      { asOf: '2026-03-31', asOfSource: 'option' },
      '按指定日期2026-03-31核验',
      'Checked as of 2026-03-31, the date given',
    ],
    [
      'default',
      { asOf: '2026-11-30', asOfSource: 'default' },
      '按上月末2026-11-30核验',
      'Checked as of 2026-11-30, the end of the last full month',
    ],
    ['unknown source', { asOf: '2026-11-30' }, '截至2026-11-30', 'As of 2026-11-30'],
  ])('%s', (_case, report, zh, en) => {
    expect(asOfNote(report, 'zh-CN')).toBe(zh);
    expect(asOfNote(report, 'en-US')).toBe(en);
  });

  it('says nothing without a date', () => {
    expect(asOfNote({ asOf: null, asOfSource: 'default' }, 'zh-CN')).toBeNull();
  });
});
