// WorkbookPort for Excel: the only place that calls Excel.run.
import { HostError, markPlan, planWrite, writeSummary } from '../../core';
import type {
  CheckReport,
  HostErrorCode,
  Outcome,
  Settings,
  SettingsReadResult,
  SourceData,
  SourceKind,
  WorkbookPort,
  WriteOptions,
  WritePlan,
  WriteSummary,
} from '../../core';
import { parseRect, splitSheet } from '../../core';
import type { Rect } from '../../core';
import type { Capabilities } from '../host/capabilities';
import { detectCapabilities } from '../host/capabilities';
import { MAX_RECORD_BYTES } from '../plan/limits';
import { recordBytes } from '../plan/payload';
import { loadSettings, saveSettings, takeLastNotice } from '../store/documentSettings';
import { dropLegacyMarks, queueMarkPartIds, queueRecordWrite } from '../store/marksStore';
import { applyWrite } from './applyWrite';
import { clearMarks } from './clearMarks';
import { toHostError } from './errors';
import { lookBeforeWrite } from './look';
import { readSource } from './readSource';
import type { ReadOutcome } from './readSource';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';
import { selectCells } from './selectCells';

export interface ExcelWorkbookOptions {
  counter?: RoundTripCounter;
  /** Fixed capabilities (tests, bench); detected from Office.context.requirements otherwise. */
  capabilities?: Capabilities;
  /** Largest marks record a write may store (bytes); MAX_RECORD_BYTES unless a test says less. */
  maxRecordBytes?: number;
  /** How long what a read saw may stand in for a fresh read before a write (ms). */
  readMaxAgeMs?: number;
  now?: () => number;
}

const DEFAULT_MAX_AGE_MS = 15_000;

export class ExcelWorkbook implements WorkbookPort {
  private readonly reads = new WeakMap<SourceData, { read: ReadOutcome; at: number }>();

  constructor(private readonly options: ExcelWorkbookOptions = {}) {}

  private get capabilities(): Capabilities {
    return this.options.capabilities ?? detectCapabilities();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private get counter(): RoundTripCounter | undefined {
    return this.options.counter;
  }

  private async run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    overrides: Partial<Record<string, HostErrorCode>> = {},
  ): Promise<T> {
    if (typeof Excel === 'undefined') throw new HostError('no-host');
    try {
      return await Excel.run(batch);
    } catch (error) {
      throw toHostError(error, overrides);
    }
  }

  async readSource(kind: SourceKind): Promise<SourceData> {
    const deps = { capabilities: this.capabilities, counter: this.counter };
    const read = await this.run((context) => readSource(context, kind, deps));
    this.reads.set(read.source, { read, at: this.now() });
    return read.source;
  }

  /** What the read saw, or a fresh read of the same block when that is too old or unknown. */
  private async readAgain(source: SourceData): Promise<ReadOutcome> {
    const seen = this.reads.get(source);
    this.reads.delete(source);
    const maxAge = this.options.readMaxAgeMs ?? DEFAULT_MAX_AGE_MS;
    if (seen && this.now() - seen.at <= maxAge) return seen.read;
    const topLeft = parseRect(source.grid.address);
    const rows = source.grid.values.length;
    const columns = Math.max(0, ...source.grid.values.map((row) => row.length));
    if (!topLeft || rows === 0 || columns === 0) throw new HostError('no-data');
    const rect: Rect = {
      r0: topLeft.r0,
      c0: topLeft.c0,
      r1: topLeft.r0 + rows - 1,
      c1: topLeft.c0 + columns - 1,
    };
    const target = {
      sheetName: source.sheetName,
      rect,
      kind: source.kind,
      ...(source.tableName ? { tableName: source.tableName } : {}),
    };
    const deps = { capabilities: this.capabilities, counter: this.counter, target };
    return this.run((context) => readSource(context, source.kind, deps));
  }

  async writeMarks(
    report: CheckReport,
    source: SourceData,
    options: WriteOptions,
  ): Promise<WriteSummary> {
    const read = await this.readAgain(source);
    const capabilities = this.capabilities;
    const marks = markPlan(report, options.locale);
    const headerRow = report.header?.row ?? null;
    const deps = { capabilities, counter: this.counter };
    const inspection = await this.run((context) =>
      lookBeforeWrite(context, read.view, marks, headerRow, deps),
    );
    const plan = planWrite({
      report,
      marks,
      inspection,
      mode: options.mode,
      locale: options.locale,
      notesSupported: capabilities.notes,
      sheetsByName: false,
    });
    // Checked before anything is written: a record that cannot be stored leaves marks no one can clear.
    const limit = this.options.maxRecordBytes ?? MAX_RECORD_BYTES;
    if (recordBytes([plan.recordDuring, plan.recordAfter]) > limit) {
      throw new HostError('too-many-marks');
    }
    try {
      await this.run((context) =>
        applyWrite(
          context,
          plan,
          inspection,
          read.marks.partIds,
          capabilities.rangeAreas,
          this.counter,
        ),
      );
    } catch (error) {
      throw await this.recordAfterFailure(toHostError(error), plan);
    }
    await dropLegacyMarks(read.marks, this.counter);
    return writeSummary(plan, options.mode);
  }

  /** After a failed write, record everything it may have left, so 清除标记 can still find it. */
  private async recordAfterFailure(failure: HostError, plan: WritePlan): Promise<HostError> {
    try {
      await this.run(async (context) => {
        const ids = queueMarkPartIds(context.workbook);
        await syncCounted(context, this.counter);
        queueRecordWrite(context.workbook, ids(), plan.recordDuring);
        await syncCounted(context, this.counter);
      });
    } catch (saveError) {
      failure.suppressed.push(saveError);
    }
    return failure;
  }

  async clearMarks(): Promise<void> {
    const deps = { capabilities: this.capabilities, counter: this.counter };
    const outcome = await this.run((context) => clearMarks(context, deps));
    await dropLegacyMarks(outcome.marks, this.counter);
    if (outcome.blockedByProtection) throw new HostError('sheet-protected');
  }

  async selectCells(sheetName: string, addresses: string[]): Promise<void> {
    const rects = addresses.map((address) => parseRect(splitSheet(address)?.local ?? ''));
    if (rects.length === 0 || rects.some((rect) => rect === null)) {
      throw new HostError('invalid-address');
    }
    const deps = { capabilities: this.capabilities, counter: this.counter };
    await this.run((context) => selectCells(context, sheetName, rects as Rect[], deps), {
      ItemNotFound: 'sheet-not-found',
      InvalidArgument: 'invalid-address',
    });
  }

  loadSettings(): Promise<SettingsReadResult> {
    return loadSettings(this.counter);
  }

  takeLastNotice(): Promise<Outcome | null> {
    return takeLastNotice(this.counter);
  }

  saveSettings(settings: Settings): Promise<void> {
    return saveSettings(settings, this.counter);
  }
}
