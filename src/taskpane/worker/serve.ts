// The worker's side of the protocol: runs each request and keeps the last grids it read and
// reports it wrote, so that the pane can name them instead of sending them back (protocol.ts).
import type { CellGrid, CheckOptions, CheckReport, ReadFileResult } from '../../core';
import { longLists, optionsAhead, PART_ITEMS, readSource, withoutLongLists } from './protocol';
import type { EngineJob, EngineRequest, EngineResponse, EngineResults, Held } from './protocol';
import { runJob } from './runJob';

/** Grids and reports kept, each kind: a table re-checked with a new reading needs its grid. */
const KEPT = 3;

class Keep<T> {
  private items = new Map<number, T>();
  put(id: number, item: T): void {
    this.items.set(id, item);
    for (const old of this.items.keys()) {
      if (this.items.size <= KEPT) break;
      this.items.delete(old);
    }
  }
  get(id: number): T | undefined {
    return this.items.get(id);
  }
}

class Gone extends Error {}

const isHeld = (value: object): value is Held => 'held' in value;

export function engineServer(post: (response: EngineResponse) => void) {
  const grids = new Keep<CellGrid>();
  const reports = new Keep<CheckReport>();
  const resolve = <T extends object>(value: T | Held, keep: Keep<T>): T => {
    if (!isHeld(value)) return value;
    const held = keep.get(value.held);
    if (!held) throw new Gone(`held ${value.held} is gone`);
    return held;
  };
  const jobOf = (request: EngineRequest): EngineJob => {
    switch (request.kind) {
      case 'check':
        return { kind: 'check', grid: resolve(request.grid, grids), options: request.options };
      case 'narrate':
        return {
          kind: 'narrate',
          report: resolve(request.report, reports),
          options: request.options,
        };
      case 'read':
        return {
          kind: 'read',
          name: request.name,
          bytes: request.bytes,
          ...(request.ahead ? { ahead: request.ahead } : {}),
        };
      case 'warm':
        return { kind: 'warm', reading: request.reading };
    }
  };
  /** A result: at once, or its head and then its long lists in parts (protocol.ts). */
  const answer = (
    id: number,
    kind: EngineJob['kind'],
    value: EngineResults[EngineJob['kind']],
    extra: { holds?: boolean; checking?: CheckOptions },
  ): void => {
    const lists = longLists(kind, value);
    if (lists.every((list) => list.length <= PART_ITEMS)) {
      post({ id, ok: true, value, ...extra });
      return;
    }
    const parts = lists.reduce((sum, list) => sum + Math.ceil(list.length / PART_ITEMS), 0);
    post({ id, ok: true, value: withoutLongLists(kind, value), parts, ...extra });
    lists.forEach((list, index) => {
      for (let start = 0; start < list.length; start += PART_ITEMS) {
        post({ id, part: list.slice(start, start + PART_ITEMS), list: index });
      }
    });
  };

  const serve = async (request: EngineRequest): Promise<void> => {
    const { id } = request;
    try {
      const job = jobOf(request);
      const value = await runJob(job);
      let holds = false;
      let ahead: Extract<EngineRequest, { kind: 'check' }> | null = null;
      if (job.kind === 'check') {
        // A grid sent in full is kept too: the next check of it names it.
        if (request.kind === 'check' && !isHeld(request.grid)) grids.put(id, job.grid);
        reports.put(id, value as CheckReport);
        holds = true;
      } else if (job.kind === 'read' && (value as ReadFileResult).ok) {
        const read = value as ReadFileResult & { ok: true };
        grids.put(id, read.grid);
        holds = true;
        if (job.ahead) {
          const options = optionsAhead(job.ahead, readSource(read, job.name));
          ahead = { kind: 'check', id: job.ahead.id, grid: { held: id }, options };
        }
      }
      answer(id, job.kind, value, {
        ...(holds ? { holds } : {}),
        ...(ahead ? { checking: ahead.options } : {}),
      });
      // The table just read, checked before the pane asks (it names this request's grid).
      if (ahead) await serve(ahead);
    } catch (error) {
      post({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        ...(error instanceof Gone ? { gone: true } : {}),
      });
    }
  };
  return serve;
}
