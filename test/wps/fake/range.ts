// Fake ET Range: what the WPS 表格 object model documents, and no more. Sources:
//   [ETD]  npm et-jsapi-declare 2.5.0 lib.et.d.ts (Kingsoft's declarations of the ET API)
//   [WPSJS] npm wpsjs 2.2.3 templates (packages/@wps-jsapi/et/js/*.js)
//   [VBA]  learn.microsoft.com/office/vba/api/excel.range.<member> — ET implements the Excel object
//          model; WPS-specific deviations are unverified (docs/research/wps-addin.md §3).
import { MAX_COLUMNS, MAX_ROWS, rectAddress } from '../../../src/core';
import type { Rect } from '../../../src/core';
import type {
  EtAreas,
  EtComment,
  EtInterior,
  EtRange,
  EtScalar,
  EtValues,
} from '../../../src/wps/types';
import type { FakeBook, FakeEtSheet, Value } from './model';

/** xlColorIndexNone [ETD lib.kso.d.ts; VBA interior.colorindex]. */
const NONE = -4142;
/** What Interior.Color reads for a cell without fill: white [VBA interior.color]. */
const WHITE = 0xffffff;

const CVERR: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export class FakeComError extends Error {
  override readonly name = 'FakeComError';
}

type Mode = 'cells' | 'rows' | 'columns';

function each(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let row = rect.r0; row <= rect.r1; row += 1)
    for (let column = rect.c0; column <= rect.c1; column += 1) visit(row, column);
}

const cellCount = (rect: Rect): number => (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);

export class FakeEtRange implements EtRange {
  constructor(
    private readonly book: FakeBook,
    readonly sheet: FakeEtSheet,
    /** All areas; the first is the range's own block. */
    readonly rects: Rect[],
    private readonly mode: Mode = 'cells',
  ) {
    if (rects.length === 0) throw new FakeComError('empty range');
    for (const r of rects) {
      // 1-based in the API: row 0 or column 0 does not exist [VBA range.item, WPSJS Cells.Item(1, 1)].
      if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS) {
        throw new FakeComError(`range outside the sheet: ${JSON.stringify(r)}`);
      }
    }
  }

  private get rect(): Rect {
    return this.rects[0] as Rect;
  }

  private writable(what: string): void {
    // A protected sheet refuses changes to its cells (VBA runtime error 1004).
    if (this.sheet.protectContents) throw new FakeComError('the sheet is protected');
    this.book.mutate(what);
  }

  private assertCells(what: string): void {
    if (this.rects.length > 1) throw new FakeComError(`${what} on a multi-area range`);
    if (cellCount(this.rect) > 100_000) throw new FakeComError(`fake: ${what} on a huge range`);
  }

  get Row(): number {
    return this.rect.r0 + 1;
  }
  get Column(): number {
    return this.rect.c0 + 1;
  }
  get Rows(): EtRange {
    return new FakeEtRange(this.book, this.sheet, [this.rect], 'rows');
  }
  get Columns(): EtRange {
    return new FakeEtRange(this.book, this.sheet, [this.rect], 'columns');
  }
  get Count(): number {
    const r = this.rect;
    if (this.mode === 'rows') return r.r1 - r.r0 + 1;
    if (this.mode === 'columns') return r.c1 - r.c0 + 1;
    return this.rects.reduce((n, rect) => n + cellCount(rect), 0);
  }

  get Areas(): EtAreas {
    const { book, sheet, rects } = this;
    return {
      Count: rects.length,
      Item: (index: number) => {
        const rect = rects[index - 1];
        if (!rect) throw new FakeComError(`no area ${index}`); // Areas.Item is 1-based [ETD]
        return new FakeEtRange(book, sheet, [rect]);
      },
    };
  }

  get CurrentRegion(): EtRange {
    return new FakeEtRange(this.book, this.sheet, [
      this.sheet.currentRegion(this.rect.r0, this.rect.c0),
    ]);
  }

  /** Item(row, column) from 1, relative to the range's top-left [ETD Range.Item; VBA range.item]. */
  Item(row: number, column?: number): EtRange {
    const r = this.rect;
    if (!Number.isInteger(row) || row < 1) throw new FakeComError(`Item(${row}): counts from 1`);
    if (column === undefined) {
      if (this.mode === 'columns')
        return this.slice({ ...r, c0: r.c0 + row - 1, c1: r.c0 + row - 1 });
      if (this.mode === 'rows') return this.slice({ ...r, r0: r.r0 + row - 1, r1: r.r0 + row - 1 });
      const width = r.c1 - r.c0 + 1;
      const at = { r: r.r0 + Math.floor((row - 1) / width), c: r.c0 + ((row - 1) % width) };
      return this.slice({ r0: at.r, r1: at.r, c0: at.c, c1: at.c });
    }
    if (!Number.isInteger(column) || column < 1) {
      throw new FakeComError(`Item(${row}, ${column}): counts from 1`);
    }
    const cell = { r: r.r0 + row - 1, c: r.c0 + column - 1 };
    return this.slice({ r0: cell.r, r1: cell.r, c0: cell.c, c1: cell.c });
  }

  /**
   * Only -4174 (xlCellTypeAllValidation) is modelled. Throws when no cell is found; on a single
   * cell it searches the whole sheet [VBA range.specialcells].
   */
  SpecialCells(type: number): EtRange {
    if (type !== -4174) throw new FakeComError(`fake: SpecialCells(${type})`);
    const within = cellCount(this.rect) === 1 ? null : this.rects;
    const found: Rect[] = [];
    for (const k of this.sheet.validations) {
      const [row = 0, column = 0] = k.split(',').map(Number);
      const inside =
        !within ||
        within.some((r) => row >= r.r0 && row <= r.r1 && column >= r.c0 && column <= r.c1);
      if (inside) found.push({ r0: row, r1: row, c0: column, c1: column });
    }
    if (found.length === 0) throw new FakeComError('No cells were found.');
    return new FakeEtRange(this.book, this.sheet, found);
  }

  /** Type reads the rule's kind; it throws on a cell without a rule [VBA validation.type]. */
  get Validation(): { readonly Type: number } {
    const k = `${this.rect.r0},${this.rect.c0}`;
    const has = this.sheet.validations.has(k);
    return {
      get Type(): number {
        if (!has) throw new FakeComError('Application-defined or object-defined error');
        return 3; // xlValidateList
      },
    };
  }

  private slice(rect: Rect): EtRange {
    return new FakeEtRange(this.book, this.sheet, [rect]);
  }

  private read(cell: (row: number, column: number) => EtScalar): EtValues {
    this.assertCells('read');
    const r = this.rect;
    const rows: EtScalar[][] = [];
    for (let row = r.r0; row <= r.r1; row += 1) {
      const cells: EtScalar[] = [];
      for (let column = r.c0; column <= r.c1; column += 1) cells.push(cell(row, column));
      rows.push(cells);
    }
    // One cell gives a scalar, more give rows of cells [VBA range.value2; notes §3].
    return cellCount(r) === 1 ? rows[0]?.[0] : rows;
  }

  private write(values: EtValues, set: (row: number, column: number, value: EtScalar) => void) {
    this.assertCells('write');
    this.writable('values');
    const r = this.rect;
    if (!Array.isArray(values)) {
      // A scalar goes into every cell of the range [VBA range.value].
      each(r, (row, column) => set(row, column, values));
      return;
    }
    if (values.length !== r.r1 - r.r0 + 1 || values.some((row) => row.length !== r.c1 - r.c0 + 1)) {
      throw new FakeComError('array shape does not match the range'); // fake: strict on purpose
    }
    each(r, (row, column) => set(row, column, values[row - r.r0]?.[column - r.c0]));
  }

  /** What a typed value becomes: '=…' a formula, "'…" text without the apostrophe [VBA range.formula, prefixcharacter]. */
  private enter(row: number, column: number, value: EtScalar): void {
    if (typeof value === 'string' && value.startsWith('=')) {
      this.sheet.update(row, column, { value: '', formula: value });
    } else if (typeof value === 'string' && value.startsWith("'")) {
      this.sheet.update(row, column, { value: value.slice(1), formula: undefined });
    } else {
      const plain: Value = value === null || value === undefined ? '' : value;
      this.sheet.update(row, column, { value: plain, formula: undefined });
    }
  }

  get Value2(): EtValues {
    return this.read((row, column) => {
      const value = this.sheet.value(row, column);
      if (this.book.errorValues === 'cverr' && typeof value === 'string' && value in CVERR) {
        return CVERR[value];
      }
      // Empty cells: VBA's Empty, which the JS bridge gives as undefined (unverified).
      return value === '' ? undefined : value;
    });
  }
  set Value2(values: EtValues) {
    this.write(values, (row, column, value) => this.enter(row, column, value));
  }

  /** A formula, else the constant as text, '' for an empty cell [VBA range.formula]. */
  get Formula(): EtValues {
    return this.read((row, column) => {
      const cell = this.sheet.cell(row, column);
      return cell?.formula ?? (cell ? String(cell.value) : '');
    });
  }
  set Formula(values: EtValues) {
    this.write(values, (row, column, value) => this.enter(row, column, value));
  }

  /** The shared format, or null when the cells differ [VBA range.numberformat]. */
  get NumberFormat(): string | null {
    this.assertCells('NumberFormat');
    const formats = new Set<string>();
    each(this.rect, (row, column) =>
      formats.add(this.sheet.cell(row, column)?.numberFormat ?? 'General'),
    );
    return formats.size === 1 ? ([...formats][0] ?? null) : null;
  }
  set NumberFormat(format: string | null) {
    this.assertCells('NumberFormat');
    this.writable('NumberFormat');
    each(this.rect, (row, column) =>
      this.sheet.update(row, column, { numberFormat: format ?? undefined }),
    );
  }

  private fills(): Set<number | undefined> {
    const seen = new Set<number | undefined>();
    for (const rect of this.rects) {
      each(rect, (row, column) => seen.add(this.sheet.fill(row, column)));
    }
    return seen;
  }

  private setFills(fill: number | undefined): void {
    this.writable('Interior');
    for (const rect of this.rects) {
      each(rect, (row, column) => this.sheet.update(row, column, { fill }));
    }
  }

  get Interior(): EtInterior {
    const fills = () => this.fills();
    const setFills = (fill: number | undefined) => this.setFills(fill);
    return {
      // BGR integers (red = 255) [VBA interior.color: "Use the RGB function"; notes §3].
      get Color(): number {
        const seen = fills();
        if (seen.size !== 1) return null as unknown as number; // mixed: VBA gives Null
        const [fill] = seen;
        return fill ?? WHITE;
      },
      set Color(bgr: number) {
        if (!Number.isInteger(bgr) || bgr < 0 || bgr > WHITE) {
          throw new FakeComError(`bad colour ${bgr}`);
        }
        setFills(bgr);
      },
      get ColorIndex(): number {
        const seen = fills();
        if (seen.size !== 1) return null as unknown as number;
        return seen.has(undefined) ? NONE : 1; // any palette index other than "none"
      },
      set ColorIndex(index: number) {
        if (index !== NONE) {
          throw new FakeComError('fake: only ColorIndex = xlColorIndexNone is modelled');
        }
        setFills(undefined);
      },
    };
  }

  get Font(): { Bold: boolean | null } {
    const { sheet, rect, book } = this;
    return {
      get Bold() {
        return null;
      },
      set Bold(bold: boolean | null) {
        book.mutate('Font.Bold');
        if (bold) for (let row = rect.r0; row <= rect.r1; row += 1) sheet.boldRows.add(row);
      },
    };
  }

  get Comment(): EtComment | null {
    this.assertCells('Comment');
    const k = `${this.rect.r0},${this.rect.c0}`;
    const { sheet } = this;
    if (!sheet.comments.has(k)) return null;
    return {
      // Text() reads, Text(text) replaces [ETD Comment.Text].
      Text: (text?: string) => {
        if (text !== undefined) sheet.comments.set(k, text);
        return sheet.comments.get(k) ?? '';
      },
      Delete: () => {
        if (sheet.protectContents) throw new FakeComError('the sheet is protected');
        this.book.mutate('Comment.Delete');
        sheet.comments.delete(k);
      },
    };
  }

  AddComment(text?: string): EtComment {
    this.assertCells('AddComment');
    this.writable('AddComment');
    const k = `${this.rect.r0},${this.rect.c0}`;
    // A cell holds one comment: adding a second fails (VBA runtime error 1004).
    if (this.sheet.comments.has(k)) throw new FakeComError('the cell already has a comment');
    this.sheet.comments.set(k, text ?? '');
    return this.Comment as EtComment;
  }

  /** Stored cells and comments inside the range's areas (never every address of a whole sheet). */
  private storedKeys(): string[] {
    const keys = new Set([...this.sheet.cells.keys(), ...this.sheet.comments.keys()]);
    return [...keys].filter((k) => {
      const [row = 0, column = 0] = k.split(',').map(Number);
      return this.rects.some((r) => row >= r.r0 && row <= r.r1 && column >= r.c0 && column <= r.c1);
    });
  }

  ClearContents(): boolean {
    this.writable('ClearContents');
    for (const k of this.storedKeys()) {
      const [row = 0, column = 0] = k.split(',').map(Number);
      this.sheet.update(row, column, { value: '', formula: undefined });
    }
    return true;
  }

  Clear(): boolean {
    this.writable('Clear');
    for (const k of this.storedKeys()) {
      this.sheet.cells.delete(k);
      this.sheet.comments.delete(k);
    }
    return true;
  }

  AutoFit(): boolean {
    if (this.mode === 'cells') throw new FakeComError('AutoFit needs whole rows or columns');
    this.book.mutate('AutoFit');
    this.sheet.autoFits += 1;
    return true;
  }

  Select(): boolean {
    this.book.activeSheet = this.sheet;
    this.book.select(this.rects.map(rectAddress).join(','));
    return true;
  }
}
