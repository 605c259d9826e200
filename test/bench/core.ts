// Benchmark of the check engine: rows per second and heap for 10,000 and 100,000 rows.
// Run: npm run bench  (prints figures; the last line is JSON).
import { performance } from 'node:perf_hooks';
import { checkTable } from '../../src/core/check/checkTable';
import type { CellGrid, CellValue } from '../../src/core/types';

const NAMES = ['专利申请量', '高新技术产值', '研发投入', '科技培训', '申报科技项目', '科技示范村'];
const UNITS = ['件', '亿元', '亿元', '场次', '个', '个'];

/** A mixed table: plain numbers, text with units, approximations, placeholders and sub-items. */
function makeGrid(rows: number): CellGrid {
  const values: CellValue[][] = [
    ['2026年上半年科技工作指标完成情况', null, null, null, null, null],
    ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'],
  ];
  for (let i = 0; i < rows; i++) {
    const kind = i % 6;
    const name = `${NAMES[kind]}${i}`;
    const forms: CellValue[] = [300 + (i % 97), `${120 + (i % 50)}`, '3万多', 'x', '1,234', 45.5];
    const actual = kind === 1 ? '1.5014亿元' : (forms[i % forms.length] ?? 1);
    const parent = i % 10 === 9 ? `${NAMES[(i - 1) % 6]}${i - 1}` : null;
    values.push([name, UNITS[kind] ?? '个', 600, actual, i % 13 === 0 ? 0 : 250, parent]);
  }
  return { address: 'A1', values };
}

interface Figures {
  rows: number;
  ms: number;
  rowsPerSecond: number;
  heapUsedDeltaMB: number;
  heapTotalMB: number;
}

function measure(rows: number): Figures {
  const grid = makeGrid(rows);
  checkTable(grid, { asOf: '2026-06-30' }); // warm-up
  const times: number[] = [];
  const before = process.memoryUsage().heapUsed;
  let heapUsedDelta = 0;
  let heapTotal = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const report = checkTable(grid, { asOf: '2026-06-30' });
    times.push(performance.now() - start);
    const memory = process.memoryUsage();
    heapUsedDelta = Math.max(heapUsedDelta, memory.heapUsed - before);
    heapTotal = Math.max(heapTotal, memory.heapTotal);
    if (report.summary.total !== rows) throw new Error(`expected ${rows} indicators`);
  }
  const ms = [...times].sort((a, b) => a - b)[2] ?? 0;
  const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
  return {
    rows,
    ms: Math.round(ms * 10) / 10,
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    heapUsedDeltaMB: mb(heapUsedDelta),
    heapTotalMB: mb(heapTotal),
  };
}

const results = [10_000, 100_000].map(measure);
for (const r of results) {
  console.log(
    `${r.rows} rows: median ${r.ms} ms, ${r.rowsPerSecond} rows/s, ` +
      `heap used +${r.heapUsedDeltaMB} MB (max over runs), V8 heap size ${r.heapTotalMB} MB`,
  );
}
const [small, large] = results;
const linearity = small && large ? Math.round((large.ms / small.ms / 10) * 100) / 100 : null;
console.log(`time ratio 100k/10k divided by 10 (1 = linear): ${linearity}`);
console.log(JSON.stringify({ node: process.version, results, linearity }));
