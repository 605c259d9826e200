// The pane's engine: reading, checking and the narrative in a Web Worker, so that a 10,000-row
// table never freezes the pane; on the main thread where there is no worker (tests, an engine
// without Worker, a page from file:// that may not start one) or once the worker has failed.
import type { CellGrid, CheckOptions, CheckReport, Narrative, ReadFileResult } from '../../core';
import type {
  EngineJob,
  EngineRequest,
  EngineResponse,
  EngineResults,
  NarrateOptions,
} from './protocol';

export interface Engine {
  /** Where the next job runs. */
  where(): 'worker' | 'main';
  read(name: string, bytes: Uint8Array): Promise<ReadFileResult>;
  check(grid: CellGrid, options: CheckOptions): Promise<CheckReport>;
  narrate(report: CheckReport, options: NarrateOptions): Promise<Narrative>;
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
}

/** Lets React paint the busy state before a long step on the main thread. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function onMainThread(job: EngineJob): Promise<EngineResults[EngineJob['kind']]> {
  await nextFrame();
  const { runJob } = await import(/* webpackChunkName: "engine-main" */ './runJob');
  return runJob(job);
}

export function createEngine(spawn?: () => WorkerLike): Engine {
  let worker: WorkerLike | null = null;
  let failed = spawn === undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

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
      const job = pending.get(data.id);
      if (!job) return;
      pending.delete(data.id);
      if (data.ok) job.resolve(data.value);
      else job.reject(new Error(data.error));
    });
    worker.addEventListener('error', giveUp);
    worker.addEventListener('messageerror', giveUp);
    return worker;
  };

  const run = <K extends EngineJob['kind']>(
    job: EngineJob & { kind: K },
  ): Promise<EngineResults[K]> => {
    const target = started();
    if (!target) return onMainThread(job) as Promise<EngineResults[K]>;
    return new Promise<EngineResults[K]>((resolve, reject) => {
      const id = nextId++;
      const entry: Pending = {
        job,
        resolve: resolve as Pending['resolve'],
        reject,
      };
      pending.set(id, entry);
      try {
        target.postMessage({ ...job, id });
      } catch {
        // Data the worker cannot be sent (a DataCloneError): this job runs here instead.
        pending.delete(id);
        onMainThread(job).then(entry.resolve, reject);
      }
    });
  };

  return {
    where: () => (failed ? 'main' : 'worker'),
    read: (name, bytes) => run({ kind: 'read', name, bytes }),
    check: (grid, options) => run({ kind: 'check', grid, options }),
    narrate: (report, options) => run({ kind: 'narrate', report, options }),
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
