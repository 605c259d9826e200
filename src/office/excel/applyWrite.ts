// Carries out a WritePlan in one batch: the record first (old and new marks, so a write that
// fails half-way stays clearable), then the removals and writes, then the record as it ends.
import { cellAddress, groupBy } from '../../core';
import type { Inspection, WritePlan } from '../../core';
import { CHUNK_BUDGET_BYTES } from '../plan/limits';
import { rowChunks } from '../plan/payload';
import { queueRecordReplace, queueRecordWrite } from '../store/marksStore';
import { queueFillChange } from './fillIo';
import { queueRemovals } from './removals';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

function queueStatus(sheet: Excel.Worksheet, plan: WritePlan): void {
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
  }
}

/**
 * Queues the result sheet with as many rows as one request carries; returns a function that
 * queues the next rows (false when none are left), each to go in a sync of its own.
 */
function queueResultSheet(workbook: Excel.Workbook, plan: WritePlan): () => boolean {
  const result = plan.result;
  if (result?.action === 'delete') workbook.worksheets.getItem(result.id).delete();
  if (result?.action !== 'write') return () => false;
  const sheet = result.existingId
    ? workbook.worksheets.getItem(result.existingId)
    : workbook.worksheets.add(result.name);
  if (result.existingId) sheet.getRange().clear('All');
  const { values, numberFormat, boldRows, tableHeaderRow } = result.contents;
  const width = values[0]?.length ?? 1;
  sheet.freezePanes.freezeRows(tableHeaderRow + 1);
  if (result.activate) sheet.activate();
  // Half the budget per chunk: the first rides with the record, status and fills.
  const chunks = rowChunks(values, numberFormat, CHUNK_BUDGET_BYTES / 2);
  const queueChunk = (): boolean => {
    const chunk = chunks.shift();
    if (!chunk) return false;
    const [first, end] = chunk;
    const block = sheet.getRangeByIndexes(first, 0, end - first, width);
    block.numberFormat = numberFormat.slice(first, end);
    block.values = values.slice(first, end);
    for (const row of boldRows.filter((r) => r >= first && r < end)) {
      sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
    }
    if (chunks.length === 0)
      sheet.getRangeByIndexes(0, 0, values.length, width).format.autofitColumns();
    return true;
  };
  queueChunk();
  return queueChunk;
}

export async function applyWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  inspection: Inspection,
  partIds: readonly string[],
  rangeAreas: boolean,
  counter: RoundTripCounter | undefined,
): Promise<void> {
  const workbook = context.workbook;
  workbook.application.suspendApiCalculationUntilNextSync();
  const part = queueRecordWrite(workbook, partIds, plan.recordDuring);
  const sheet = workbook.worksheets.getItem(inspection.sheetId);

  queueRemovals(sheet, plan, rangeAreas);
  queueStatus(sheet, plan);
  for (const [color, cells] of groupBy(plan.fills, (fill) => fill.color)) {
    queueFillChange(sheet, cells, rangeAreas, (fill) => (fill.color = color));
  }
  for (const note of plan.addNotes) {
    sheet.notes.add(cellAddress(note.row, note.column), note.text);
  }
  const queueMoreRows = queueResultSheet(workbook, plan);

  // No part means the record was empty during the write, and so it stays (after ⊆ during).
  if (part) queueRecordReplace(part, plan.recordAfter);
  await syncCounted(context, counter);
  // A result sheet too large for one request: the rest of its rows (it is recorded already).
  while (queueMoreRows()) await syncCounted(context, counter);
}
