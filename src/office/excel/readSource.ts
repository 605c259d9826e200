// readSource: one load and one context.sync() for an unmarked workbook; a second small batch
// reads our marks record when there is one, another finds the Excel table under the cursor
// (table ranges cannot be asked for before their names are known); chunked reads only when
// Excel on the web rejects the single response.
import {
  chooseSource,
  cutGrid,
  entriesOnSheet,
  healRecord,
  HostError,
  ourStatusKeys,
  statusValuesOf,
  valueAt,
} from '../../core';
import type {
  Choice,
  LoadedBlock,
  ReadView,
  Rect,
  SourceData,
  SourceKind,
  TableRect,
} from '../../core';
import type { Capabilities } from '../host/capabilities';
import { queueMarkXml, storedMarks } from '../store/marksStore';
import type { StoredMarks } from '../store/marksStore';
import { readChunked } from './chunkedRead';
import { officeErrorCode } from './errors';
import type { ProbeResult } from './probe';
import { queueProbe } from './probe';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

export interface ReadDeps {
  capabilities: Capabilities;
  counter?: RoundTripCounter;
  /** Read this block again (to look before a write) instead of choosing one. */
  target?: { sheetName: string; rect: Rect; kind: SourceData['kind']; tableName?: string };
}

export interface ReadOutcome {
  source: SourceData;
  view: ReadView;
  marks: StoredMarks;
}

const PAYLOAD_CODES = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'RangeExceedsLimit',
]);

async function probeOnce(
  context: Excel.RequestContext,
  deps: ReadDeps,
  values: boolean,
  kind: SourceKind,
): Promise<{ probe: ProbeResult; sheet: Excel.Worksheet }> {
  const wantSelection = !deps.target && (kind === 'auto' || kind === 'selection');
  const sheetName = deps.target?.sheetName;
  const queued = queueProbe(context, deps.capabilities, {
    values,
    selection: wantSelection,
    ...(sheetName ? { sheetName } : {}),
  });
  try {
    await syncCounted(context, deps.counter);
    return { probe: queued.collect(), sheet: queued.sheet };
  } catch (error) {
    // Before ExcelApi 1.9 a multi-area selection makes getSelectedRange() fail the batch.
    if (officeErrorCode(error) !== 'InvalidSelection' || kind !== 'auto' || !wantSelection) {
      throw error;
    }
    const retry = queueProbe(context, deps.capabilities, { values, selection: false });
    await syncCounted(context, deps.counter);
    return { probe: retry.collect(), sheet: retry.sheet };
  }
}

async function loadTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  probe: ProbeResult,
  counter: RoundTripCounter | undefined,
  only?: string | null,
): Promise<TableRect[]> {
  const wanted = only ? probe.tables.filter((t) => t.name === only) : probe.tables;
  const ranges = wanted.map((table) => {
    const range = sheet.tables.getItem(table.name).getRange();
    range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    return { table, range };
  });
  await syncCounted(context, counter);
  return ranges.map(({ table, range }) => ({
    ...table,
    rect: {
      r0: range.rowIndex,
      c0: range.columnIndex,
      r1: range.rowIndex + range.rowCount - 1,
      c1: range.columnIndex + range.columnCount - 1,
    },
  }));
}

type Chosen = Extract<Choice, { type: 'chosen' }>;

async function chooseTarget(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  probe: ProbeResult,
  target: NonNullable<ReadDeps['target']>,
  counter: RoundTripCounter | undefined,
): Promise<Chosen> {
  if (!target.tableName)
    return { type: 'chosen', kind: target.kind, rect: target.rect, table: null };
  const tables = probe.tables.some((t) => t.name === target.tableName)
    ? await loadTables(context, sheet, probe, counter, target.tableName)
    : [];
  const table = tables.find((t) => t.name === target.tableName);
  if (!table) throw new HostError('no-table');
  return { type: 'chosen', kind: target.kind, rect: target.rect, table };
}

async function choose(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  probe: ProbeResult,
  kind: SourceKind,
  counter: RoundTripCounter | undefined,
): Promise<Chosen> {
  const input = {
    used: probe.used.rect,
    selection: probe.selection,
    activeCell: probe.activeCell,
    tableNames: probe.tables.map((t) => t.name),
    tableAtCursor: probe.tableAtCursor,
    tables: null as TableRect[] | null,
  };
  let choice = chooseSource(kind, input);
  if (choice.type === 'needs-tables') {
    input.tables = await loadTables(context, sheet, probe, counter, probe.tableAtCursor);
    choice = chooseSource(kind, input);
  }
  if (choice.type === 'error') throw new HostError(choice.code);
  if (choice.type === 'needs-tables') throw new HostError('host-error');
  return choice;
}

/** Our marks record as the workbook holds it now (a second batch only when there is one). */
export async function readMarks(
  context: Excel.RequestContext,
  partIds: string[],
  counter: RoundTripCounter | undefined,
): Promise<StoredMarks> {
  if (partIds.length === 0) return storedMarks([], []);
  const xml = queueMarkXml(context.workbook, partIds);
  await syncCounted(context, counter);
  return storedMarks(partIds, xml());
}

export async function readSource(
  context: Excel.RequestContext,
  kind: SourceKind,
  deps: ReadDeps,
): Promise<ReadOutcome> {
  let fast: { probe: ProbeResult; sheet: Excel.Worksheet } | null = null;
  try {
    fast = await probeOnce(context, deps, true, kind);
  } catch (error) {
    if (!PAYLOAD_CODES.has(officeErrorCode(error) ?? '')) throw error;
  }
  const { probe, sheet } = fast ?? (await probeOnce(context, deps, false, kind));
  const choice = deps.target
    ? await chooseTarget(context, sheet, probe, deps.target, deps.counter)
    : await choose(context, sheet, probe, kind, deps.counter);
  const marks = await readMarks(context, probe.markParts, deps.counter);
  const record = healRecord(marks.read.record, probe.sheets);

  let block: LoadedBlock;
  if (fast && probe.used.values && probe.used.numberFormat) {
    block = {
      rect: probe.used.rect,
      values: probe.used.values,
      numberFormat: probe.used.numberFormat,
    };
  } else {
    block = await readChunked(context, sheet, choice.rect, deps.counter);
  }

  // Our own status cells from an earlier check are not part of the table.
  const mine = entriesOnSheet(record, probe.sheetId);
  const statusValues = statusValuesOf(mine, (row, column) => valueAt(block, row, column));
  const cut = cutGrid(block, choice.rect, ourStatusKeys(statusValues), choice.table?.rect.c1);
  if (!cut) throw new HostError('no-data');
  const table = choice.table;
  const tableHeaders: string[] = [];
  if (table) {
    for (let column = table.rect.c0; column <= table.rect.c1; column += 1) {
      tableHeaders.push(String(valueAt(block, table.rect.r0, column) ?? ''));
    }
  }
  const view: ReadView = {
    sheetId: probe.sheetId,
    sheetName: probe.sheetName,
    rect: cut.rect,
    table,
    tableHeaders,
    tableNames: probe.tables.map((t) => t.name),
    record,
  };
  const source: SourceData = {
    grid: cut.grid,
    sheetName: probe.sheetName,
    kind: choice.kind,
    ...(table ? { tableName: table.name } : {}),
  };
  return { source, view, marks };
}
