// End to end: without --as-of the CLI checks at the period the title names, decided by the core
// exactly as for the pane (checkOptionsFrom with no stored date); --as-of always wins.
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { checkTable, lastFinishedMonthEnd, readWorkbookFile } from '../../src/core';
import { checkOptionsFrom, DEFAULT_SETTINGS } from '../../src/core/settings';
import { countyTable, makeXlsx } from '../fixtures/generate/cli';
import { SETUP_TIMEOUT_MS, ensureBuilt, outDir, runCli } from './support';

const TITLES = {
  nineMonths: '2025年1-9月科技工作指标完成情况',
  firstHalf: '2026年上半年科技工作指标完成情况',
  quarter: '2026年第一季度科技工作指标完成情况',
  bareYear: '2026年科技工作指标完成情况',
};
type Case = keyof typeof TITLES;
const files = new Map<Case, string>();

beforeAll(async () => {
  ensureBuilt();
  const dir = outDir('as-of');
  for (const [key, title] of Object.entries(TITLES) as [Case, string][]) {
    const file = path.join(dir, `${key}.xlsx`);
    writeFileSync(file, await makeXlsx({ ...countyTable(), title }));
    files.set(key, file);
  }
}, SETUP_TIMEOUT_MS);

function cliJson(key: Case, extra: string[] = []): Record<string, unknown> {
  const run = runCli(['check', files.get(key) ?? '', '--format', 'json', ...extra]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** What the pane would report for the same file today (no stored as-of date). */
async function paneReport(key: Case) {
  const file = files.get(key) ?? '';
  const read = await readWorkbookFile(file, new Uint8Array(readFileSync(file)));
  if (!read.ok) throw new Error(`cannot read ${file}`);
  return checkTable(read.grid, checkOptionsFrom(DEFAULT_SETTINGS, 'zh-CN', new Date()));
}

describe('the as-of date from the title: CLI and core agree', () => {
  it.each<[Case, string, number, string]>([
    ['nineMonths', '2025-09-30', 0.75, '2025年1-9月'],
    ['firstHalf', '2026-06-30', 0.5, '2026年上半年'],
    ['quarter', '2026-03-31', 0.25, '2026年第一季度'],
  ])('%s → %s', async (key, asOf, progress, text) => {
    const body = cliJson(key);
    const core = await paneReport(key);
    expect(body.asOf).toBe(asOf);
    expect(body.asOfSource).toBe('title');
    expect(body.asOfPeriod).toEqual({
      title: TITLES[key],
      text,
      year: Number(asOf.slice(0, 4)),
      yearInTitle: true,
    });
    expect(body.asOfNote).toBe(`按标题“${text}”按${asOf}核验`);
    expect(body.expectedProgress).toBe(progress);
    expect({
      asOf: body.asOf,
      asOfSource: body.asOfSource,
      asOfPeriod: body.asOfPeriod,
      expectedProgress: body.expectedProgress,
      summary: body.summary,
    }).toEqual({
      asOf: core.asOf,
      asOfSource: core.asOfSource,
      asOfPeriod: core.asOfPeriod,
      expectedProgress: core.expectedProgress,
      summary: core.summary,
    });
  });

  it('a bare year is no period: the end of the last full month, in the CLI and the core', async () => {
    const before = lastFinishedMonthEnd(new Date());
    const body = cliJson('bareYear');
    const core = await paneReport('bareYear');
    const after = lastFinishedMonthEnd(new Date());
    expect([before, after]).toContain(body.asOf);
    expect(body.asOfSource).toBe('default');
    expect(body.asOfPeriod).toBeNull();
    expect(body.asOfNote).toBe(`按上月末${String(body.asOf)}核验`);
    expect(core.asOfSource).toBe('default');
    expect([before, after]).toContain(core.asOf);
  });

  it('--as-of wins over the title', () => {
    const body = cliJson('nineMonths', ['--as-of', '2025-06-30']);
    expect(body.asOf).toBe('2025-06-30');
    expect(body.asOfSource).toBe('option');
    expect(body.asOfPeriod).toBeNull();
    expect(body.expectedProgress).toBe(0.5);
  });

  it('the text report says where the date came from, in both languages', () => {
    const zh = runCli(['check', files.get('nineMonths') ?? '']);
    expect(zh.stdout.split('\n')[1]).toBe('按标题“2025年1-9月”按2025-09-30核验，序时进度 75%');
    const en = runCli(['check', files.get('nineMonths') ?? '', '--locale', 'en-US']);
    expect(en.stdout.split('\n')[1]).toBe(
      'Checked as of 2025-09-30, the end of “2025年1-9月” named in the title; expected progress 75%',
    );
  });

  it('a roll-up of tables whose titles agree is checked at their period', () => {
    const run = runCli([
      'check',
      files.get('firstHalf') ?? '',
      files.get('firstHalf') ?? '',
      '--rollup',
      '--format',
      'json',
    ]);
    const body = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(body.asOf).toBe('2026-06-30');
    expect(body.asOfSource).toBe('title');
  });
});
