// npm run bench:cli — wall time of `check --format json` on a 10,000-row workbook against a plain
// exceljs read of the same file, each in a fresh Node process (median of several runs).
// Prints both, the ratio, and a last line of JSON. Target: ratio ≤ 1.5.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { largeTable, makeXlsx } from './make-cli-fixtures';

const ROWS = 10_000;
const RUNS = 5;
const root = path.resolve(__dirname, '..');
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
  if (!existsSync(path.join(root, 'dist-cli/cli.cjs'))) {
    spawnSync('npx', ['webpack', '--config', 'webpack.cli.config.js', '--mode', 'production'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const dir = path.join(root, 'test/.out/bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${ROWS}.xlsx`);
  writeFileSync(file, await makeXlsx(largeTable(ROWS)));

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
  const ratio = Math.round((cliMs / exceljsMs) * 100) / 100;
  process.stdout.write(`rows: ${ROWS} (median of ${RUNS} runs, fresh process each)\n`);
  process.stdout.write(`plain exceljs read: ${exceljsMs} ms\n`);
  process.stdout.write(`check --format json: ${cliMs} ms\n`);
  process.stdout.write(`ratio: ${ratio} (target ≤ 1.5)\n`);
  process.stdout.write(`${JSON.stringify({ rows: ROWS, exceljsMs, cliMs, ratio })}\n`);
}

void main();
