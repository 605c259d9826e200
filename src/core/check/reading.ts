// The reading shown to the user (report.table), the user's corrections to it, and the issues that
// say a reading is not sure enough to narrate (ambiguous-reading) or not an indicator table.
import type { CellGrid, CheckOptions, Issue, RoleColumns, TableReading } from '../types';
import type { CellRef } from '../a1';
import { columnIndex, columnLetter, toA1 } from '../a1';
import type { HeaderInfo, HeaderOverrides } from '../table/detectHeader';
import { rowAt } from '../table/detectHeader';
import { lettersOf } from '../table/columnMap';
import { rowTexts } from '../table/lineText';
import { notIndicatorKind } from '../table/notIndicator';
import { excerpt } from '../table/text';
import { makeIssue } from './issues';
import type { Draft } from './readRows';

const LETTERS = /^[A-Za-z]{1,3}$/;

function indexOf(letter: string, originCol: number): number | null {
  if (!LETTERS.test(letter)) return null;
  const col = columnIndex(letter.toUpperCase()) - originCol;
  return col >= 0 ? col : null;
}

/** The user's columns (letters) and header row (sheet row) as grid indices. */
export function headerOverrides(
  options: CheckOptions | undefined,
  origin: CellRef,
): HeaderOverrides {
  const overrides: HeaderOverrides = {};
  const row = options?.headerRow;
  if (typeof row === 'number' && Number.isInteger(row) && row >= origin.row) {
    overrides.headerRow = row - origin.row;
  }
  const columns = options?.columns;
  if (typeof columns !== 'object' || columns === null) return overrides;
  const result: NonNullable<HeaderOverrides['columns']> = {};
  for (const [role, value] of Object.entries(columns)) {
    const letters = Array.isArray(value) ? value : [value];
    // An empty list is the user's "none": no column has this role.
    if (letters.length === 0) {
      (result as Record<string, number[]>)[role] = [];
      continue;
    }
    const cols = letters
      .map((letter) => (typeof letter === 'string' ? indexOf(letter, origin.col) : null))
      .filter((col): col is number => col !== null);
    if (cols.length === 0 || cols.length !== letters.length) continue;
    (result as Record<string, number | number[]>)[role] = role === 'group' ? cols : (cols[0] ?? 0);
  }
  overrides.columns = result;
  return overrides;
}

/** A refusal when the row labels are places or periods rather than indicators. */
export function notIndicatorOf(
  values: readonly unknown[],
  names: readonly string[] | null,
  origin: CellRef,
  headerRow?: number,
): Issue | null {
  const labels =
    names ??
    values.map((_, r) => rowTexts(rowAt(values, r))[0]?.text ?? '').filter((text) => text !== '');
  const found = notIndicatorKind(labels);
  if (found === null) return null;
  const row = headerRow ?? origin.row;
  return makeIssue('not-indicator-table', toA1(origin.col, row), row, found);
}

const UNPARSED_SHARE = 0.6;
const MIN_ROWS = 3;
const DISTINCT_SHARE = 0.5;

function unparsedShare(drafts: readonly Draft[]): number {
  if (drafts.length === 0) return 0;
  return drafts.filter((draft) => draft.unparsed !== null).length / drafts.length;
}

/** ambiguous-reading: two candidate columns, names that repeat like categories, unreadable rows. */
export function unsureIssues(
  header: HeaderInfo,
  drafts: readonly Draft[],
  origin: CellRef,
): Issue[] {
  const row = origin.row + header.rowIndex;
  const at = (col: number): string => toA1(origin.col + col, row);
  const { unsure } = header;
  if (unsure !== null) {
    const candidates = lettersOf(unsure.cols, origin.col);
    const params = { role: unsure.role, reason: unsure.reason, candidates };
    return [makeIssue('ambiguous-reading', at(unsure.cols[0] ?? 0), row, params)];
  }
  const nameCol = header.columns.name ?? 0;
  if (drafts.length >= 4) {
    const keys = new Set(
      drafts.map((d) => `${d.groupKey}\u0001${d.indicator.parentRow ?? ''}\u0001${d.nameKey}`),
    );
    if (keys.size < drafts.length * DISTINCT_SHARE) {
      const names = [...new Set(drafts.map((draft) => draft.indicator.name))].slice(0, 3);
      const params = {
        role: 'name' as const,
        reason: 'category-names' as const,
        candidates: excerpt(names.join('、')),
      };
      return [makeIssue('ambiguous-reading', at(nameCol), row, params)];
    }
  }
  if (drafts.length >= MIN_ROWS && unparsedShare(drafts) > UNPARSED_SHARE) {
    const texts = drafts.flatMap((draft) => (draft.unparsed === null ? [] : [draft.unparsed]));
    const params = {
      role: 'actual' as const,
      reason: 'unparsed-rows' as const,
      candidates: excerpt(texts.slice(0, 3).join('、')),
    };
    return [makeIssue('ambiguous-reading', at(header.columns.actual ?? nameCol), row, params)];
  }
  return [];
}

function roleColumns(header: HeaderInfo, originCol: number): RoleColumns {
  const letter = (col: number): string => columnLetter(originCol + col);
  const columns: RoleColumns = {};
  for (const [field, col] of Object.entries(header.columns)) {
    if (typeof col === 'number') (columns as Record<string, string>)[field] = letter(col);
  }
  if (header.groups.length > 0) columns.group = header.groups.map(letter);
  if (header.growth !== null) columns.yoyGrowth = letter(header.growth);
  for (const [role, col] of Object.entries(header.scoreColumns)) {
    if (typeof col === 'number') (columns as Record<string, string>)[role] = letter(col);
  }
  return columns;
}

export function readingOf(
  grid: CellGrid,
  header: HeaderInfo,
  origin: CellRef,
  drafts: readonly Draft[],
): TableReading {
  const width = Math.max(1, ...grid.values.map((row) => (Array.isArray(row) ? row.length : 0)));
  const lastCol = columnLetter(origin.col + width - 1);
  const firstCol = columnLetter(origin.col);
  const confidence = header.confidence * (1 - unparsedShare(drafts) / 2);
  return {
    title: header.title,
    headerRow: origin.row + header.rowIndex,
    headerRows: header.headerRows.map((index) => origin.row + index),
    columns: roleColumns(header, origin.col),
    confidence: Math.round(confidence * 100) / 100,
    otherBlocks: header.otherBlocks.map(
      ([first, last]) => `${firstCol}${origin.row + first}:${lastCol}${origin.row + last}`,
    ),
  };
}
