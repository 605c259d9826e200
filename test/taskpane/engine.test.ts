// The pane's engine: the same results in a worker and on the main thread, and the main thread
// taking over when a worker cannot start or fails.
import { checkOptionsFor, DEFAULT_SETTINGS, SAMPLE_GRID } from '../../src/core';
import { createEngine } from '../../src/taskpane/worker/engine';
import type { WorkerLike } from '../../src/taskpane/worker/engine';
import { countyTable, makeCsv, makeXlsx } from '../fixtures/generate/cli';
import { FakeWorker } from './fakeWorker';

const OPTIONS = { asOf: '2026-06-30', locale: 'zh-CN' as const };

describe('engine', () => {
  it('reads, checks and writes the narrative in the worker, as the main thread does', async () => {
    const worker = new FakeWorker();
    const inWorker = createEngine(() => worker);
    const here = createEngine();
    expect(inWorker.where()).toBe('worker');
    expect(here.where()).toBe('main');

    const bytes = new Uint8Array(await makeXlsx(countyTable(), '上半年'));
    const read = await inWorker.read('县区.xlsx', bytes);
    expect(read).toEqual(await here.read('县区.xlsx', bytes));
    if (!read.ok) throw new Error('read failed');
    expect(read.grid.numberFormat?.[8]?.[2]).toBe('0.00%');

    const report = await inWorker.check(SAMPLE_GRID, OPTIONS);
    expect(report).toEqual(await here.check(SAMPLE_GRID, OPTIONS));
    expect(report.summary.total).toBe(16);

    const narrative = await inWorker.narrate(report, { locale: 'zh-CN' });
    expect(narrative).toEqual(await here.narrate(report, { locale: 'zh-CN' }));
    expect(worker.jobs).toEqual(['read', 'check', 'narrate']);
  });

  it('runs on the main thread when the worker cannot be created', async () => {
    const engine = createEngine(() => {
      throw new Error('SecurityError: a worker from file://');
    });
    const report = await engine.check(SAMPLE_GRID, OPTIONS);
    expect(report.summary.total).toBe(16);
    expect(engine.where()).toBe('main');
  });

  it('hands pending and later jobs to the main thread when the worker fails to load', async () => {
    const broken = new FakeWorker(true);
    const engine = createEngine(() => broken);
    const csv = makeCsv(countyTable(), 'utf-8');
    const [read, report] = await Promise.all([
      engine.read('指标.csv', csv),
      engine.check(SAMPLE_GRID, OPTIONS),
    ]);
    expect(read.ok).toBe(true);
    expect(report.summary.total).toBe(16);
    expect(broken.terminated).toBe(true);
    expect(engine.where()).toBe('main');
    expect(broken.jobs).toEqual([]);
    await expect(engine.narrate(report, { locale: 'en-US' })).resolves.toMatchObject({
      locale: 'en-US',
    });
  });

  it('runs a job here when its data cannot be sent to the worker', async () => {
    const refusing: WorkerLike = Object.assign(new FakeWorker(), {
      postMessage: () => {
        throw new Error('DataCloneError');
      },
    });
    const engine = createEngine(() => refusing);
    await expect(engine.check(SAMPLE_GRID, OPTIONS)).resolves.toMatchObject({
      summary: expect.objectContaining({ total: 16 }),
    });
  });

  it('passes a failure in the worker on as a rejection', async () => {
    const failing = new FakeWorker();
    const engine = createEngine(() => failing);
    const notAReport = null as never;
    // buildNarrative reads a null report defensively; a job that throws is what we want here.
    jest.spyOn(failing, 'postMessage').mockImplementation((message) => {
      setTimeout(() => {
        (failing as unknown as { emit: (t: string, e: unknown) => void }).emit('message', {
          data: { id: message.id, ok: false, error: 'boom' },
        });
      }, 0);
    });
    await expect(engine.narrate(notAReport, { locale: 'zh-CN' })).rejects.toThrow('boom');
  });
});

describe('the grids and reports the worker holds', () => {
  it('names a grid it read, and a report it wrote, instead of sending them again', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const read = await engine.read('指标.csv', makeCsv(countyTable(), 'utf-8'));
    if (!read.ok) throw new Error('read failed');
    const report = await engine.check(read.grid, OPTIONS);
    const narrative = await engine.narrate(report, { locale: 'zh-CN' });
    const [readRequest, checkRequest, narrateRequest] = worker.requests;
    expect(checkRequest).toMatchObject({ grid: { held: readRequest?.id } });
    expect(narrateRequest).toMatchObject({ report: { held: checkRequest?.id } });
    // The same results as with everything sent in full.
    const here = createEngine();
    expect(report).toEqual(await here.check(read.grid, OPTIONS));
    expect(narrative).toEqual(await here.narrate(report, { locale: 'zh-CN' }));
  });

  it('checks the same grid with the same options once', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const first = engine.check(SAMPLE_GRID, OPTIONS);
    const again = engine.check(SAMPLE_GRID, { ...OPTIONS });
    expect(again).toBe(first);
    await first;
    const other = await engine.check(SAMPLE_GRID, { ...OPTIONS, asOf: '2026-09-30' });
    expect(other).not.toBe(await first);
    expect(worker.jobs).toEqual(['check', 'check']);
    // The one sent in full is held from then on.
    expect(worker.requests[1]).toMatchObject({ grid: { held: worker.requests[0]?.id } });
  });

  it('sends a grid in full again once the worker no longer holds it', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const grids = [];
    for (const scale of [1, 2, 3, 4, 5]) {
      const read = await engine.read('指标.csv', makeCsv(countyTable(scale), 'utf-8'));
      if (!read.ok) throw new Error('read failed');
      grids.push(read.grid);
    }
    const first = grids[0];
    if (!first) throw new Error('no grid');
    const report = await engine.check(first, OPTIONS);
    expect(report).toEqual(await createEngine().check(first, OPTIONS));
    const [byName, inFull] = worker.requests.slice(-2);
    expect(byName).toMatchObject({ kind: 'check', grid: { held: worker.requests[0]?.id } });
    expect(inFull).toMatchObject({ kind: 'check', grid: { values: first.values } });
    expect(worker.jobs).toEqual(['read', 'read', 'read', 'read', 'read', 'check', 'check']);
  });

  it('sends a long result in parts, each list after the rest, and puts it together', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const rows = Array.from({ length: 2500 }, (_, i) => `指标${i},件,100,${i % 100},40`);
    const csv = new TextEncoder().encode(
      ['指标名称,单位,年度目标,累计完成,去年同期', ...rows].join('\n'),
    );
    const read = await engine.read('指标.csv', csv);
    if (!read.ok) throw new Error('read failed');
    const report = await engine.check(read.grid, OPTIONS);
    const narrative = await engine.narrate(report, { locale: 'zh-CN' });
    const here = createEngine();
    expect(read).toEqual(await here.read('指标.csv', csv));
    expect(report.indicators).toHaveLength(2500);
    expect(report).toEqual(await here.check(read.grid, OPTIONS));
    expect(narrative).toEqual(await here.narrate(report, { locale: 'zh-CN' }));
    // Each result: its head, then its long lists in parts of 1,000 (2,501 rows: 3 parts).
    const parts = (id: number | undefined) =>
      worker.responses
        .filter((r) => r.id === id && 'part' in r)
        .map((r) => ('part' in r ? r.part.length : 0));
    const [readRequest, checkRequest, narrateRequest] = worker.requests;
    expect(parts(readRequest?.id)).toEqual([1000, 1000, 501]);
    expect(parts(checkRequest?.id)).toEqual([1000, 1000, 500]);
    expect(parts(narrateRequest?.id).reduce((a, b) => a + b, 0)).toBe(
      narrative.appendix?.rows.length,
    );
  });

  it('warms up in the worker only, and not as a job', async () => {
    const worker = new FakeWorker();
    createEngine(() => worker).warm(true);
    createEngine().warm(true); // on the main thread: nothing, not even the reader loaded
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(worker.requests).toMatchObject([{ kind: 'warm', reading: true }]);
    expect(worker.jobs).toEqual([]);
  });
});

describe('a table checked as soon as the worker has read it', () => {
  const AHEAD = {
    settings: DEFAULT_SETTINGS,
    locale: 'zh-CN' as const,
    today: new Date(2026, 6, 5),
  };
  const paneOptions = (grid: Parameters<typeof checkOptionsFor>[3]['grid'], sheetName: string) =>
    checkOptionsFor(AHEAD.settings, AHEAD.locale, AHEAD.today, { grid, sheetName });

  it('is the check the pane then asks for: one job, the same report, held by the worker', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const bytes = new Uint8Array(await makeXlsx(countyTable(), '上半年'));
    const read = await engine.read('县区.xlsx', bytes, AHEAD);
    if (!read.ok) throw new Error('read failed');
    const options = paneOptions(read.grid, read.sheetName ?? '县区.xlsx');
    const report = await engine.check(read.grid, options);
    expect(worker.jobs).toEqual(['read']);
    expect(report).toEqual(await createEngine().check(read.grid, options));
    // The worker said which options it checked with: the pane's own.
    const checking = worker.responses.find((r) => 'checking' in r && r.checking !== undefined);
    expect(checking).toMatchObject({ checking: JSON.parse(JSON.stringify(options)) });
    // Its report is named, not sent back, for the summary.
    await engine.narrate(report, { locale: 'zh-CN' });
    const aheadId = worker.requests[0]?.kind === 'read' ? worker.requests[0].ahead?.id : NaN;
    expect(worker.requests.at(-1)).toMatchObject({ kind: 'narrate', report: { held: aheadId } });
  });

  it('is not the check asked for with other options: that one runs', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const read = await engine.read('指标.csv', makeCsv(countyTable(), 'utf-8'), AHEAD);
    if (!read.ok) throw new Error('read failed');
    const options = { ...paneOptions(read.grid, '指标.csv'), asOf: '2026-09-30' };
    const report = await engine.check(read.grid, options);
    expect(report.asOf).toBe('2026-09-30');
    expect(worker.jobs).toEqual(['read', 'check']);
    expect(worker.requests.at(-1)).toMatchObject({ grid: { held: worker.requests[0]?.id } });
  });

  it('leaves nothing waiting when the file cannot be read', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const read = await engine.read('坏.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), AHEAD);
    expect(read.ok).toBe(false);
    expect(worker.responses.filter((r) => 'checking' in r && r.checking)).toEqual([]);
    await expect(engine.check(SAMPLE_GRID, OPTIONS)).resolves.toMatchObject({
      summary: expect.objectContaining({ total: 16 }),
    });
    expect(worker.jobs).toEqual(['read', 'check']);
  });

  it('is left to the pane’s own check when the worker fails before answering', async () => {
    const broken = new FakeWorker(true);
    const engine = createEngine(() => broken);
    const read = await engine.read('指标.csv', makeCsv(countyTable(), 'utf-8'), AHEAD);
    if (!read.ok) throw new Error('read failed');
    const report = await engine.check(read.grid, paneOptions(read.grid, '指标.csv'));
    expect(report.summary.total).toBe(8);
    expect(engine.where()).toBe('main');
  });
});
