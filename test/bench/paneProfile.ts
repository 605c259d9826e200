// Where the pane's main thread spends its time at 10,000 rows: runs the scale benchmark under
// Chromium's performance trace and V8 CPU profiler, then prints each main-thread task over a
// threshold with what it did (script, style, layout, paint, GC) and the functions (source-mapped
// to src/) that took its time. A tool for attributing long tasks, not a budget.
// Usage: npx tsx test/bench/paneProfile.ts [--rows N] [--over MS] [--no-summary]
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map';
import type { RawSourceMap } from 'source-map';
import { DIST, launchChromium, openPane, serveDist } from '../e2e/harness';
import { LONG_TASK_SCRIPT, measureScale, scaleWorkbook } from './paneScale';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const consumers = new Map<string, SourceMapConsumer | null>();
function original(frame: ProfileNode['callFrame']): string {
  const file = frame.url.split('/').pop() ?? '';
  if (!file.endsWith('.js')) return frame.functionName || '(program)';
  let consumer = consumers.get(file);
  if (consumer === undefined) {
    const map = path.join(DIST, `${file}.map`);
    consumer = existsSync(map)
      ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap)
      : null;
    consumers.set(file, consumer);
  }
  const at = consumer?.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  });
  if (!at?.source) return `${frame.functionName || '(anon)'} ${file}`;
  const source = at.source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');
  return `${at.name ?? frame.functionName ?? '(anon)'} ${source}:${at.line}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) || fallback : fallback;
  };
  const rows = option('--rows', 10_000);
  const over = option('--over', 50);
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const session = await openPane(browser, server.origin, { initScript: LONG_TASK_SCRIPT });
    const { page } = session;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
      ],
    });
    await cdp.send('Profiler.start');
    const workbook = await scaleWorkbook(rows);
    const figures = await measureScale(page, workbook, rows, session.requests, {
      summary: !args.includes('--no-summary'),
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    console.log(JSON.stringify(figures));

    const events = trace.traceEvents;
    const mainThread = events.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    const onMain = events.filter(
      (e) => mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid,
    );
    const tasks = onMain.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) >= over * 1000,
    );
    // Sample times on the trace's clock (both are monotonic microseconds).
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const sampleAt: number[] = [];
    let t = profile.startTime;
    for (const delta of profile.timeDeltas) sampleAt.push((t += delta));
    const marks = events.filter((e) => e.name.startsWith('ia:') && e.ph !== 'e');
    const firstTs = marks.find((e) => e.name === 'ia:chosen')?.ts ?? tasks[0]?.ts ?? 0;
    const at = (ts: number) => `${((ts - firstTs) / 1000).toFixed(0)} ms`;
    console.log(`marks: ${marks.map((e) => `${e.name} @${at(e.ts)}`).join(', ')}`);
    // Other threads of the page (the engine worker): their busy stretches.
    const names = new Map(
      events
        .filter((e) => e.name === 'thread_name')
        .map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']),
    );
    const workerTasks = events.filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'RunTask' &&
        (e.dur ?? 0) >= 20_000 &&
        e.ts >= firstTs &&
        /Worker/.test(names.get(`${e.pid}:${e.tid}`) ?? ''),
    );
    for (const task of workerTasks) {
      const inner = events
        .filter(
          (e) =>
            e.pid === task.pid &&
            e.tid === task.tid &&
            e.ph === 'X' &&
            e.ts >= task.ts &&
            e.ts < task.ts + (task.dur ?? 0) &&
            ['EvaluateScript', 'FunctionCall', 'v8.compile', 'MajorGC', 'MinorGC'].includes(e.name),
        )
        .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`)
        .slice(0, 6)
        .join(', ');
      console.log(
        `worker task @${at(task.ts)}: ${((task.dur ?? 0) / 1000).toFixed(0)} ms (${inner})`,
      );
    }
    console.log(`${tasks.length} main-thread tasks ≥ ${over} ms:`);
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      const kinds = new Map<string, number>();
      for (const e of onMain) {
        if (e.ph !== 'X' || e.ts < task.ts || e.ts >= end || e === task) continue;
        if (
          ![
            'Layout',
            'UpdateLayoutTree',
            'Paint',
            'PrePaint',
            'Layerize',
            'MinorGC',
            'MajorGC',
            'V8.GC_SCAVENGER',
            'ParseHTML',
            'EvaluateScript',
            'v8.compile',
            'FunctionCall',
            'EventDispatch',
            'TimerFire',
            'FireAnimationFrame',
            'RunMicrotasks',
            'v8.run',
            'HitTest',
            'UpdateLayer',
            'Commit',
          ].includes(e.name)
        ) {
          continue;
        }
        kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const self = new Map<string, number>();
      for (let i = 0; i < profile.samples.length; i++) {
        const at = sampleAt[i] ?? 0;
        if (at < task.ts || at >= end) continue;
        const node = byId.get(profile.samples[i] ?? -1);
        if (!node) continue;
        const key = original(node.callFrame);
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 250) / 1000);
      }
      const top = (map: Map<string, number>, n: number) =>
        [...map.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join('; ');
      console.log(`\n@${at(task.ts)}: ${((task.dur ?? 0) / 1000).toFixed(0)} ms`);
      console.log(`  events: ${top(kinds, 8)}`);
      console.log(`  self ms: ${top(self, 14)}`);
    }
    await session.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
