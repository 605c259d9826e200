// What a write needs to know about the sheet, gathered during the read so the write is one batch.
import type { CellValue } from '../core';
import { contains, MAX_COLUMNS } from './a1';
import type { Rect } from './a1';
import type { LoadedBlock } from './grid';
import { valueAt } from './grid';
import { isBlank, isOurLabel } from './labels';
import type { MarkEntry, MarksRecord } from './marksRecord';
import type { ProbeResult } from './sheetProbe';
import { cellKey } from './sheetProbe';
import type { TableRect } from './sourceChoice';

export interface Neighbour {
  /** 0-based sheet column right of the source. */
  column: number;
  /** Values (or formulas) of that column for the source rows r0..r1. */
  values: CellValue[];
  /** Per source row: the cell holds a value or a formula. */
  occupied: boolean[];
}

export interface Inspection {
  sheetId: string;
  sheetName: string;
  sheetProtected: boolean;
  workbookProtected: boolean;
  sheetNames: string[];
  /** The checked block (0-based, after trimming). */
  rect: Rect;
  /** The Excel table that was checked, if any, with the texts of its header row. */
  table: TableRect | null;
  tableHeaders: string[];
  /** Names of the Excel tables on the sheet. */
  tableNames: string[];
  /** Null when the source touches the sheet's last column. */
  neighbour: Neighbour | null;
  /** Current values of recorded status cells on this sheet, keyed 'row,column'. */
  statusValues: Map<string, CellValue>;
  fillNow: Map<string, string>;
  notesPresent: Set<string>;
  noteCount: number | null;
  resultSheet: { id: string; name: string } | null;
  record: MarksRecord;
}

export function recordedStatusCells(entries: readonly MarkEntry[]): [number, number][] {
  const cells: [number, number][] = [];
  for (const entry of entries) {
    const status = entry.status;
    if (!status) continue;
    for (let row = status.firstRow; row <= status.lastRow; row += 1)
      cells.push([row, status.column]);
  }
  return cells;
}

/** Keys of recorded status cells that still hold one of our labels (or are empty). */
export function ourStatusKeys(statusValues: ReadonlyMap<string, CellValue>): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of statusValues) if (isOurLabel(value)) keys.add(key);
  return keys;
}

export function statusValuesFrom(block: LoadedBlock, entries: readonly MarkEntry[]) {
  const values = new Map<string, CellValue>();
  for (const [row, column] of recordedStatusCells(entries)) {
    values.set(cellKey(row, column), valueAt(block, row, column));
  }
  return values;
}

/** The column right of `rect`, read from a block that covers it, with formula cells marked. */
export function neighbourFrom(
  block: LoadedBlock,
  rect: Rect,
  formulaAreas: readonly Rect[] | null,
): Neighbour | null {
  const column = rect.c1 + 1;
  if (column >= MAX_COLUMNS) return null;
  const values: CellValue[] = [];
  const occupied: boolean[] = [];
  for (let row = rect.r0; row <= rect.r1; row += 1) {
    const value = valueAt(block, row, column);
    const formula = formulaAreas?.some((area) => contains(area, row, column)) ?? false;
    values.push(value);
    occupied.push(formula || !isBlank(value));
  }
  return { column, values, occupied };
}

export interface InspectionParts {
  probe: ProbeResult;
  record: MarksRecord;
  block: LoadedBlock;
  rect: Rect;
  table: TableRect | null;
  neighbour: Neighbour | null;
  statusValues: Map<string, CellValue>;
}

export function inspectionFrom(parts: InspectionParts): Inspection {
  const { probe, table, block } = parts;
  const tableHeaders: string[] = [];
  if (table) {
    for (let column = table.rect.c0; column <= table.rect.c1; column += 1) {
      tableHeaders.push(String(valueAt(block, table.rect.r0, column) ?? ''));
    }
  }
  return {
    sheetId: probe.sheetId,
    sheetName: probe.sheetName,
    sheetProtected: probe.sheetProtected,
    workbookProtected: probe.workbookProtected,
    sheetNames: probe.sheetNames,
    rect: parts.rect,
    table,
    tableHeaders,
    tableNames: probe.tables.map((t) => t.name),
    neighbour: parts.neighbour,
    statusValues: parts.statusValues,
    fillNow: probe.fillNow,
    notesPresent: probe.notesPresent,
    noteCount: probe.noteCount,
    resultSheet: probe.resultSheet,
    record: parts.record,
  };
}
