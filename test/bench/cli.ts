// npm run bench:cli — wall time of `check --format json` on a 10,000-row workbook against a plain
// exceljs read of the same file, each in a fresh Node process (median of several runs).
// Prints both, the ratio, and a last line of JSON. Target: ratio ≤ 1.5.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt } from '../cli/support';
import { countyTable, largeTable, makeXlsx } from '../fixtures/generate/cli';

const ROWS = 10_000;
const RUNS = 5;
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/indicator-assistant.cjs');

function timeProcess(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
  }
  return ms;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function main(): Promise<void> {
  ensureBuilt(); // the current sources: rebuilt when any is newer than the bundle
  const dir = path.join(root, 'test/.out/bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${ROWS}.xlsx`);
  writeFileSync(file, await makeXlsx(largeTable(ROWS)));

  const small = path.join(dir, 'bench-small.xlsx');
  writeFileSync(small, await makeXlsx(countyTable()));

  const large = compare(file);
  const typical = compare(small);
  process.stdout.write(`median of ${RUNS} runs, a fresh Node process each\n`);
  process.stdout.write(`${ROWS} rows: plain exceljs read ${large.exceljsMs} ms, `);
  process.stdout.write(
    `check --format json ${large.cliMs} ms, ratio ${large.ratio} (target ≤ 1.5)\n`,
  );
  process.stdout.write(`8 rows: plain exceljs read ${typical.exceljsMs} ms, `);
  process.stdout.write(`check --format json ${typical.cliMs} ms, ratio ${typical.ratio}\n`);
  process.stdout.write(`${JSON.stringify({ rows: ROWS, ...large, small: typical })}\n`);
}

/** Interleaved runs of a plain exceljs read and of the CLI on the same file. */
function compare(file: string): { exceljsMs: number; cliMs: number; ratio: number } {
  const plainRead = [
    '-e',
    "const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1])" +
      '.then(w=>{if(w.worksheets[0].rowCount<2)process.exit(3)})',
    file,
  ];
  const check = [bin, 'check', file, '--format', 'json', '--as-of', '2026-06-30'];
  timeProcess(plainRead); // warm the file cache
  const exceljsRuns: number[] = [];
  const cliRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    exceljsRuns.push(timeProcess(plainRead));
    cliRuns.push(timeProcess(check));
  }
  const exceljsMs = Math.round(median(exceljsRuns));
  const cliMs = Math.round(median(cliRuns));
  return { exceljsMs, cliMs, ratio: Math.round((cliMs / exceljsMs) * 100) / 100 };
}

void main();
