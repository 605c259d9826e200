// Finds the header row among the first rows of the range and maps each field to a column.
import type { CellValue, Field } from '../types';
import { matchHeader } from './headers';
import { parseCell } from './parseCell';
import { compact } from './text';
import { isKnownUnit, normalizeUnit } from './units';

const HEADER_SEARCH_ROWS = 10;

export interface DuplicateColumn {
  field: Field;
  col: number;
  /** The column that is used for the field. */
  usedCol: number;
}

export interface HeaderInfo {
  /** Index into grid.values. */
  rowIndex: number;
  /** Index of the first row under the header (after a second header row, when there is one). */
  bodyStart: number;
  /** 0-based column index within the grid for each recognised field. */
  columns: Partial<Record<Field, number>>;
  /** Unit written in a header cell, by column index. */
  units: Map<number, string>;
  duplicates: DuplicateColumn[];
  /** A table-wide unit note above the header, e.g. '单位：万元'. */
  tableUnit: string | null;
}

interface Candidate {
  rowIndex: number;
  score: number;
}

export function detectHeader(values: readonly unknown[]): HeaderInfo | null {
  let best: Candidate | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    const score = scoreRow(rowAt(values, rowIndex));
    if (score > 0 && (best === null || score > best.score)) best = { rowIndex, score };
  }
  if (best === null) return null;
  const header = mapColumns(values, best.rowIndex);
  // A second header row: labels repeated below, or the fields under a merged group cell.
  if (continuesHeader(values, best.rowIndex + 1, header)) header.bodyStart = best.rowIndex + 2;
  if (best.rowIndex > 0) continuesHeader(values, best.rowIndex - 1, header);
  return header;
}

/**
 * A row next to the header that has no figures and either reads as a header itself or names
 * fields the header lacks, in columns the header leaves unlabelled. Those fields are added.
 */
function continuesHeader(
  values: readonly unknown[],
  rowIndex: number,
  header: HeaderInfo,
): boolean {
  const row = rowAt(values, rowIndex);
  if (row.length === 0 || row.some(isFigure)) return false;
  const used = new Set(Object.values(header.columns));
  const added: [Field, number, string | null][] = [];
  row.forEach((cell, col) => {
    const label = matchHeader(cell);
    if (label.field === null || header.columns[label.field] !== undefined || used.has(col)) return;
    if (added.some(([field, other]) => field === label.field || other === col)) return;
    added.push([label.field, col, label.unit]);
  });
  if (added.length === 0 && scoreRow(row) === 0) return false;
  for (const [field, col, unit] of added) {
    header.columns[field] = col;
    if (unit !== null && !header.units.has(col)) header.units.set(col, unit);
  }
  return true;
}

/** A number, or text that reads as a plain figure ('331', '1.5亿元'); '2026年' is a label. */
function isFigure(cell: CellValue): boolean {
  if (typeof cell === 'number') return true;
  if (typeof cell !== 'string') return false;
  const parsed = parseCell(cell);
  return parsed.kind === 'number' && (parsed.unit === null || isKnownUnit(parsed.unit));
}

export function rowAt(values: readonly unknown[], rowIndex: number): readonly CellValue[] {
  const row = values[rowIndex];
  return Array.isArray(row) ? (row as CellValue[]) : [];
}

/** Distinct fields (at least two) weigh most, exact aliases break ties; 0 = not a header. */
function scoreRow(row: readonly CellValue[]): number {
  const fields = new Set<Field>();
  let exact = 0;
  for (const cell of row) {
    const label = matchHeader(cell);
    if (label.field === null) continue;
    fields.add(label.field);
    if (label.exact) exact++;
  }
  return fields.size >= 2 ? fields.size * 100 + exact : 0;
}

function mapColumns(values: readonly unknown[], rowIndex: number): HeaderInfo {
  const columns: Partial<Record<Field, number>> = {};
  const exactness = new Map<Field, boolean>();
  const units = new Map<number, string>();
  const duplicates: DuplicateColumn[] = [];
  rowAt(values, rowIndex).forEach((cell, col) => {
    const label = matchHeader(cell);
    if (label.unit !== null) units.set(col, label.unit);
    if (label.field === null) return;
    const firstCol = columns[label.field];
    if (firstCol === undefined) {
      columns[label.field] = col;
      exactness.set(label.field, label.exact);
    } else if (label.exact && exactness.get(label.field) === false) {
      // An exact alias beats an earlier partial one (累计完成 over 全年预计完成).
      duplicates.push({ field: label.field, col: firstCol, usedCol: col });
      columns[label.field] = col;
      exactness.set(label.field, true);
    } else {
      duplicates.push({ field: label.field, col, usedCol: firstCol });
    }
  });
  const tableUnit = findTableUnit(values, rowIndex);
  return { rowIndex, bodyStart: rowIndex + 1, columns, units, duplicates, tableUnit };
}

const UNIT_NOTE = /^(?:计量)?单位[:：](.+)$/;

function findTableUnit(values: readonly unknown[], headerIndex: number): string | null {
  for (let r = 0; r <= headerIndex; r++) {
    for (const cell of rowAt(values, r)) {
      if (typeof cell !== 'string' || cell.length > 40) continue;
      const unit = normalizeUnit(UNIT_NOTE.exec(compact(cell))?.[1]);
      if (unit !== null && isKnownUnit(unit)) return unit;
    }
  }
  return null;
}
