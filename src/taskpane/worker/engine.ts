// The pane's engine: reading, checking and the narrative in a Web Worker, so that a 10,000-row
// table never freezes the pane; on the main thread where there is no worker (tests, an engine
// without Worker, a page from file:// that may not start one) or once the worker has failed.
import type { CellGrid, CheckOptions, CheckReport, Narrative, ReadFileResult } from '../../core';
import { longLists } from './protocol';
import type {
  EngineJob,
  EngineRequest,
  EngineResponse,
  EngineResults,
  NarrateOptions,
  WireJob,
} from './protocol';

export interface Engine {
  /** Where the next job runs. */
  where(): 'worker' | 'main';
  read(name: string, bytes: Uint8Array): Promise<ReadFileResult>;
  /**
   * The same grid (the same object) with the same options is checked once: a check asked for in
   * advance (as soon as a file is read) is the one the pane's check then shows.
   */
  check(grid: CellGrid, options: CheckOptions): Promise<CheckReport>;
  narrate(report: CheckReport, options: NarrateOptions): Promise<Narrative>;
  /** Starts the worker and loads what jobs need (the reader with `reading`); none on the main thread. */
  warm(reading: boolean): void;
}

/** What the engine needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

interface Pending {
  job: EngineJob;
  resolve: (value: EngineResults[EngineJob['kind']]) => void;
  reject: (error: unknown) => void;
  /** A result whose long lists are still arriving, and how many parts are to come. */
  partial?: { value: EngineResults[EngineJob['kind']]; lists: unknown[][]; parts: number };
}

/** Lets React paint the busy state before a long step on the main thread. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function onMainThread(job: EngineJob): Promise<EngineResults[EngineJob['kind']]> {
  if (job.kind === 'warm') return null; // loading ahead would block the thread it is meant to spare
  await nextFrame();
  const { runJob } = await import(/* webpackChunkName: "engine-main" */ './runJob');
  return runJob(job);
}

export function createEngine(spawn?: () => WorkerLike): Engine {
  let worker: WorkerLike | null = null;
  let failed = spawn === undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** Grids and reports the worker holds (serve.ts), by the id it holds them under. */
  const held = new WeakMap<object, number>();
  const byReference = <T extends object>(value: T) => {
    const id = held.get(value);
    return id === undefined ? value : { held: id };
  };
  const wire = (job: EngineJob): WireJob =>
    job.kind === 'check'
      ? { ...job, grid: byReference(job.grid) }
      : job.kind === 'narrate'
        ? { ...job, report: byReference(job.report) }
        : job;

  // A worker that cannot start or answer hands its jobs, and every later one, to the main thread.
  const giveUp = (): void => {
    failed = true;
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    for (const { job, resolve, reject } of jobs) onMainThread(job).then(resolve, reject);
  };

  const started = (): WorkerLike | null => {
    if (failed || !spawn) return null;
    if (worker) return worker;
    try {
      worker = spawn();
    } catch {
      failed = true; // e.g. a SecurityError for a page opened from file://
      return null;
    }
    worker.addEventListener('message', ({ data }) => {
      const entry = pending.get(data.id);
      if (!entry) return;
      if ('part' in data) {
        const partial = entry.partial;
        const list = partial?.lists[data.list];
        if (!partial || !list) return;
        for (const item of data.part) list.push(item);
        if (--partial.parts === 0) {
          pending.delete(data.id);
          entry.resolve(partial.value);
        }
        return;
      }
      if (data.ok && data.holds) hold(entry.job, data.value, data.id);
      if (data.ok && data.parts) {
        const lists = longLists(entry.job.kind, data.value);
        entry.partial = { value: data.value, lists, parts: data.parts };
        return;
      }
      pending.delete(data.id);
      if (data.ok) entry.resolve(data.value);
      else if (data.gone) {
        // The worker no longer holds what the job named: it goes again, in full.
        if (entry.job.kind === 'check') held.delete(entry.job.grid);
        if (entry.job.kind === 'narrate') held.delete(entry.job.report);
        send(entry);
      } else entry.reject(new Error(data.error));
    });
    worker.addEventListener('error', giveUp);
    worker.addEventListener('messageerror', giveUp);
    return worker;
  };

  /** What the worker now holds, as the main thread knows it. */
  const hold = (job: EngineJob, value: unknown, id: number): void => {
    if (job.kind === 'read' && value && typeof value === 'object' && 'grid' in value) {
      held.set(value.grid as CellGrid, id);
    } else if (job.kind === 'check') {
      if (!held.has(job.grid)) held.set(job.grid, id); // it was sent in full
      held.set(value as CheckReport, id);
    }
  };

  const send = (entry: Pending): void => {
    const target = started();
    if (!target) {
      onMainThread(entry.job).then(entry.resolve, entry.reject);
      return;
    }
    const id = nextId++;
    pending.set(id, entry);
    try {
      target.postMessage({ ...wire(entry.job), id });
    } catch {
      // Data the worker cannot be sent (a DataCloneError): this job runs here instead.
      pending.delete(id);
      onMainThread(entry.job).then(entry.resolve, entry.reject);
    }
  };

  const run = <K extends EngineJob['kind']>(
    job: EngineJob & { kind: K },
  ): Promise<EngineResults[K]> =>
    new Promise<EngineResults[K]>((resolve, reject) =>
      send({ job, resolve: resolve as Pending['resolve'], reject }),
    );

  let lastCheck: { grid: CellGrid; key: string; report: Promise<CheckReport> } | null = null;
  const check = (grid: CellGrid, options: CheckOptions): Promise<CheckReport> => {
    const key = JSON.stringify(options);
    if (lastCheck?.grid === grid && lastCheck.key === key) return lastCheck.report;
    const report = run({ kind: 'check', grid, options });
    const entry = { grid, key, report };
    lastCheck = entry;
    // A failed check is not kept: the next one tries again.
    report.catch(() => {
      if (lastCheck === entry) lastCheck = null;
    });
    return report;
  };

  return {
    where: () => (failed ? 'main' : 'worker'),
    read: (name, bytes) => run({ kind: 'read', name, bytes }),
    check,
    narrate: (report, options) => run({ kind: 'narrate', report, options }),
    warm: (reading) => {
      if (started()) run({ kind: 'warm', reading }).catch(() => undefined);
    },
  };
}

let shared: Promise<Engine> | null = null;

/** The pane's one engine: a worker where the browser has Worker. */
export function paneEngine(): Promise<Engine> {
  shared ??=
    typeof Worker === 'function'
      ? import(/* webpackMode: "eager" */ './spawnWorker').then(({ spawnEngineWorker }) =>
          createEngine(spawnEngineWorker),
        )
      : Promise.resolve(createEngine());
  return shared;
}
