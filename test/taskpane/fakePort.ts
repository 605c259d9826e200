// A WorkbookPort for the pane's Excel mode: serves a fixed table, records every call, and can be
// told to fail any method once (or always) with a given error.
import { SAMPLE_GRID } from '../../src/core';
import type { CellGrid, CheckReport, Locale } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core';
import type {
  OutputMode,
  Outcome as PendingNotice,
  Settings,
  SettingsReadResult,
  SourceData,
  SourceKind,
  WorkbookPort,
  WriteSummary,
} from '../../src/core';

export type PortCall =
  | { method: 'readSource'; kind: SourceKind }
  | {
      method: 'writeMarks';
      report: CheckReport;
      source: SourceData;
      options: { mode: OutputMode; locale: Locale };
    }
  | { method: 'clearMarks' }
  | { method: 'selectCells'; sheetName: string; addresses: string[] }
  | { method: 'loadSettings' }
  | { method: 'saveSettings'; settings: Settings }
  | { method: 'takeLastNotice' };

export type PortMethod = PortCall['method'];

export interface FakePortOptions {
  grid?: CellGrid;
  sheetName?: string;
  settings?: SettingsReadResult;
  summary?: WriteSummary;
  pendingNotice?: PendingNotice;
}

export class FakePort implements WorkbookPort {
  readonly calls: PortCall[] = [];
  grid: CellGrid;
  sheetName: string;
  stored: SettingsReadResult;
  summary: WriteSummary;
  pendingNotice: PendingNotice | null;
  private failures = new Map<PortMethod, { error: unknown; times: number }>();
  private gates = new Map<PortMethod, Promise<void>>();

  constructor(options: FakePortOptions = {}) {
    this.grid = options.grid ?? SAMPLE_GRID;
    this.sheetName = options.sheetName ?? '指标';
    this.stored = options.settings ?? { settings: DEFAULT_SETTINGS, invalid: [] };
    this.pendingNotice = options.pendingNotice ?? null;
    this.summary = options.summary ?? {
      mode: 'column',
      fellBackToSheet: false,
      cellsMarked: 17,
      notes: 0,
      statusRange: 'G3:G18',
    };
  }

  /** The next `times` calls of `method` reject with `error` (Infinity: every call). */
  failNext(method: PortMethod, error: unknown, times = 1): void {
    this.failures.set(method, { error, times });
  }

  /** Calls of `method` wait until the returned function is called. */
  hold(method: PortMethod): () => void {
    let release: () => void = () => {};
    this.gates.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.gates.delete(method);
      release();
    };
  }

  /** The calls of one method, typed. */
  callsOf<M extends PortMethod>(method: M): Extract<PortCall, { method: M }>[] {
    return this.calls.filter((call): call is Extract<PortCall, { method: M }> => {
      return call.method === method;
    });
  }

  private async record(call: PortCall): Promise<void> {
    this.calls.push(call);
    await this.gates.get(call.method);
    const failure = this.failures.get(call.method);
    if (!failure) return;
    failure.times -= 1;
    if (failure.times <= 0) this.failures.delete(call.method);
    throw failure.error;
  }

  async readSource(kind: SourceKind): Promise<SourceData> {
    await this.record({ method: 'readSource', kind });
    return { grid: this.grid, sheetName: this.sheetName, kind: 'sheet' };
  }

  async writeMarks(
    report: CheckReport,
    source: SourceData,
    options: { mode: OutputMode; locale: Locale },
  ): Promise<WriteSummary> {
    await this.record({ method: 'writeMarks', report, source, options });
    return { ...this.summary, mode: options.mode };
  }

  async clearMarks(): Promise<void> {
    await this.record({ method: 'clearMarks' });
  }

  async selectCells(sheetName: string, addresses: string[]): Promise<void> {
    await this.record({ method: 'selectCells', sheetName, addresses: [...addresses] });
  }

  async loadSettings(): Promise<SettingsReadResult> {
    await this.record({ method: 'loadSettings' });
    return this.stored;
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.record({ method: 'saveSettings', settings });
    this.stored = { settings, invalid: [] };
  }

  async takeLastNotice(): Promise<PendingNotice | null> {
    await this.record({ method: 'takeLastNotice' });
    const pending = this.pendingNotice;
    this.pendingNotice = null;
    return pending;
  }
}
