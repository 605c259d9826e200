// The reading of a table's layout: header row(s), the column of each role, the title, a
// table-wide unit, other blocks above the header, and how sure we are.
import { SCORE_ROLES, type CellValue, type Field, type ScoreRole } from '../types';
import type { ColumnLabel } from './headerLabels';
import type { DuplicateColumn, Unsure } from './columnMap';
import { mapColumns } from './columnMap';
import { groupSpans, hasFigures, rowAt, searchHeader } from './headerSearch';
import { hasNumbering, isMetaText, isNoteText, isUnitNote, rowTexts, unitNote } from './lineText';
import { findScoreColumns } from './scoreColumns';

export { rowAt } from './headerSearch';
export type { DuplicateColumn } from './columnMap';

export interface HeaderInfo {
  /** Index into grid.values of the (first) header row. */
  rowIndex: number;
  /** Indices of every header row (a group row over a sub-header). */
  headerRows: number[];
  /** Index of the first row under the header. */
  bodyStart: number;
  /** 0-based column index within the grid for each recognised field. */
  columns: Partial<Record<Field, number>>;
  /** Unit written in a header cell, by column index. */
  units: Map<number, string>;
  duplicates: DuplicateColumn[];
  /** A table-wide unit note above the header, e.g. '单位：万元'. */
  tableUnit: string | null;
  /** Columns above the name (tiers, merged group labels), outermost first. */
  groups: number[];
  /** A ready-made growth column beside the actual. */
  growth: number | null;
  /** 指标性质, 分值, 得分 and 偏差原因分析 columns (绩效自评表). */
  scoreColumns: Partial<Record<ScoreRole, number>>;
  /** Labels of the header, one per column (repeated headers in the body are compared to them). */
  labels: ColumnLabel[];
  unsure: Unsure | null;
  title: string | null;
  /** A numbered label right above the header (1、本地生产总值): the first rows' group. */
  section: string | null;
  /** Row index ranges [first, last] above the header that hold figures (a funds block). */
  otherBlocks: [number, number][];
  /** 0..1 before the rows are read. */
  confidence: number;
}

/** The user's reading, in grid indices: it replaces what was detected. */
export interface HeaderOverrides {
  headerRow?: number;
  columns?: Partial<Record<Field | ScoreRole | 'group' | 'yoyGrowth', number | number[]>>;
}

export function detectHeader(
  values: readonly unknown[],
  overrides: HeaderOverrides = {},
): HeaderInfo | null {
  const found = searchHeader(values, overrides.headerRow);
  if (found === null) return null;
  const rowIndex = found.rows[0] ?? 0;
  const lastHeader = found.rows[found.rows.length - 1] ?? rowIndex;
  const groupCells =
    found.rows.length > 1
      ? groupSpans(rowAt(values, rowIndex), rowAt(values, lastHeader))
      : rowAt(values, rowIndex);
  const map = mapColumns(values, found.labels, groupCells, lastHeader + 1);
  const header: HeaderInfo = {
    rowIndex,
    headerRows: found.rows,
    bodyStart: lastHeader + 1,
    columns: map.columns,
    units: map.units,
    duplicates: map.duplicates,
    tableUnit: findTableUnit(values, rowIndex),
    groups: map.groups,
    growth: map.growth,
    scoreColumns: findScoreColumns(values, found.rows, found.labels),
    labels: found.labels,
    unsure: map.unsure,
    title: findTitle(values, rowIndex),
    section: sectionAbove(values, rowIndex),
    otherBlocks: blocksAbove(values, rowIndex),
    confidence: 0,
  };
  applyOverrides(header, overrides);
  const twoRows = found.rows.length > 1 ? 0.05 : 0;
  const guessed = 0.1 * map.guessed + (found.byPosition ? 0.3 : 0);
  header.confidence = header.unsure === null ? Math.max(0.3, 0.95 - twoRows - guessed) : 0.3;
  return header;
}

const isScoreRole = (role: string): role is ScoreRole =>
  (SCORE_ROLES as readonly string[]).includes(role);

function applyOverrides(header: HeaderInfo, overrides: HeaderOverrides): void {
  const { columns } = overrides;
  if (columns === undefined) return;
  for (const [role, value] of Object.entries(columns)) {
    if (Array.isArray(value) && value.length === 0) {
      clearRole(header, role);
      continue;
    }
    if (role === 'group') header.groups = Array.isArray(value) ? [...value] : [value as number];
    else if (role === 'yoyGrowth')
      header.growth = Array.isArray(value) ? (value[0] ?? null) : value;
    else if (isScoreRole(role)) {
      const col = Array.isArray(value) ? value[0] : value;
      if (col !== undefined) header.scoreColumns[role] = col;
    } else {
      const col = Array.isArray(value) ? value[0] : value;
      if (col !== undefined) header.columns[role as Field] = col;
    }
    if (header.unsure?.role === role) header.unsure = null;
  }
  if (columns.name !== undefined && columns.group === undefined) {
    header.groups = header.groups.filter((col) => col !== header.columns.name);
  }
}

/** The user said no column has this role. */
function clearRole(header: HeaderInfo, role: string): void {
  if (role === 'group') header.groups = [];
  else if (role === 'yoyGrowth') header.growth = null;
  else if (isScoreRole(role)) delete header.scoreColumns[role];
  else delete header.columns[role as Field];
  if (header.unsure?.role === role) header.unsure = null;
}

function findTableUnit(values: readonly unknown[], headerIndex: number): string | null {
  for (let r = 0; r <= headerIndex; r++) {
    for (const cell of rowAt(values, r)) {
      if (typeof cell !== 'string' || cell.length > 40) continue;
      const unit = unitNote(cell);
      if (unit !== null) return unit;
    }
  }
  return null;
}

/** One text in the row, or the same text repeated (merged cells written out). */
function soleText(row: readonly CellValue[]): string | null {
  const texts = rowTexts(row);
  const [first] = texts;
  if (first === undefined || texts.some((entry) => entry.text !== first.text)) return null;
  return first.text;
}

const TITLE_LENGTH = { min: 4, max: 80 };

/** The first row above the header with one text: not a note, a unit line, a 'key: value' line or a numbered label. */
function findTitle(values: readonly unknown[], headerIndex: number): string | null {
  for (let r = 0; r < headerIndex; r++) {
    const row = rowAt(values, r);
    if (hasFigures(row)) continue;
    const text = soleText(row);
    if (text === null || text.length < TITLE_LENGTH.min || text.length > TITLE_LENGTH.max) continue;
    if (isNoteText(text) || isUnitNote(text) || isMetaText(text) || hasNumbering(text)) continue;
    if (/^[(（]/.test(text)) continue;
    return text;
  }
  return null;
}

function sectionAbove(values: readonly unknown[], headerIndex: number): string | null {
  for (let r = headerIndex - 1; r >= 0; r--) {
    const row = rowAt(values, r);
    const texts = rowTexts(row);
    if (texts.length === 0) continue;
    const text = soleText(row);
    return text !== null && hasNumbering(text) && !hasFigures(row) ? text : null;
  }
  return null;
}

/** Rows with figures above the header, with the label row right above them: one block. */
function blocksAbove(values: readonly unknown[], headerIndex: number): [number, number][] {
  let first = -1;
  let last = -1;
  for (let r = 0; r < headerIndex; r++) {
    if (!hasFigures(rowAt(values, r))) continue;
    if (first < 0) first = r;
    last = r;
  }
  if (first < 0) return [];
  const above = first > 0 && rowTexts(rowAt(values, first - 1)).length >= 2 ? first - 1 : first;
  return [[above, last]];
}
