// Finds the header row among the first rows of the range and maps each field to a column.
import type { CellValue, Field } from '../types';
import { matchHeader } from './headers';
import { compact } from './text';
import { isKnownUnit, normalizeUnit } from './units';

export const HEADER_SEARCH_ROWS = 10;

export interface DuplicateColumn {
  field: Field;
  col: number;
  /** The column that is used for the field. */
  usedCol: number;
}

export interface HeaderInfo {
  /** Index into grid.values. */
  rowIndex: number;
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
  return best === null ? null : mapColumns(values, best.rowIndex);
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
  return { rowIndex, columns, units, duplicates, tableUnit: findTableUnit(values, rowIndex) };
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
