// Carries out a WritePlan. WPS has no batches: every call acts at once, so the record is written
// first with old and new marks (a write that stops half-way stays clearable), then the changes,
// then the record as it ends.
import { groupBy, runs } from '../../core';
import type { StatusWrite, WritePlan } from '../../core';
import { writeRecord } from '../store/marksPart';
import type { EtApplication, EtWorkbook, EtWorksheet } from '../types';
import { runRange, setFill } from './cells';
import { applyRemovals } from './removals';
import { applyResultSheet } from './resultSheet';
import { cellOf, rangeOf } from './sheets';

function writeStatus(sheet: EtWorksheet, status: StatusWrite): void {
  // An Excel-table column keeps its header; plain cells get header and labels.
  const skip = status.how === 'table-reuse' ? 1 : 0;
  const labels = status.labels.slice(skip);
  if (labels.length === 0) return;
  const rect = {
    r0: status.firstRow + skip,
    r1: status.lastRow,
    c0: status.column,
    c1: status.column,
  };
  rangeOf(sheet, rect).Value2 = labels.map((label) => [label]);
}

export function applyWrite(
  app: EtApplication,
  workbook: EtWorkbook,
  sheet: EtWorksheet,
  plan: WritePlan,
): void {
  writeRecord(workbook, plan.recordDuring);
  applyRemovals(sheet, plan);
  if (plan.status) writeStatus(sheet, plan.status);
  for (const [color, cells] of groupBy(plan.fills, (fill) => fill.color)) {
    for (const run of runs(cells)) setFill(runRange(sheet, run), color);
  }
  for (const note of plan.addNotes) cellOf(sheet, note.row, note.column).AddComment(note.text);
  applyResultSheet(app, workbook, plan.result);
  writeRecord(workbook, plan.recordAfter);
}
