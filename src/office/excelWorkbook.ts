// WorkbookPort for Excel: the only place that calls Excel.run.
import { issueMessage } from '../core';
import type { CheckReport, Locale } from '../core';
import type { OutputMode, Settings, SettingsReadResult, SourceKind } from '../core/settings';
import { cellAddress, parseRect } from './a1';
import { applyWrite, provisionalRecord } from './applyWrite';
import type { Capabilities } from './capabilities';
import { detectCapabilities } from './capabilities';
import { clearMarks } from './clearMarks';
import {
  currentMarks,
  loadSettings,
  refreshSettings,
  saveMarks,
  saveSettings,
  takeLastNotice,
} from './documentSettings';
import { OfficeAdapterError, toAdapterError } from './errors';
import type { OfficeErrorCode } from './errors';
import type { Inspection } from './inspection';
import { readSource } from './readSource';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';
import { parseAddresses, selectCells } from './selectCells';
import type { PendingNotice, SourceData, WorkbookPort, WriteSummary } from './types';
import type { WritePlan } from './writePlan';
import { noteTargets } from './notePlan';
import { statusRangeAddress } from './statusPlan';
import { planWrite } from './writePlan';

export interface ExcelWorkbookOptions {
  counter?: RoundTripCounter;
  /** Fixed capabilities (tests, bench); detected from Office.context.requirements otherwise. */
  capabilities?: Capabilities;
  /** How long what a read saw may stand in for a fresh look before a write (ms). */
  inspectionMaxAgeMs?: number;
  now?: () => number;
}

const DEFAULT_MAX_AGE_MS = 15_000;

export class ExcelWorkbook implements WorkbookPort {
  private readonly inspections = new WeakMap<SourceData, { inspection: Inspection; at: number }>();

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
    overrides: Partial<Record<string, OfficeErrorCode>> = {},
  ): Promise<T> {
    if (typeof Excel === 'undefined') throw new OfficeAdapterError('not-in-excel');
    try {
      return await Excel.run(batch);
    } catch (error) {
      throw toAdapterError(error, overrides);
    }
  }

  async readSource(kind: SourceKind): Promise<SourceData> {
    await refreshSettings(this.counter);
    const { record } = currentMarks();
    const deps = { capabilities: this.capabilities, record, ...this.counted() };
    const outcome = await this.run((context) => readSource(context, kind, deps));
    this.inspections.set(outcome.source, { inspection: outcome.inspection, at: this.now() });
    return outcome.source;
  }

  private counted(): { counter?: RoundTripCounter } {
    return this.counter ? { counter: this.counter } : {};
  }

  /** What the read saw, or a fresh look at the same block when that is too old or unknown. */
  private async inspect(source: SourceData): Promise<Inspection> {
    const seen = this.inspections.get(source);
    const maxAge = this.options.inspectionMaxAgeMs ?? DEFAULT_MAX_AGE_MS;
    if (seen && this.now() - seen.at <= maxAge) return seen.inspection;
    const topLeft = parseRect(source.grid.address);
    const rows = source.grid.values.length;
    const columns = Math.max(0, ...source.grid.values.map((row) => row.length));
    if (!topLeft || rows === 0 || columns === 0) throw new OfficeAdapterError('no-data');
    const rect = {
      r0: topLeft.r0,
      c0: topLeft.c0,
      r1: topLeft.r0 + rows - 1,
      c1: topLeft.c0 + columns - 1,
    };
    await refreshSettings(this.counter);
    const { record } = currentMarks();
    const target = {
      sheetName: source.sheetName,
      rect,
      kind: source.kind,
      ...(source.tableName ? { tableName: source.tableName } : {}),
    };
    const deps = { capabilities: this.capabilities, record, target, ...this.counted() };
    const outcome = await this.run((context) => readSource(context, source.kind, deps));
    return outcome.inspection;
  }

  /** Cells of the planned notes that already hold a note (someone else's). */
  private async occupiedNoteCells(inspection: Inspection, report: CheckReport, plan: WritePlan) {
    const status = plan.status;
    if (!status) return new Set<string>();
    const targets = [...noteTargets(report.issues, status)];
    return this.run(async (context) => {
      const notes = context.workbook.worksheets.getItem(inspection.sheetId).notes;
      const probes = targets.map(([key, t]) => ({
        key,
        note: notes.getItemOrNullObject(cellAddress(t.row, t.column)),
      }));
      await syncCounted(context, this.counter);
      return new Set(probes.filter((p) => !p.note.isNullObject).map((p) => p.key));
    });
  }

  async writeMarks(
    report: CheckReport,
    source: SourceData,
    options: { mode: OutputMode; locale: Locale },
  ): Promise<WriteSummary> {
    const inspection = await this.inspect(source);
    this.inspections.delete(source);
    const message = (issue: Parameters<typeof issueMessage>[0]) =>
      issueMessage(issue, options.locale);
    const input = {
      report,
      inspection,
      mode: options.mode,
      locale: options.locale,
      notesSupported: this.capabilities.notes,
      foreignNoteCells: null,
    };
    let plan = planWrite(input, message);
    if (plan.notesNeedProbe) {
      const occupied = await this.occupiedNoteCells(inspection, report, plan);
      plan = planWrite({ ...input, foreignNoteCells: occupied }, message);
    }
    const written = plan;
    let outcome;
    try {
      const rangeAreas = this.capabilities.rangeAreas;
      outcome = await this.run((context) =>
        applyWrite(context, written, inspection, rangeAreas, this.counter),
      );
    } catch (error) {
      const failure = toAdapterError(error);
      try {
        // Record whatever may have been written, so that "clear marks" can still find it.
        await saveMarks(provisionalRecord(written, inspection), this.counter);
      } catch (saveError) {
        failure.suppressed.push(saveError);
      }
      throw failure;
    }
    await saveMarks(outcome.record, this.counter);

    const labelled = plan.status ? plan.status.labels.slice(1).filter((l) => l !== '').length : 0;
    return {
      mode: plan.mode,
      fellBackToSheet: options.mode === 'column' && plan.mode === 'sheet',
      cellsMarked: labelled + plan.fills.length,
      notes: plan.addNotes.length,
      ...(plan.fallbackReason ? { fallbackReason: plan.fallbackReason } : {}),
      ...(plan.status ? { statusRange: statusRangeAddress(plan.status) } : {}),
      ...(outcome.resultSheetName ? { resultSheet: outcome.resultSheetName } : {}),
    };
  }

  async clearMarks(): Promise<void> {
    await refreshSettings(this.counter);
    const { record } = currentMarks();
    const deps = { capabilities: this.capabilities, record, ...this.counted() };
    const outcome = await this.run((context) => clearMarks(context, deps));
    await saveMarks(outcome.record, this.counter);
    if (outcome.blockedByProtection) throw new OfficeAdapterError('sheet-protected');
  }

  async selectCells(sheetName: string, addresses: string[]): Promise<void> {
    const rects = parseAddresses(addresses);
    const deps = { capabilities: this.capabilities, ...this.counted() };
    await this.run((context) => selectCells(context, sheetName, rects, deps), {
      ItemNotFound: 'sheet-not-found',
      InvalidArgument: 'invalid-address',
    });
  }

  loadSettings(): Promise<SettingsReadResult> {
    return loadSettings(this.counter);
  }

  takeLastNotice(): Promise<PendingNotice | null> {
    return takeLastNotice(this.counter);
  }

  saveSettings(settings: Settings): Promise<void> {
    return saveSettings(settings, this.counter);
  }
}
