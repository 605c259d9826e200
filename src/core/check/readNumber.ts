// One number cell of a row → its value in the row's unit, with the issues that reading it raised.
import type { Issue, IssueParams, NumericField } from '../types';
import type { ParsedCell } from '../table/parseCell';
import { excerpt } from '../table/text';
import { convertUnit } from '../table/units';
import { makeIssue } from './issues';

export interface NumberCell {
  field: NumericField;
  raw: unknown;
  parsed: ParsedCell;
  address: string;
  /** Unit written in the column header, for bare numbers. */
  headerUnit: string | null;
}

export interface NumberRead {
  value: number | null;
  approximate: boolean;
  /** Something was written but it cannot be used. */
  unreadable: boolean;
}

function readNumber(
  cell: NumberCell,
  unit: string | null,
  row: number,
  name: string,
  issues: Issue[],
): NumberRead {
  const { field, parsed, address } = cell;
  if (parsed.kind === 'empty') {
    if (field === 'actual') issues.push(makeIssue('missing-value', address, row, { field }, name));
    return { value: null, approximate: false, unreadable: false };
  }
  if (parsed.kind === 'invalid') {
    const params: IssueParams['not-a-number'] = { field, text: parsed.text, kind: parsed.reason };
    issues.push(makeIssue('not-a-number', address, row, params, name));
    return { value: null, approximate: false, unreadable: true };
  }
  const from = parsed.unit ?? cell.headerUnit;
  const text = excerpt(String(cell.raw));
  const stray = parsed.unknownUnit;
  // Trailing junk cannot match a row unit; without one the figure stands, with a warning.
  const value = stray !== undefined && unit !== null ? null : convertUnit(parsed.value, from, unit);
  if (value === null) {
    const found = `${from ?? ''}${stray ?? ''}`;
    const params: IssueParams['unit-mismatch'] = { field, text, expected: unit ?? '', found };
    issues.push(makeIssue('unit-mismatch', address, row, params, name));
    return { value: null, approximate: false, unreadable: true };
  }
  if (!Number.isFinite(value)) {
    // Converting (1e305亿元 → 元) went past the largest double.
    const params: IssueParams['not-a-number'] = { field, text, kind: 'non-finite' };
    issues.push(makeIssue('not-a-number', address, row, params, name));
    return { value: null, approximate: false, unreadable: true };
  }
  if (stray !== undefined) {
    issues.push(makeIssue('unknown-unit', address, row, { field, text, unit: stray }, name));
  }
  if (parsed.approximate) {
    const params: IssueParams['approximate-value'] = { field, text, value, unit: unit ?? '' };
    issues.push(makeIssue('approximate-value', address, row, params, name));
  }
  return { value, approximate: parsed.approximate, unreadable: false };
}

export interface Figures {
  figures: Record<NumericField, number | null>;
  approximate: boolean;
  /** A target was written but cannot be used: the row is invalid rather than without target. */
  targetUnreadable: boolean;
}

export function readFigures(
  cells: readonly NumberCell[],
  unit: string | null,
  row: number,
  name: string,
  issues: Issue[],
): Figures {
  const result: Figures = {
    figures: { actual: null, target: null, lastYear: null },
    approximate: false,
    targetUnreadable: false,
  };
  for (const cell of cells) {
    const read = readNumber(cell, unit, row, name, issues);
    result.figures[cell.field] = read.value;
    result.approximate ||= read.approximate;
    if (cell.field === 'target' && read.unreadable) result.targetUnreadable = true;
  }
  return result;
}

/** A blank last-year cell next to a readable actual: growth cannot be computed. */
export function checkLastYear(
  cells: readonly NumberCell[],
  row: number,
  name: string,
  issues: Issue[],
): void {
  const lastYear = cells.find((cell) => cell.field === 'lastYear');
  const actual = cells.find((cell) => cell.field === 'actual');
  if (lastYear?.parsed.kind === 'empty' && actual?.parsed.kind === 'number') {
    issues.push(makeIssue('missing-last-year', lastYear.address, row, {}, name));
  }
}
