// Benchmark of the narrative: buildNarrative + narrativeToHtml for 200 indicators, both locales.
// Run: npm run bench  (median of 20 runs; the last line is JSON; target < 50 ms).
import { performance } from 'node:perf_hooks';
import { checkTable } from '../../src/core/check/checkTable';
import { narrativeToHtml } from '../../src/core/export/html';
import { buildNarrative } from '../../src/core/narrative/buildNarrative';
import type { CellGrid, CellValue, CheckReport, Locale } from '../../src/core/types';

const INDICATORS = 200;
const RUNS = 20;
const TARGET_MS = 50;

const NAMES = [
  '专利申请量',
  '高新技术产值',
  '研发投入强度',
  '科技培训',
  '申报科技项目',
  '科技示范村',
];
const UNITS = ['件', '亿元', '%', '人次', '个', '万元'];

/** Every sentence shape: amounts, rates, growth up/down, no last year, sub-items, behind, approximations. */
function makeGrid(rows: number): CellGrid {
  const values: CellValue[][] = [
    ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'],
  ];
  for (let i = 0; i < rows; i++) {
    const kind = i % 6;
    const isPart = i % 5 === 4;
    const parent = isPart ? `${NAMES[(i - 1) % 6]}${i - 1}` : null;
    const unit = isPart ? (UNITS[(i - 1) % 6] ?? '个') : (UNITS[kind] ?? '个');
    const target = isPart ? null : 600 + (i % 40) * 10;
    const actual = i % 17 === 0 ? '300多' : 150 + ((i * 37) % 500) + (kind === 1 ? 0.1234 : 0);
    const lastYear = i % 3 === 0 ? null : 200 + ((i * 11) % 300);
    values.push([`${NAMES[kind]}${i}`, unit, target, actual, lastYear, parent]);
  }
  return { address: 'A1', values };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return ((sorted[Math.floor(middle - 0.5)] ?? 0) + (sorted[Math.ceil(middle - 0.5)] ?? 0)) / 2;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

function measure(
  report: CheckReport,
  locale: Locale,
): { coldMs: number; medianMs: number; chars: number } {
  let start = performance.now();
  let html = narrativeToHtml(buildNarrative(report, { locale }));
  const coldMs = performance.now() - start;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    start = performance.now();
    html = narrativeToHtml(buildNarrative(report, { locale }));
    times.push(performance.now() - start);
  }
  return { coldMs: round(coldMs), medianMs: round(median(times)), chars: html.length };
}

const report = checkTable(makeGrid(INDICATORS), { asOf: '2026-06-30' });
if (report.indicators.length !== INDICATORS) throw new Error(`expected ${INDICATORS} indicators`);
const results = (['zh-CN', 'en-US'] as const).map((locale) => ({
  locale,
  ...measure(report, locale),
}));
for (const { locale, coldMs, medianMs, chars } of results) {
  console.log(
    `${locale}: ${INDICATORS} indicators, narrative + HTML median ${medianMs} ms over ${RUNS} runs (first run ${coldMs} ms, ${chars} chars of HTML)`,
  );
}
const worst = Math.max(...results.map((result) => result.medianMs));
console.log(
  JSON.stringify({
    bench: 'narrative',
    indicators: INDICATORS,
    runs: RUNS,
    targetMs: TARGET_MS,
    ok: worst < TARGET_MS,
    results,
  }),
);
