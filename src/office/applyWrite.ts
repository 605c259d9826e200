// Carries out a WritePlan in one batch: one context.sync() for the whole write.
import { cellAddress } from './a1';
import type { Inspection } from './inspection';
import { noteMark } from './marksRecord';
import type { FillMark, MarkEntry, MarksRecord } from './marksRecord';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';
import { groupBy, queueFillChange, queueFillRead } from './fillIo';
import { NO_FILL, queueRemovals } from './removals';
import type { WritePlan } from './writePlan';

export interface WriteOutcome {
  entry: MarkEntry | null;
  record: MarksRecord;
  resultSheetName: string | null;
}

export function provisionalRecord(plan: WritePlan, inspection: Inspection): MarksRecord {
  // Used when the batch failed: keep every entry that may have left marks, so "clear" finds them.
  const entry = entryFor(plan, inspection, new Map());
  return {
    version: 1,
    entries: [...plan.kept, ...plan.replaced, ...(entry ? [entry] : [])],
    resultSheet: inspection.resultSheet,
  };
}

function entryFor(
  plan: WritePlan,
  inspection: Inspection,
  previousRead: ReadonlyMap<string, string | null>,
): MarkEntry | null {
  const fills: FillMark[] = plan.fills.map((fill) => {
    const key = `${fill.row},${fill.column}`;
    const known = fill.previous ? fill.previous.value : previousRead.get(key);
    return {
      row: fill.row,
      column: fill.column,
      color: fill.color,
      ...(known === undefined ? {} : { previous: known }),
    };
  });
  const notes = plan.addNotes.map(({ row, column, text }) => ({
    row,
    column,
    mark: noteMark(text),
  }));
  if (!plan.status && fills.length === 0 && notes.length === 0) return null;
  const { rect } = inspection;
  return {
    sheetId: inspection.sheetId,
    sheetName: inspection.sheetName,
    firstRow: rect.r0,
    lastRow: rect.r1,
    firstColumn: rect.c0,
    lastColumn: rect.c1,
    status: plan.status
      ? {
          column: plan.status.column,
          firstRow: plan.status.firstRow,
          lastRow: plan.status.lastRow,
          header: plan.status.header,
          tableName: plan.status.how === 'cells' ? null : plan.status.tableName,
        }
      : null,
    fills,
    notes,
  };
}

export async function applyWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  inspection: Inspection,
  rangeAreas: boolean,
  counter: RoundTripCounter | undefined,
): Promise<WriteOutcome> {
  const workbook = context.workbook;
  workbook.application.suspendApiCalculationUntilNextSync();
  const sheet = workbook.worksheets.getItem(inspection.sheetId);

  queueRemovals(sheet, plan, rangeAreas);

  const status = plan.status;
  if (status?.how === 'cells') {
    const range = sheet.getRangeByIndexes(status.firstRow, status.column, status.labels.length, 1);
    range.values = status.labels.map((label) => [label]);
  } else if (status?.how === 'table-reuse' && status.labels.length > 1) {
    const body = sheet.getRangeByIndexes(
      status.firstRow + 1,
      status.column,
      status.labels.length - 1,
      1,
    );
    body.values = status.labels.slice(1).map((label) => [label]);
  } else if (status?.how === 'table-add' && status.tableName && status.tableValues) {
    const values = status.tableValues.map((label) => [label]);
    sheet.tables.getItem(status.tableName).columns.add(undefined, values, status.header);
  }

  // Read the fills in the same batch before ours replace them (actions run in order).
  const unknown = plan.fills.filter((fill) => !fill.previous);
  const readBefore = queueFillRead(sheet, unknown, rangeAreas);
  for (const [color, cells] of groupBy(plan.fills, (fill) => fill.color)) {
    queueFillChange(sheet, cells, rangeAreas, (fill) => (fill.color = color));
  }

  for (const note of plan.addNotes) {
    sheet.notes.add(cellAddress(note.row, note.column), note.text);
  }

  let resultSheet: Excel.Worksheet | null = null;
  const result = plan.result;
  if (result?.action === 'delete') {
    workbook.worksheets.getItemOrNullObject(result.id).delete();
  } else if (result?.action === 'write') {
    resultSheet = result.existingId
      ? workbook.worksheets.getItem(result.existingId)
      : workbook.worksheets.add(result.name);
    if (result.existingId) resultSheet.getRange().clear('All');
    const { values, numberFormat, boldRows, tableHeaderRow } = result.contents;
    const width = values[0]?.length ?? 1;
    const block = resultSheet.getRangeByIndexes(0, 0, values.length, width);
    block.numberFormat = numberFormat;
    block.values = values;
    for (const row of boldRows) {
      resultSheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
    }
    resultSheet.freezePanes.freezeRows(tableHeaderRow + 1);
    block.format.autofitColumns();
    if (result.activate) resultSheet.activate();
    resultSheet.load(['id', 'name']);
  }

  await syncCounted(context, counter);

  const previousRead = new Map<string, string | null>();
  for (const [key, color] of readBefore()) {
    previousRead.set(key, color.toUpperCase() === NO_FILL ? null : color);
  }
  const entry = entryFor(plan, inspection, previousRead);
  const keptResult = result === null ? inspection.resultSheet : null;
  return {
    entry,
    record: {
      version: 1,
      entries: [...plan.kept, ...(entry ? [entry] : [])],
      resultSheet: resultSheet ? { id: resultSheet.id, name: resultSheet.name } : keptResult,
    },
    resultSheetName: resultSheet ? resultSheet.name : null,
  };
}
