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
} from '../types';
import type { CellRef } from '../table/address';
import { toA1 } from '../table/address';
import type { HeaderInfo } from '../table/detectHeader';
import { rowAt } from '../table/detectHeader';
import { matchHeader } from '../table/headers';
import type { ParsedCell } from '../table/parseCell';
import { parseCell } from '../table/parseCell';
import { MAX_CELL_TEXT, excerpt, isBlank, tidy } from '../table/text';
import { convertUnit, isKnownUnit, normalizeUnit, splitUnit } from '../table/units';
import { inferCategory, parseCategory } from './category';
import { parseDirection } from './direction';
import { makeIssue } from './issues';

export interface Draft {
  indicator: Indicator;
  /** Parent as written in the parent column, or the total above a '其中' row. */
  parentText: string | null;
  parentCell: string | null;
  explicitCategory: boolean;
  targetUnreadable: boolean;
}

const NUMERIC_FIELDS = ['actual', 'target', 'lastYear'] as const;
type NumericField = (typeof NUMERIC_FIELDS)[number];

const ORDINAL =
  /^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.)](?=\D)|\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\))\s*/;
const SECTION =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[部类])/;
const SUB_ITEM = /^其中\s*[:,、]?\s*/;
const FOOTNOTE =
  /^(?:注|备注|说明|数据来源|资料来源|填报人|填报单位|制表人?|审核人?|负责人)(?:[:\d]|$)/;
const NAME_WITH_UNIT = /^(.+?)\s*\(([^()]+)\)$/;

interface Source {
  value: CellValue;
  format: string | undefined;
  text: string | undefined;
  address: string;
  col: number;
}

class RowReader {
  readonly issues: Issue[] = [];
  private lastTopName: string | null = null;
  private sectionCategory: Category | null = null;
  private categoryText = '';

  constructor(
    private readonly grid: CellGrid,
    private readonly header: HeaderInfo,
    private readonly origin: CellRef,
  ) {}

  source(rowIndex: number, field: Field): Source | undefined {
    const col = this.header.columns[field];
    if (col === undefined) return undefined;
    const format = this.grid.numberFormat?.[rowIndex]?.[col];
    const text = this.grid.text?.[rowIndex]?.[col];
    return {
      value: rowAt(this.grid.values, rowIndex)[col],
      format: typeof format === 'string' ? format : undefined,
      text: typeof text === 'string' ? text : undefined,
      address: toA1(this.origin.col + col, this.origin.row + rowIndex),
      col,
    };
  }

  read(rowIndex: number): Draft | null {
    const row = this.origin.row + rowIndex;
    const get = (field: Field): Source | undefined => this.source(rowIndex, field);
    const nameSource = get('name');
    if (nameSource === undefined) return null;
    const numbers = NUMERIC_FIELDS.map((field) => get(field));
    const hasNumbers = numbers.some((source) => source !== undefined && !isBlank(source.value));
    if (isRepeatedHeader(nameSource, get('actual'))) return null;
    const written = cellText(nameSource.value);

    let name = written.replace(ORDINAL, '');
    const isSubItem = SUB_ITEM.test(name);
    name = name.replace(SUB_ITEM, '');
    let nameUnit: string | null = null;
    const bracket = NAME_WITH_UNIT.exec(name);
    const bracketUnit = normalizeUnit(bracket?.[2]);
    if (bracket && bracketUnit !== null && isKnownUnit(bracketUnit)) {
      name = bracket[1] ?? name;
      nameUnit = bracketUnit;
    }

    if (name === '') {
      if (hasNumbers)
        this.issues.push(makeIssue('missing-value', nameSource.address, row, { field: 'name' }));
      return null;
    }
    if (!hasNumbers && this.isHeadingOrFootnote(written)) return null;

    const parsed = new Map<NumericField, ParsedCell>();
    NUMERIC_FIELDS.forEach((field, i) => {
      const source = numbers[i];
      if (source) parsed.set(field, parseCell(source.value, source.format, source.text));
    });
    const unit =
      normalizeUnit(get('unit')?.value) ??
      nameUnit ??
      this.headerUnit('actual') ??
      this.headerUnit('target') ??
      this.headerUnit('lastYear') ??
      ownUnit(parsed) ??
      this.header.tableUnit;

    const parentWritten = cellText(get('parent')?.value).replace(ORDINAL, '');
    const parentText = parentWritten !== '' ? parentWritten : isSubItem ? this.lastTopName : null;
    if (parentText === null) this.lastTopName = name;

    const cells: IndicatorCells = { name: nameSource.address };
    for (const field of ['unit', 'target', 'actual', 'lastYear', 'parent'] as const) {
      const source = get(field);
      if (source) cells[field] = source.address;
    }

    const values: Record<NumericField, number | null> = {
      actual: null,
      target: null,
      lastYear: null,
    };
    let approximate = false;
    let targetUnreadable = false;
    NUMERIC_FIELDS.forEach((field, i) => {
      const source = numbers[i];
      const cell = parsed.get(field);
      if (!source || !cell) return;
      const result = this.readNumber(field, source, cell, unit, row, name);
      values[field] = result.value;
      approximate ||= result.approximate;
      if (field === 'target' && result.unreadable) targetUnreadable = true;
    });

    const lastYearSource = numbers[2];
    const actualCell = parsed.get('actual');
    if (
      lastYearSource &&
      parsed.get('lastYear')?.kind === 'empty' &&
      actualCell?.kind === 'number' &&
      parentText === null
    ) {
      this.issues.push(makeIssue('missing-last-year', lastYearSource.address, row, {}, name));
    }

    const { category, explicit } = this.category(get('category'), name, unit);
    const indicator: Indicator = {
      name,
      row,
      unit,
      category,
      parent: null,
      direction: this.direction(get('direction'), row, name),
      target: values.target,
      actual: values.actual,
      lastYear: values.lastYear,
      completionRate: null,
      yoyGrowth: null,
      yoyChangePoints: null,
      status: 'invalid',
      approximate,
      cells,
    };
    const note = cellText(get('note')?.value);
    if (note !== '') indicator.note = note;
    return {
      indicator,
      parentText,
      parentCell: parentWritten !== '' ? (cells.parent ?? null) : null,
      explicitCategory: explicit,
      targetUnreadable,
    };
  }

  /** Footnotes and section headings (一、研发投入) carry no indicator; a heading sets the category below. */
  private isHeadingOrFootnote(written: string): boolean {
    if (FOOTNOTE.test(written)) return true;
    if (!SECTION.test(written)) return false;
    const category = inferCategory(written);
    this.sectionCategory = category === 'other' ? null : category;
    this.lastTopName = null;
    return true;
  }

  private headerUnit(field: Field): string | null {
    const col = this.header.columns[field];
    return col === undefined ? null : (this.header.units.get(col) ?? null);
  }

  private readNumber(
    field: NumericField,
    source: Source,
    cell: ParsedCell,
    unit: string | null,
    row: number,
    name: string,
  ): { value: number | null; approximate: boolean; unreadable: boolean } {
    const add = (code: Issue['code'], params: Issue['params']): void => {
      this.issues.push(makeIssue(code, source.address, row, { field, ...params }, name));
    };
    if (cell.kind === 'empty') {
      if (field === 'actual') add('missing-value', {});
      return { value: null, approximate: false, unreadable: false };
    }
    if (cell.kind === 'invalid') {
      add('not-a-number', { text: cell.text, kind: cell.reason });
      return { value: null, approximate: false, unreadable: true };
    }
    const from = cell.unit ?? this.header.units.get(source.col) ?? null;
    const value = convertUnit(cell.value, from, unit);
    const text = excerpt(String(source.value));
    if (value === null) {
      add('unit-mismatch', { text, expected: unit ?? '', found: from ?? '' });
      return { value: null, approximate: false, unreadable: true };
    }
    if (cell.approximate) add('approximate-value', { text, value, unit: unit ?? '' });
    return { value, approximate: cell.approximate, unreadable: false };
  }

  private category(
    source: Source | undefined,
    name: string,
    unit: string | null,
  ): { category: Category; explicit: boolean } {
    if (source) {
      const written = cellText(source.value);
      // A blank under a category means a merged cell above it: keep the category going.
      if (written !== '') this.categoryText = written;
      const explicit = this.categoryText === '' ? null : parseCategory(this.categoryText);
      if (explicit !== null) return { category: explicit, explicit: true };
    }
    const inferred = inferCategory(name, unit);
    return {
      category: inferred === 'other' ? (this.sectionCategory ?? 'other') : inferred,
      explicit: false,
    };
  }

  private direction(source: Source | undefined, row: number, name: string): Indicator['direction'] {
    const written = cellText(source?.value);
    if (!source || written === '') return 'higher';
    const direction = parseDirection(written);
    if (direction === null) {
      this.issues.push(
        makeIssue('unknown-direction', source.address, row, { text: excerpt(written) }, name),
      );
    }
    return direction ?? 'higher';
  }
}

/** A header row repeated inside the data (long printed tables). */
function isRepeatedHeader(name: Source, actual: Source | undefined): boolean {
  return matchHeader(name.value).field === 'name' && matchHeader(actual?.value).field === 'actual';
}

/** Names, units and labels as text: strings tidied, finite numbers written out, anything else empty. */
function cellText(value: CellValue): string {
  if (typeof value === 'string')
    return tidy(value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The first real unit written in one of the row's number cells (a bare 万 is a magnitude, not a unit). */
function ownUnit(parsed: Map<NumericField, ParsedCell>): string | null {
  for (const field of NUMERIC_FIELDS) {
    const cell = parsed.get(field);
    if (cell?.kind === 'number' && cell.unit !== null && splitUnit(cell.unit).base !== '')
      return cell.unit;
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
  for (let rowIndex = header.rowIndex + 1; rowIndex < grid.values.length; rowIndex++) {
    const draft = reader.read(rowIndex);
    if (draft) drafts.push(draft);
  }
  return { drafts, issues: reader.issues };
}
