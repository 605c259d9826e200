// A Web Worker stand-in for tests: serves the engine's jobs in this process as the worker does
// (serve.ts, with the grids and reports it holds), asynchronously, with every message copied the
// way postMessage copies it (structured clone, via v8).
import { deserialize, serialize } from 'node:v8';
import type { WorkerLike } from '../../src/taskpane/worker/engine';
import type { EngineRequest, EngineResponse } from '../../src/taskpane/worker/protocol';
import { engineServer } from '../../src/taskpane/worker/serve';

const clone = <T>(value: T): T => deserialize(serialize(value)) as T;

type Listener = (event: MessageEvent<EngineResponse>) => void;

export class FakeWorker implements WorkerLike {
  /** The jobs asked for, in order (warming up not among them). */
  readonly jobs: EngineRequest['kind'][] = [];
  /** Every request as sent (a grid or report the worker holds is named, not copied). */
  readonly requests: EngineRequest[] = [];
  terminated = false;
  private listeners = new Map<string, Listener[]>();
  /** Every message the worker sent back (a result's long lists in parts after it). */
  readonly responses: EngineResponse[] = [];
  private serve = engineServer((response) => {
    const data = clone(response);
    this.responses.push(data);
    this.emit('message', { data });
  });

  /** `broken`: the script never loads (an error event, as for a page from file://). */
  constructor(private readonly broken = false) {
    if (broken) setTimeout(() => this.emit('error', {}), 0);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  postMessage(message: EngineRequest): void {
    const request = clone(message);
    if (this.broken) return;
    this.requests.push(request);
    if (request.kind !== 'warm') this.jobs.push(request.kind);
    setTimeout(() => void this.serve(request), 0);
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
