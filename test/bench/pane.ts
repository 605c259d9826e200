// Pane benchmark: the production bundles taskpane.html loads at start (raw and gzip), the lazy
// chunks, the time from navigation to an interactive check view in headless Chromium, and the
// pane at 10,000 rows (paneScale.ts), each run in a new page, every run printed (the machine is
// shared: the spread says as much as the median), with the load average before and after.
// Usage: npm run bench:pane [-- --no-build] [--runs N] [--scale-runs N] [--rows N] [--no-summary]
// (start-up: N runs, default 10; at scale: --scale-runs, else --runs, else 3).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { DIST, launchChromium, openPane, serveDist } from '../e2e/harness';
import { LONG_TASK_SCRIPT, measureScale, scaleWorkbook } from './paneScale';
import type { ScaleFigures } from './paneScale';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleFigures {
  startup: FileSize[];
  startupRaw: number;
  startupGzip: number;
  lazy: FileSize[];
}

const sizeOf = (dist: string, file: string): FileSize => {
  const bytes = readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/**
 * The scripts taskpane.html loads at start: the boot script and the bundles it names
 * (office.js from the CDN is not ours and not counted).
 */
export function measureBundle(dist = DIST): BundleFigures {
  const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const tag = /<script\b[^>]*id="?ia-boot"?[^>]*>/.exec(html)?.[0] ?? '';
  const attribute = (name: string): string =>
    new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`).exec(tag)?.slice(1).find(Boolean) ?? '';
  const scripts = [attribute('src'), ...attribute('data-bundles').split(' ')].filter(
    (src) => src !== '' && !/^https?:/.test(src),
  );
  if (scripts.length < 2) throw new Error('taskpane.html: no boot script naming its bundles');
  const startup = scripts.map((file) => sizeOf(dist, file));
  const lazy = readdirSync(dist)
    .filter(
      (file) => file.endsWith('.js') && !scripts.includes(file) && !file.startsWith('commands.'),
    )
    .map((file) => sizeOf(dist, file))
    .sort((a, b) => b.gzip - a.gzip);
  return {
    startup,
    startupRaw: startup.reduce((sum, f) => sum + f.raw, 0),
    startupGzip: startup.reduce((sum, f) => sum + f.gzip, 0),
    lazy,
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Navigation → first contentful paint, and → the check view's buttons usable (standalone). */
async function measureStartup(runs: number): Promise<{ fcpMs: number; interactiveMs: number }> {
  const server = await serveDist();
  const browser = await launchChromium();
  const fcp: number[] = [];
  const interactive: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const session = await openPane(browser, server.origin);
      const { page } = session;
      await page.getByRole('button', { name: '加载示例' }).waitFor();
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        now: performance.now(),
      }));
      fcp.push(timing.fcp);
      interactive.push(timing.now);
      await session.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { fcpMs: Math.round(median(fcp)), interactiveMs: Math.round(median(interactive)) };
}

/** The pane at scale, `runs` times, each in a new page; `each` hears of every run as it ends. */
async function measureAtScale(
  rows: number,
  summary: boolean,
  runs: number,
  each: (figures: ScaleFigures, run: number) => void,
): Promise<ScaleFigures[]> {
  const server = await serveDist();
  const browser = await launchChromium();
  const workbook = await scaleWorkbook(rows);
  const all: ScaleFigures[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const session = await openPane(browser, server.origin, { initScript: LONG_TASK_SCRIPT });
      const figures = await measureScale(session.page, workbook, rows, session.requests, {
        summary,
      });
      await session.context.close();
      all.push(figures);
      each(figures, run);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return all;
}

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 10 : 10;
  if (!args.includes('--no-build')) {
    const webpack = path.resolve(__dirname, '../../node_modules/webpack/bin/webpack.js');
    execFileSync(process.execPath, [webpack, '--mode', 'production'], { stdio: 'ignore' });
  }
  const bundle = measureBundle();
  console.log('start-up scripts (taskpane.html):');
  for (const f of bundle.startup) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
  console.log(
    `  total: ${kb(bundle.startupRaw)} raw, ${kb(bundle.startupGzip)} gzip (goal < 155 KiB)`,
  );
  console.log('loaded on demand:');
  for (const f of bundle.lazy) console.log(`  ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
  const startup = await measureStartup(runs);
  console.log(
    `headless Chromium, median of ${runs}: first contentful paint ${startup.fcpMs} ms, ` +
      `check view interactive ${startup.interactiveMs} ms after navigation`,
  );
  const rowsAt = args.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) || 10_000 : 10_000;
  const scaleRunsAt = args.indexOf('--scale-runs');
  const scaleRuns = scaleRunsAt >= 0 ? Number(args[scaleRunsAt + 1]) || 3 : runsAt >= 0 ? runs : 3;
  console.log(`${rows} rows (.xlsx, 400 px, headless Chromium), ${scaleRuns} runs:`);
  const all = await measureAtScale(rows, !args.includes('--no-summary'), scaleRuns, (s, run) => {
    const tasks = s.longTasks
      .slice(0, 4)
      .map(([at, ms]) => `${ms} ms @${at}`)
      .join(', ');
    console.log(
      `  run ${run + 1} (load ${load()}): results ${s.resultsMs} ms, summary ` +
        `${s.summaryMs ?? '—'} ms, longest task ${s.longestTaskMs} ms (${tasks || 'none ≥ 50 ms'}); ` +
        `elements ${s.domNodesCheck}/${s.domNodesSummary ?? '—'}, scroll ${s.scrollEndToEndMs} ms, ` +
        `仅滞后 ${s.filterBehindMs} ms, worker ${s.worker}`,
    );
  });
  const of = (pick: (s: ScaleFigures) => number | null) => {
    const values = all.map(pick).filter((v): v is number => v !== null);
    return values.length === 0
      ? '—'
      : `${Math.round(median(values))} ms (${Math.min(...values)}–${Math.max(...values)})`;
  };
  console.log(`  file chosen → results visible, median (range): ${of((s) => s.resultsMs)}`);
  console.log(`  file chosen → summary shown: ${of((s) => s.summaryMs)}`);
  console.log(
    `  longest main-thread task (import + check + summary): ${of((s) => s.longestTaskMs)}`,
  );
  console.log(`  indicator list scrolled end to end (100 jumps): ${of((s) => s.scrollEndToEndMs)}`);
  const scale = all[all.length - 1];
  console.log(
    JSON.stringify({
      startupJsRaw: bundle.startupRaw,
      startupJsGzip: bundle.startupGzip,
      ...startup,
      scale,
      scaleRuns: all,
    }),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
