// Data rows under the header → draft indicators with typed numbers in the row's unit, plus the
// issues found while reading them. Parents are linked and indicators judged afterwards.
import type {
  CellGrid,
  CellValue,
  Category,
  Field,
  Indicator,
  IndicatorCells,
  Issue,
  NumericField,
} from '../types';
import type { CellRef } from '../a1';
import { columnLetter } from '../a1';
import type { HeaderInfo } from '../table/detectHeader';
import { rowAt } from '../table/detectHeader';
import { parseCell } from '../table/parseCell';
import { cellText, compact, excerpt } from '../table/text';
import { isPlausibleUnit, normalizeUnit, splitUnit } from '../table/units';
import { inferCategory, parseCategory } from './category';
import { parseDirection } from './direction';
import { makeIssue } from './issues';
import type { NumberCell } from './readNumber';
import { checkLastYear, readFigures } from './readNumber';
import { isFootnote, parseRowName, sectionCategory, stripOrdinal } from './rowName';

export interface Draft {
  indicator: Indicator;
  /** Name as matched against parent names (normalised). */
  nameKey: string;
  /** Parent as written in the parent column, or the total above a '其中' row. */
  parentText: string | null;
  parentCell: string | null;
  explicitCategory: boolean;
  targetUnreadable: boolean;
}

interface Column {
  col: number;
  letter: string;
  headerUnit: string | null;
}

const NUMERIC_FIELDS: readonly NumericField[] = ['actual', 'target', 'lastYear'];
const CELL_FIELDS = ['unit', 'target', 'actual', 'lastYear', 'parent'] as const;

/** A 单位 cell meaning "no unit": dashes or slashes. */
const NO_UNIT = /^[-—–―/\\]+$/;

export const nameKey = (name: string): string => compact(name).toLowerCase();

class RowReader {
  readonly issues: Issue[] = [];
  private readonly columns: Partial<Record<Field, Column>> = {};
  private lastTopName: string | null = null;
  private sectionCategory: Category | null = null;
  private categoryText = '';
  private readonly headerNames: { name: CellValue; actual: CellValue };

  constructor(
    private readonly grid: CellGrid,
    private readonly header: HeaderInfo,
    private readonly origin: CellRef,
  ) {
    for (const [field, col] of Object.entries(header.columns) as [Field, number][]) {
      const headerUnit = header.units.get(col) ?? null;
      this.columns[field] = { col, letter: columnLetter(origin.col + col), headerUnit };
    }
    const headerRow = rowAt(grid.values, header.rowIndex);
    this.headerNames = {
      name: this.value(headerRow, 'name'),
      actual: this.value(headerRow, 'actual'),
    };
  }

  read(rowIndex: number): Draft | null {
    const cells = rowAt(this.grid.values, rowIndex);
    const row = this.origin.row + rowIndex;
    const nameColumn = this.columns.name;
    if (nameColumn === undefined) return null;
    const nameAddress = `${nameColumn.letter}${row}`;
    if (this.isRepeatedHeader(cells)) return null;

    const numbers = this.numberCells(cells, rowIndex, row);
    const hasNumbers = numbers.some((cell) => cell.parsed.kind !== 'empty');
    const written = cellText(cells[nameColumn.col]);
    if (!hasNumbers && this.isHeadingOrFootnote(written)) return null;
    const { name, isSubItem, unit: nameUnit } = parseRowName(written);
    if (name === '') {
      if (hasNumbers)
        this.issues.push(makeIssue('missing-value', nameAddress, row, { field: 'name' }));
      return null;
    }

    const unit =
      this.unitCell(cells, row, name) ??
      nameUnit ??
      this.headerUnit('actual') ??
      this.headerUnit('target') ??
      this.headerUnit('lastYear') ??
      ownUnit(numbers) ??
      this.header.tableUnit;

    const parentWritten = stripOrdinal(cellText(this.value(cells, 'parent')));
    const parentText = parentWritten !== '' ? parentWritten : isSubItem ? this.lastTopName : null;
    if (parentText === null) this.lastTopName = name;

    const addresses: IndicatorCells = { name: nameAddress };
    for (const field of CELL_FIELDS) {
      const column = this.columns[field];
      if (column) addresses[field] = `${column.letter}${row}`;
    }

    const read = readFigures(numbers, unit, row, name, this.issues);
    if (parentText === null) checkLastYear(numbers, row, name, this.issues);

    const category = this.category(cells, name, unit);
    const indicator: Indicator = {
      name,
      row,
      unit,
      category: category.category,
      parent: null,
      direction: this.direction(cells, row, name),
      target: read.figures.target,
      actual: read.figures.actual,
      lastYear: read.figures.lastYear,
      completionRate: null,
      yoyGrowth: null,
      yoyChangePoints: null,
      status: 'invalid',
      approximate: read.approximate,
      cells: addresses,
    };
    const note = cellText(this.value(cells, 'note'));
    if (note !== '') indicator.note = note;
    return {
      indicator,
      nameKey: nameKey(name),
      parentText,
      parentCell: parentWritten !== '' ? (addresses.parent ?? null) : null,
      explicitCategory: category.explicit,
      targetUnreadable: read.targetUnreadable,
    };
  }

  /** The header row repeated inside the data (long printed tables). */
  private isRepeatedHeader(cells: readonly CellValue[]): boolean {
    const { name, actual } = this.columns;
    if (name === undefined || actual === undefined) return false;
    const nameCell = cells[name.col];
    return (
      typeof nameCell === 'string' &&
      nameCell === this.headerNames.name &&
      cells[actual.col] === this.headerNames.actual
    );
  }

  private value(cells: readonly CellValue[], field: Field): CellValue {
    const column = this.columns[field];
    return column === undefined ? undefined : cells[column.col];
  }

  /** The 单位 cell; one that reads as no unit ('2', '%%') is reported and left out. */
  private unitCell(cells: readonly CellValue[], row: number, name: string): string | null {
    const written = cellText(this.value(cells, 'unit'));
    const unit = NO_UNIT.test(written) ? null : normalizeUnit(written);
    if (unit === null || isPlausibleUnit(unit)) return unit;
    const address = `${this.columns.unit?.letter ?? ''}${row}`;
    this.issues.push(makeIssue('unknown-unit', address, row, { unit: excerpt(written) }, name));
    return null;
  }

  private headerUnit(field: Field): string | null {
    return this.columns[field]?.headerUnit ?? null;
  }

  private numberCells(cells: readonly CellValue[], rowIndex: number, row: number): NumberCell[] {
    const result: NumberCell[] = [];
    for (const field of NUMERIC_FIELDS) {
      const column = this.columns[field];
      if (column === undefined) continue;
      const raw = cells[column.col];
      const format = this.grid.numberFormat?.[rowIndex]?.[column.col];
      const text = this.grid.text?.[rowIndex]?.[column.col];
      const parsed = parseCell(
        raw,
        typeof format === 'string' ? format : undefined,
        typeof text === 'string' ? text : undefined,
      );
      const address = `${column.letter}${row}`;
      result.push({ field, raw, parsed, address, headerUnit: column.headerUnit });
    }
    return result;
  }

  /** Footnotes and section headings (一、研发投入) carry no indicator; a heading sets the category below. */
  private isHeadingOrFootnote(written: string): boolean {
    if (isFootnote(written)) return true;
    const section = sectionCategory(written);
    if (section === undefined) return false;
    this.sectionCategory = section;
    this.lastTopName = null;
    return true;
  }

  private category(
    cells: readonly CellValue[],
    name: string,
    unit: string | null,
  ): { category: Category; explicit: boolean } {
    if (this.columns.category) {
      const written = cellText(this.value(cells, 'category'));
      // A blank under a category means a merged cell above it: keep the category going.
      if (written !== '') this.categoryText = written;
      const explicit = this.categoryText === '' ? null : parseCategory(this.categoryText);
      if (explicit !== null) return { category: explicit, explicit: true };
    }
    const inferred = inferCategory(name, unit);
    const category = inferred === 'other' ? (this.sectionCategory ?? 'other') : inferred;
    return { category, explicit: false };
  }

  private direction(
    cells: readonly CellValue[],
    row: number,
    name: string,
  ): Indicator['direction'] {
    const column = this.columns.direction;
    const written = cellText(this.value(cells, 'direction'));
    if (column === undefined || written === '') return 'higher';
    const direction = parseDirection(written);
    if (direction === null) {
      const address = `${column.letter}${row}`;
      this.issues.push(
        makeIssue('unknown-direction', address, row, { text: excerpt(written) }, name),
      );
    }
    return direction ?? 'higher';
  }
}

/** The first real unit written in one of the row's number cells (a bare 万 is a magnitude). */
function ownUnit(numbers: readonly NumberCell[]): string | null {
  for (const { parsed } of numbers) {
    if (parsed.kind === 'number' && parsed.unit !== null && splitUnit(parsed.unit).base !== '') {
      return parsed.unit;
    }
  }
  return null;
}

export function readIndicators(
  grid: CellGrid,
  header: HeaderInfo,
  origin: CellRef,
): { drafts: Draft[]; issues: Issue[] } {
  const reader = new RowReader(grid, header, origin);
  const drafts: Draft[] = [];
  for (let rowIndex = header.bodyStart; rowIndex < grid.values.length; rowIndex++) {
    const draft = reader.read(rowIndex);
    if (draft) drafts.push(draft);
  }
  return { drafts, issues: reader.issues };
}
