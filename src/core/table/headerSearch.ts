// Where the header is: the row (or group row + sub-header row) in the first rows whose labels
// name the most roles; failing that, the label rows right above the first data lines.
import type { CellValue } from '../types';
import type { ColumnLabel } from './headerLabels';
import { classifyLabel, combineLabels } from './headerLabels';
import { parseCell } from './parseCell';
import { blankText } from './text';
import { isKnownUnit } from './units';

export const HEADER_SEARCH_ROWS = 30;

export interface HeaderRows {
  /** Indices into the grid of the header rows, top first. */
  rows: number[];
  /** One label per column, group and sub-header combined. */
  labels: ColumnLabel[];
  score: number;
  /** Found by position only (labels unknown): a lower confidence. */
  byPosition: boolean;
}

export function rowAt(values: readonly unknown[], rowIndex: number): readonly CellValue[] {
  const row = values[rowIndex];
  return Array.isArray(row) ? (row as CellValue[]) : [];
}

const isBlank = (cell: CellValue): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && blankText(cell));

/** A number, or text that reads as a plain figure ('331', '1.5亿元'); years in a header are labels. */
export function isFigure(cell: CellValue): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell !== 'string') return false;
  const parsed = parseCell(cell);
  if (parsed.kind !== 'number' || parsed.unknownUnit !== undefined) return false;
  return parsed.unit === null || isKnownUnit(parsed.unit);
}

const isYearCell = (cell: CellValue): boolean =>
  classifyLabel(cell).kind?.kind === 'year' && (typeof cell === 'number' || !isFigure(cell));

const isFigureNotYear = (cell: CellValue): boolean => isFigure(cell) && !isYearCell(cell);

/** Figures other than year labels (number cells first: they are cheap to tell). */
export function hasFigures(row: readonly CellValue[]): boolean {
  for (const cell of row) if (typeof cell === 'number' && isFigureNotYear(cell)) return true;
  for (const cell of row) if (typeof cell === 'string' && isFigureNotYear(cell)) return true;
  return false;
}

const WEIGHTS: Record<string, number> = {
  name: 3,
  tier: 3,
  actual: 3,
  cumulative: 3,
  target: 2,
  lastYear: 2,
  years: 2,
  month: 1,
  growth: 1,
  points: 1,
  unit: 1,
  parent: 1,
  category: 1,
  direction: 1,
  note: 1,
};

/** Distinct roles named (two at least), weighted; 0 = not a header. */
export function scoreLabels(labels: readonly ColumnLabel[]): number {
  const kinds = new Set<string>();
  let exact = 0;
  let years = 0;
  for (const { kind } of labels) {
    if (kind === null || kind.kind === 'other') continue;
    if (kind.kind === 'field') {
      kinds.add(kind.field);
      if (kind.exact) exact++;
    } else if (kind.kind === 'year') years++;
    else kinds.add(kind.kind);
  }
  if (years >= 2) kinds.add('years');
  if (kinds.size < 2) return 0;
  let score = 0;
  for (const kind of kinds) score += WEIGHTS[kind] ?? 1;
  return score * 100 + exact;
}

export function labelsOf(row: readonly CellValue[]): ColumnLabel[] {
  return row.map((cell) => classifyLabel(cell));
}

/** A group row over a sub-header: the group label spans the blank cells to its right. */
export function combineRows(
  upper: readonly CellValue[],
  lower: readonly CellValue[],
): ColumnLabel[] {
  return groupSpans(upper, lower).map((top, col) => {
    const bottom = lower[col];
    return combineLabels(classifyLabel(top), classifyLabel(bottom), isBlank(bottom));
  });
}

/** The group cell over each column: written above it, or spanning from the left over sub-headers. */
export function groupSpans(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] {
  const width = Math.max(upper.length, lower.length);
  const spans: CellValue[] = [];
  let group: CellValue = null;
  for (let col = 0; col < width; col++) {
    const top = upper[col];
    if (!isBlank(top)) group = top;
    else if (isBlank(lower[col])) group = null;
    spans.push(group);
  }
  return spans;
}

function nonBlankCount(row: readonly CellValue[]): number {
  return row.filter((cell) => !isBlank(cell)).length;
}

/** The header among the first rows, or the one the user named (index). */
export function searchHeader(values: readonly unknown[], forced?: number): HeaderRows | null {
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  let best: HeaderRows | null = null;
  const consider = (rowIndex: number): void => {
    const row = rowAt(values, rowIndex);
    if (nonBlankCount(row) === 0) return;
    const single = labelsOf(row);
    const options: HeaderRows[] = [
      { rows: [rowIndex], labels: single, score: scoreLabels(single), byPosition: false },
    ];
    const next = rowAt(values, rowIndex + 1);
    if (rowIndex + 1 < values.length && nonBlankCount(next) > 0 && !hasFigures(next)) {
      const combined = combineRows(row, next);
      const score = scoreLabels(combined);
      // Two rows only when both add to the reading: a title over a header is not a group row.
      const alone = Math.max(scoreLabels(single), scoreLabels(labelsOf(next)));
      if (score > alone) {
        options.push({
          rows: [rowIndex, rowIndex + 1],
          labels: combined,
          score,
          byPosition: false,
        });
      }
    }
    for (const option of options) {
      const better = best === null || option.score > best.score;
      if (option.score > 0 && better) best = option;
    }
  };
  if (forced !== undefined) {
    if (forced < 0 || forced >= values.length) return null;
    consider(forced);
    const found = best as HeaderRows | null;
    if (found !== null) return found;
    const row = rowAt(values, forced);
    return { rows: [forced], labels: labelsOf(row), score: 0, byPosition: true };
  }
  for (let rowIndex = 0; rowIndex < limit; rowIndex++) {
    if (hasFigures(rowAt(values, rowIndex))) continue;
    consider(rowIndex);
  }
  return best ?? headerByPosition(values, limit);
}

/**
 * No row names two roles: take the label rows (no figures, two labels at least) right above the
 * first two rows that hold figures, as Pytheas takes the lines above the first data line.
 */
function headerByPosition(values: readonly unknown[], limit: number): HeaderRows | null {
  for (let rowIndex = 1; rowIndex < limit; rowIndex++) {
    const row = rowAt(values, rowIndex);
    if (!hasFigures(row) || !hasFigures(rowAt(values, rowIndex + 1))) continue;
    const above = rowAt(values, rowIndex - 1);
    if (hasFigures(above) || nonBlankCount(above) < 2) return null;
    const upper = rowAt(values, rowIndex - 2);
    const twoRows = rowIndex >= 2 && !hasFigures(upper) && nonBlankCount(upper) >= 2;
    const rows = twoRows ? [rowIndex - 2, rowIndex - 1] : [rowIndex - 1];
    const labels = twoRows ? combineRows(upper, above) : labelsOf(above);
    return { rows, labels, score: 0, byPosition: true };
  }
  return null;
}
