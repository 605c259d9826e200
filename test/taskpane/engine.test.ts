// The pane's engine: the same results in a worker and on the main thread, and the main thread
// taking over when a worker cannot start or fails.
import { SAMPLE_GRID } from '../../src/core';
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
