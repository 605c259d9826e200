// The batch machinery of the fake: proxies queue loads, writes and calls; sync() runs them in
// order against the model, enforcing Excel's payload limits, edit mode and protection, and
// fails the way Office.js does (an error with a `code`).
import type { FakeWorkbook } from './model';

export class FakeRichApiError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

interface Op {
  run(): void;
  requestBytes: number;
}

/** Rough JSON sizes of Office.js batch entries (an object path, an action), for the request limit. */
export const PATH_BYTES = 80;
export const ACTION_BYTES = 120;

export class FakeContext {
  private queue: Op[] = [];
  responseBytes = 0;
  /** Object paths created since the last sync (each proxy is one path in the request). */
  pathBytes = 0;

  constructor(readonly model: FakeWorkbook) {}

  enqueue(run: () => void, requestBytes = ACTION_BYTES): void {
    this.queue.push({ run, requestBytes });
  }

  /** Queues a call that needs ExcelApi 1.`minor`; unsupported APIs fail at sync (ApiNotFound). */
  require(minor: number): void {
    if (!this.model.supports(minor)) {
      this.enqueue(() => {
        throw new FakeRichApiError('ApiNotFound', `ExcelApi 1.${minor} is not supported`);
      });
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const paths = this.pathBytes;
    this.queue = [];
    this.pathBytes = 0;
    this.model.syncs += 1;
    this.responseBytes = 0;
    if (ops.length === 0) return;
    if (this.model.editMode) throw new FakeRichApiError('InvalidOperationInCellEditMode');
    const request = paths + ops.reduce((sum, op) => sum + op.requestBytes, 0);
    if (request > this.model.requestLimitBytes) {
      throw new FakeRichApiError('RequestPayloadSizeLimitExceeded');
    }
    for (const op of ops) {
      if (this.model.failAtOp === this.model.opsRun) {
        this.model.failAtOp = null;
        throw new FakeRichApiError('GeneralException', 'injected fault');
      }
      this.model.opsRun += 1;
      op.run();
    }
    this.model.largestResponseBytes = Math.max(this.model.largestResponseBytes, this.responseBytes);
    this.model.largestRequestBytes = Math.max(this.model.largestRequestBytes, request);
    if (this.responseBytes > this.model.responseLimitBytes) {
      throw new FakeRichApiError('ResponsePayloadSizeLimitExceeded');
    }
  }

  countResponse(value: unknown): void {
    this.responseBytes += utf8Bytes(value);
  }
}

/**
 * The 5 MB limits count bytes on the wire: UTF-8 JSON, so a Chinese character is 3 bytes
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const utf8Bytes = (value: unknown): number =>
  Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');

export const jsonBytes = (value: unknown): number => utf8Bytes(value) + ACTION_BYTES;

/** Parses load() arguments into property paths. */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((p) => loadPaths(p));
  throw new Error('fake: load() with an options object is not supported');
}

/**
 * Base of every proxy. `locate` finds the model object at sync time (null for a missing
 * *OrNullObject target). Reading a property that was not loaded throws, like Office.js.
 */
export abstract class FakeProxy<T> {
  protected readonly data = new Map<string, unknown>();
  private nullFlag: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly locator: () => T | null,
    private readonly orNull = false,
  ) {
    ctx.pathBytes += PATH_BYTES;
    if (orNull) ctx.enqueue(() => (this.nullFlag = this.locator() === null));
  }

  /** The model object; for use inside queued ops only. */
  target(): T {
    const found = this.locator();
    if (found !== null) return found;
    throw this.orNull
      ? new Error('fake: methods chained on a null object are not supported')
      : new FakeRichApiError('ItemNotFound');
  }

  /** Like target(), but null for a missing *OrNullObject target. */
  targetOrNull(): T | null {
    const found = this.locator();
    if (found === null && !this.orNull) throw new FakeRichApiError('ItemNotFound');
    return found;
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw new Error('PropertyNotLoaded: isNullObject');
    return this.nullFlag;
  }

  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue(() => {
      const target = this.targetOrNull();
      if (target === null) return;
      for (const path of paths) {
        const value = this.read(target, path);
        this.data.set(path, value);
        this.ctx.countResponse(value);
      }
    });
    return this;
  }

  protected got<V>(name: string): V {
    if (!this.data.has(name)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.data.get(name) as V;
  }

  /** Queues a change to the model. */
  protected change(apply: (target: T) => void, payload: unknown = null): void {
    this.ctx.enqueue(() => apply(this.target()), jsonBytes(payload));
  }

  protected abstract read(target: T, path: string): unknown;
}

export class FakeClientResult<V> {
  private loaded = false;
  private current: V | undefined;

  set(value: V): void {
    this.current = value;
    this.loaded = true;
  }

  get value(): V {
    if (!this.loaded) throw new Error('PropertyNotLoaded: value');
    return this.current as V;
  }
}
