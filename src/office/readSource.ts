// readSource: one load and one context.sync() in the common case. A second small batch is needed
// only to find the Excel table under the cursor (table ranges cannot be asked for before their
// names are known); chunked reads only when Excel on the web rejects the single response.
import type { SourceKind } from '../core/settings';
import type { Rect } from './a1';
import type { Capabilities } from './capabilities';
import { readChunked } from './chunkedRead';
import { OfficeAdapterError, officeErrorCode } from './errors';
import type { LoadedBlock } from './grid';
import { cutGrid } from './grid';
import type { Inspection } from './inspection';
import { inspectionFrom, neighbourFrom, ourStatusKeys, statusValuesFrom } from './inspection';
import type { MarksRecord } from './marksRecord';
import { entriesOnSheet } from './marksRecord';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';
import type { ProbeResult } from './sheetProbe';
import { queueProbe } from './sheetProbe';
import type { Choice, TableRect } from './sourceChoice';
import { chooseSource } from './sourceChoice';
import type { SourceData } from './types';

export interface ReadDeps {
  capabilities: Capabilities;
  record: MarksRecord;
  counter?: RoundTripCounter;
  /** Read this block again (to look before a write) instead of choosing one. */
  target?: { sheetName: string; rect: Rect; kind: SourceData['kind']; tableName?: string };
}

export interface ReadOutcome {
  source: SourceData;
  inspection: Inspection;
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
  const queued = queueProbe(context, deps.capabilities, deps.record, {
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
    const retry = queueProbe(context, deps.capabilities, deps.record, {
      values,
      selection: false,
    });
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
  if (!table) throw new OfficeAdapterError('no-table');
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
  if (choice.type === 'error') throw new OfficeAdapterError(choice.code);
  if (choice.type === 'needs-tables') throw new OfficeAdapterError('office-error');
  return choice;
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
  const mine = entriesOnSheet(deps.record, probe.sheetId);

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

  const statusValues = statusValuesFrom(block, mine);
  const cut = cutGrid(block, choice.rect, ourStatusKeys(statusValues), choice.table?.rect.c1);
  if (!cut) throw new OfficeAdapterError('no-data');
  // The chunked read loads the neighbour column's formulas, so a formula there shows as text.
  // For a table the neighbour spans every table row (a column added to it covers its totals row).
  const lastRow = Math.max(cut.rect.r1, choice.table?.rect.r1 ?? cut.rect.r1);
  const neighbour = neighbourFrom(
    block,
    { ...cut.rect, r1: lastRow },
    fast ? probe.used.formulaAreas : [],
  );
  const inspection = inspectionFrom({
    probe,
    record: deps.record,
    block,
    rect: cut.rect,
    table: choice.table,
    neighbour,
    statusValues,
  });
  const source: SourceData = {
    grid: cut.grid,
    sheetName: probe.sheetName,
    kind: choice.kind,
    ...(choice.table ? { tableName: choice.table.name } : {}),
  };
  return { source, inspection };
}
