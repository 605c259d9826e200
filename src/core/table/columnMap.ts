// Header labels (and, where labels are silent, the body's columns) → the column of each role.
import type { CellValue, Field, Role, UnsureReason } from '../types';
import { columnLetter } from '../a1';
import type { ColumnLabel } from './headerLabels';
import { labelKey } from './headerLabels';
import { isFigure, rowAt } from './headerSearch';
import { cellText } from './text';

export interface DuplicateColumn {
  field: Field;
  col: number;
  /** The column that is used for the field. */
  usedCol: number;
}

export interface Unsure {
  role: Role;
  reason: UnsureReason;
  /** Grid column indices, or (for names) sample texts. */
  cols: number[];
  samples?: string[];
}

export interface ColumnMap {
  /** 0-based column index within the grid for each recognised field. */
  columns: Partial<Record<Field, number>>;
  duplicates: DuplicateColumn[];
  /** Unit written in a header cell, by column index. */
  units: Map<number, string>;
  /** Columns above the name (tiers, merged group labels), outermost first. */
  groups: number[];
  /** A ready-made growth column beside the actual one. */
  growth: number | null;
  unsure: Unsure | null;
  /** The name or actual column was picked from the body, not from a header label. */
  guessed: number;
}

/** Body rows sampled to tell text columns from figure columns. */
const SAMPLE_ROWS = 60;

interface Profile {
  text: number;
  figures: number;
  distinct: number;
}

function profiles(values: readonly unknown[], bodyStart: number, width: number): Profile[] {
  const result: Profile[] = Array.from({ length: width }, () => ({
    text: 0,
    figures: 0,
    distinct: 0,
  }));
  const seen = result.map(() => new Set<string>());
  const end = Math.min(values.length, bodyStart + SAMPLE_ROWS);
  for (let r = bodyStart; r < end; r++) {
    const row = rowAt(values, r);
    for (let col = 0; col < width; col++) {
      const cell = row[col];
      const profile = result[col];
      if (profile === undefined) continue;
      if (isFigure(cell)) profile.figures++;
      else if (cellText(cell) !== '') {
        profile.text++;
        seen[col]?.add(cellText(cell));
      }
    }
  }
  result.forEach((profile, col) => (profile.distinct = seen[col]?.size ?? 0));
  return result;
}

const TOTAL_GROUP = /^(?:合计|总计|总量|全部|total|all)/;

export function mapColumns(
  values: readonly unknown[],
  labels: readonly ColumnLabel[],
  groupCells: readonly CellValue[],
  bodyStart: number,
): ColumnMap {
  const width = Math.max(labels.length, ...widths(values, bodyStart));
  const map: ColumnMap = {
    columns: {},
    duplicates: [],
    units: new Map(),
    groups: [],
    growth: null,
    unsure: null,
    guessed: 0,
  };
  const exactness = new Map<Field, boolean>();
  const cumulative: number[] = [];
  const months: number[] = [];
  const growths: number[] = [];
  const years: { col: number; year: number }[] = [];
  const tiers: { col: number; level: number }[] = [];
  const unlabeled: number[] = [];
  labels.forEach((label, col) => {
    if (label.unit !== null) map.units.set(col, label.unit);
    const kind = label.kind;
    if (kind === null) unlabeled.push(col);
    else if (kind.kind === 'field') addField(map, exactness, kind.field, col, kind.exact);
    else if (kind.kind === 'tier') tiers.push({ col, level: kind.level });
    else if (kind.kind === 'cumulative') cumulative.push(col);
    else if (kind.kind === 'month') months.push(col);
    else if (kind.kind === 'growth' || kind.kind === 'points') growths.push(col);
    else if (kind.kind === 'year') years.push({ col, year: kind.year });
  });
  for (let col = labels.length; col < width; col++) unlabeled.push(col);
  const body = profiles(values, bodyStart, width);

  placeName(map, exactness.get('name') === true, tiers, unlabeled, body);
  placeActual(map, { cumulative, months, years, unlabeled }, body, groupCells);
  placeGrowth(map, labels, growths);
  return map;
}

function widths(values: readonly unknown[], bodyStart: number): number[] {
  const result: number[] = [];
  const end = Math.min(values.length, bodyStart + SAMPLE_ROWS);
  for (let r = bodyStart; r < end; r++) result.push(rowAt(values, r).length);
  return result;
}

function addField(
  map: ColumnMap,
  exactness: Map<Field, boolean>,
  field: Field,
  col: number,
  exact: boolean,
): void {
  const firstCol = map.columns[field];
  if (firstCol === undefined) {
    map.columns[field] = col;
    exactness.set(field, exact);
  } else if (exact && exactness.get(field) === false) {
    // An exact alias beats an earlier partial one (累计完成 over 全年预计完成).
    map.duplicates.push({ field, col: firstCol, usedCol: col });
    map.columns[field] = col;
    exactness.set(field, true);
  } else {
    map.duplicates.push({ field, col, usedCol: firstCol });
  }
}

/** Tiers: the most specific is the name, the others its groups; else the body's text column. */
function placeName(
  map: ColumnMap,
  nameExact: boolean,
  tiers: readonly { col: number; level: number }[],
  unlabeled: number[],
  body: readonly Profile[],
): void {
  const ordered = [...tiers].sort((a, b) => a.level - b.level).map((tier) => tier.col);
  const last = ordered[ordered.length - 1];
  if (last !== undefined) {
    // The most specific tier is the name, unless a name column stands to its right (指标名称
    // after 一级/二级指标); a label over the whole block (绩效指标) is no name column.
    const named = map.columns.name;
    if (named === undefined || named < last || !nameExact) {
      map.columns.name = ordered.pop();
      map.duplicates = map.duplicates.filter((duplicate) => duplicate.field !== 'name');
    }
    map.groups = ordered;
    return;
  }
  const firstFigures = body.findIndex((profile) => profile.figures > profile.text);
  const textCols = unlabeled.filter(
    (col) => (firstFigures < 0 || col < firstFigures) && (body[col]?.text ?? 0) > 0,
  );
  if (map.columns.name === undefined) {
    // The fullest text column, or among nearly full ones the one with the most distinct labels.
    const fullest = Math.max(0, ...textCols.map((col) => body[col]?.text ?? 0));
    let best: number | undefined;
    for (const col of textCols) {
      const profile = body[col];
      if (profile === undefined || profile.text < fullest * 0.8) continue;
      const current = best === undefined ? undefined : body[best];
      if (current === undefined || profile.distinct > current.distinct) best = col;
    }
    if (best === undefined) return;
    map.columns.name = best;
    map.guessed++;
    removeFrom(unlabeled, best);
  }
  const name = map.columns.name;
  // Text columns left of the name whose labels repeat (merged cells): its groups.
  const names = body[name] ?? { text: 0, figures: 0, distinct: 0 };
  map.groups = textCols.filter((col) => {
    const profile = body[col];
    if (col >= name || profile === undefined) return false;
    return profile.text < names.text || profile.distinct <= names.distinct / 2;
  });
  for (const col of map.groups) removeFrom(unlabeled, col);
}

function removeFrom(list: number[], col: number): void {
  const at = list.indexOf(col);
  if (at >= 0) list.splice(at, 1);
}

interface PeriodColumns {
  cumulative: number[];
  months: number[];
  years: { col: number; year: number }[];
  unlabeled: number[];
}

/**
 * The actual: a labelled actual column; else the cumulative period (累计 over 本月); else the
 * month; else the latest year (the one before it is last year); else the one figure column.
 * Two candidates of the same rank and nothing to choose between them → unsure.
 */
function placeActual(
  map: ColumnMap,
  periods: PeriodColumns,
  body: readonly Profile[],
  groupCells: readonly CellValue[],
): void {
  const { columns } = map;
  const hasFigures = (col: number): boolean => (body[col]?.figures ?? 0) > 0;
  if (columns.actual !== undefined) {
    const others = periods.cumulative.filter(hasFigures);
    if (others.length > 0)
      map.unsure = { role: 'actual', reason: 'two-columns', cols: [columns.actual, ...others] };
    return;
  }
  for (const candidates of [periods.cumulative, periods.months]) {
    if (candidates.length === 0) continue;
    pick(map, candidates);
    return;
  }
  const years = periods.years
    .filter((year) => hasFigures(year.col))
    .sort((a, b) => b.year - a.year);
  const [latest, before] = years;
  if (latest !== undefined) {
    columns.actual = latest.col;
    if (before !== undefined && columns.lastYear === undefined) columns.lastYear = before.col;
    map.guessed++;
    return;
  }
  const name = columns.name;
  const figureCols = periods.unlabeled.filter(
    (col) => col !== name && (body[col]?.figures ?? 0) > (body[col]?.text ?? 0),
  );
  if (figureCols.length === 0) return;
  const totals = figureCols.filter((col) => TOTAL_GROUP.test(labelKey(cellText(groupCells[col]))));
  map.guessed++;
  pick(map, totals.length === 1 ? totals : figureCols);
}

function pick(map: ColumnMap, candidates: readonly number[]): void {
  const [first] = candidates;
  if (first === undefined) return;
  map.columns.actual = first;
  if (candidates.length > 1)
    map.unsure = { role: 'actual', reason: 'two-columns', cols: [...candidates] };
}

/** The growth column beside the actual: to its right, past target/last-year/unit columns. */
function placeGrowth(
  map: ColumnMap,
  labels: readonly ColumnLabel[],
  growths: readonly number[],
): void {
  const actual = map.columns.actual;
  if (actual === undefined || growths.length === 0) return;
  for (let col = actual + 1; col < labels.length; col++) {
    if (growths.includes(col)) {
      map.growth = col;
      return;
    }
    const kind = labels[col]?.kind;
    const passable =
      kind === null ||
      kind === undefined ||
      kind.kind === 'other' ||
      (kind.kind === 'field' && kind.field !== 'actual' && kind.field !== 'name');
    if (!passable) return;
  }
}

/** Column letters of a list of grid columns, for messages. */
export function lettersOf(cols: readonly number[], originCol: number): string {
  return cols.map((col) => columnLetter(originCol + col)).join(',');
}
