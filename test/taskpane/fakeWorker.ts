// A Web Worker stand-in for tests: runs the engine's jobs in this process, asynchronously, with
// every message copied the way postMessage copies it (structured clone, via v8).
import { deserialize, serialize } from 'node:v8';
import type { WorkerLike } from '../../src/taskpane/worker/engine';
import type { EngineRequest, EngineResponse } from '../../src/taskpane/worker/protocol';
import { runJob } from '../../src/taskpane/worker/runJob';

const clone = <T>(value: T): T => deserialize(serialize(value)) as T;

type Listener = (event: MessageEvent<EngineResponse>) => void;

export class FakeWorker implements WorkerLike {
  readonly jobs: EngineRequest['kind'][] = [];
  terminated = false;
  private listeners = new Map<string, Listener[]>();

  /** `broken`: the script never loads (an error event, as for a page from file://). */
  constructor(private readonly broken = false) {
    if (broken) setTimeout(() => this.emit('error', {}), 0);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: EngineRequest): void {
    const { id, ...job } = clone(message);
    if (this.broken) return;
    this.jobs.push(job.kind);
    setTimeout(() => {
      runJob(job).then(
        (value) => this.emit('message', { data: clone<EngineResponse>({ id, ok: true, value }) }),
        (error: unknown) => this.emit('message', { data: { id, ok: false, error: String(error) } }),
      );
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private emit(type: string, event: { data?: unknown }): void {
    for (const listener of this.listeners.get(type) ?? []) {
      listener(event as MessageEvent<EngineResponse>);
    }
  }
}
