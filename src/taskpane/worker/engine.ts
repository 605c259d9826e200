// The pane's engine: reading, checking and the narrative in a Web Worker, so that a 10,000-row
// table never freezes the pane; on the main thread where there is no worker (tests, an engine
// without Worker, a page from file:// that may not start one) or once the worker has failed.
import type { CellGrid, CheckOptions, CheckReport, Narrative, ReadFileResult } from '../../core';
import { longLists } from './protocol';
import type {
  CheckAhead,
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
  /**
   * With `ahead`, a worker checks the table as soon as it has read it, with the options the pane's
   * check would give it (checkOptionsFor): that check is the one `check` then returns.
   */
  read(name: string, bytes: Uint8Array, ahead?: CheckAhead): Promise<ReadFileResult>;
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
  /** The check of a table being read (its grid and options known once the read is answered). */
  ahead?: { options?: CheckOptions };
}

const NOT_YET_READ: EngineJob = { kind: 'check', grid: { values: [], address: 'A1' }, options: {} };

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
    for (const { job, resolve, reject, ahead } of jobs) {
      // A check ahead of a read waits for the pane's own check instead.
      if (ahead) reject(new Error('the worker stopped'));
      else onMainThread(job).then(resolve, reject);
    }
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
      if (data.ok && data.checking && entry.job.kind === 'read' && entry.job.ahead) {
        const checking = pending.get(entry.job.ahead.id)?.ahead;
        if (checking) checking.options = data.checking;
      }
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
  const remember = (grid: CellGrid, options: CheckOptions, report: Promise<CheckReport>) => {
    const entry = { grid, key: JSON.stringify(options), report };
    lastCheck = entry;
    // A failed check is not kept: the next one tries again.
    report.catch(() => {
      if (lastCheck === entry) lastCheck = null;
    });
  };
  const check = (grid: CellGrid, options: CheckOptions): Promise<CheckReport> => {
    if (lastCheck?.grid === grid && lastCheck.key === JSON.stringify(options)) {
      return lastCheck.report;
    }
    const report = run({ kind: 'check', grid, options });
    remember(grid, options, report);
    return report;
  };

  /** A read whose table the worker checks at once; the check is remembered when the read is in. */
  const readAhead = (name: string, bytes: Uint8Array, ahead: CheckAhead) => {
    const id = nextId++;
    let entry: Pending | undefined;
    const report = new Promise<CheckReport>((resolve, reject) => {
      entry = { job: NOT_YET_READ, resolve: resolve as Pending['resolve'], reject, ahead: {} };
    });
    report.catch(() => undefined); // a failure here is reported by the pane's own check
    if (entry) pending.set(id, entry);
    const stillAhead = (): Pending | undefined => {
      const waiting = pending.get(id);
      return waiting === entry ? waiting : undefined;
    };
    const dropAhead = () => {
      const waiting = stillAhead();
      if (!waiting) return;
      pending.delete(id);
      waiting.reject(new Error('not checked ahead'));
    };
    return run({ kind: 'read', name, bytes, ahead: { ...ahead, id } }).then(
      (result) => {
        const waiting = stillAhead();
        const options = waiting?.ahead?.options;
        if (waiting && result.ok && options) {
          waiting.job = { kind: 'check', grid: result.grid, options };
          remember(result.grid, options, report);
        } else dropAhead();
        return result;
      },
      (error: unknown) => {
        dropAhead();
        throw error;
      },
    );
  };

  return {
    where: () => (failed ? 'main' : 'worker'),
    read: (name, bytes, ahead) =>
      ahead && started() ? readAhead(name, bytes, ahead) : run({ kind: 'read', name, bytes }),
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
