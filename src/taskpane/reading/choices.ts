// What the 表格识别 panel offers: the sheet's columns (letter and header text), the rows a header
// can be on, and the reading in one line as the command line prints it.
import { columnLetter, parseAddress, ROLE_EN, ROLE_ZH, ROLES } from '../../core';
import type { CellGrid, Locale, Role, TableReading } from '../../core';
import { readingText } from '../i18n/readingStrings';

export interface Choice {
  /** A column letter, or a sheet row number as text. */
  value: string;
  /** What the option shows, e.g. 'C · 发明 / 授权量'. */
  label: string;
}

/** Columns and rows offered at most (a sheet can be very wide). */
export const MAX_COLUMNS = 100;
/** A header is looked for in the first rows, as the reader does. */
export const HEADER_ROWS = 30;
const LABEL_LENGTH = 60;

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

const shorten = (text: string): string =>
  text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;

const rowOf = (grid: CellGrid, index: number): readonly unknown[] => {
  const row = grid.values[index];
  return Array.isArray(row) ? row : [];
};

export const roleNames = (locale: Locale): Record<Role, string> =>
  locale === 'en-US' ? ROLE_EN : ROLE_ZH;

/**
 * The header text of each column: the header rows' labels joined, a group label carried right over
 * the blank cells of a merged group (发明 over 授权量 | 构成).
 */
function headerLabels(grid: CellGrid, headerRows: readonly number[], width: number): string[] {
  const first = parseAddress(grid.address).row;
  const labels: string[][] = Array.from({ length: width }, () => []);
  headerRows.forEach((sheetRow, position) => {
    const row = rowOf(grid, sheetRow - first);
    const carries = position < headerRows.length - 1;
    let carried = '';
    for (let col = 0; col < width; col++) {
      const text = cellText(row[col]);
      if (text !== '') carried = text;
      const label = text !== '' ? text : carries ? carried : '';
      if (label !== '') labels[col]?.push(label);
    }
  });
  return labels.map((parts) => parts.join(' / '));
}

/** The grid's columns as choices, for the header rows of the reading. */
export function columnChoices(grid: CellGrid, headerRows: readonly number[]): Choice[] {
  const widest = grid.values.reduce(
    (max: number, row) => Math.max(max, Array.isArray(row) ? row.length : 0),
    0,
  );
  const width = Math.min(MAX_COLUMNS, widest);
  const origin = parseAddress(grid.address).col;
  const labels = headerLabels(grid, headerRows, width);
  return labels.map((label, col) => {
    const letter = columnLetter(origin + col);
    return { value: letter, label: label === '' ? letter : shorten(`${letter} · ${label}`) };
  });
}

/** Spans of group columns offered: up to this many columns side by side. */
const GROUP_SPAN = 4;

/**
 * Choices for the group role: each column, and runs of columns side by side left of the name
 * column (一级指标 | 二级指标 → 'A+B'). A run's value is its letters joined by '+'.
 */
export function groupChoices(columns: readonly Choice[], nameLetter: string | undefined): Choice[] {
  const nameAt = columns.findIndex((column) => column.value === nameLetter);
  const left = columns.slice(0, nameAt > 0 ? nameAt : 0);
  const runs: Choice[] = [];
  for (let start = 0; start < left.length; start++) {
    for (let end = start + 2; end <= Math.min(left.length, start + GROUP_SPAN); end++) {
      const run = left.slice(start, end);
      const letters = run.map((column) => column.value).join('+');
      const texts = run
        .map((column) => column.label.replace(/^[A-Z]+( · )?/, ''))
        .filter((text) => text !== '')
        .join(' + ');
      runs.push({
        value: letters,
        label: shorten(texts === '' ? letters : `${letters} · ${texts}`),
      });
    }
  }
  return [...columns, ...runs];
}

/** Rows of the first HEADER_ROWS with any text: a header can be on them. */
export function headerRowChoices(grid: CellGrid, locale: Locale): Choice[] {
  const first = parseAddress(grid.address).row;
  const choices: Choice[] = [];
  for (let index = 0; index < Math.min(grid.values.length, HEADER_ROWS); index++) {
    const text = rowOf(grid, index).map(cellText).filter(Boolean).join(' | ');
    if (text === '') continue;
    const row = first + index;
    choices.push({
      value: String(row),
      label: shorten(readingText(locale, 'rowOption', { row, text })),
    });
  }
  return choices;
}

/** The letters of a role in the reading ([] when it has none). */
export function lettersOf(table: TableReading | null | undefined, role: Role): string[] {
  const value = table?.columns[role];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** 指标名称=B，分组=A+B，累计完成=E, in role order (as the command line prints it). */
export function readingPairs(table: TableReading, locale: Locale): string {
  const names = roleNames(locale);
  const pairs = ROLES.flatMap((role) => {
    const letters = lettersOf(table, role);
    return letters.length === 0 ? [] : [`${names[role]}=${letters.join('+')}`];
  });
  return pairs.join(locale === 'en-US' ? ', ' : '，');
}
