// The workbook a fake WPS 表格 works on. Rows and columns are 0-based here; the object model on
// top of it (range.ts, objects.ts) is 1-based like the real one. Sources of the modelled rules
// are cited where they are enforced.
import type { Rect } from '../../../src/core';
import { parseRect } from '../../../src/core';

export type Value = string | number | boolean;

export interface Cell {
  value: Value;
  formula?: string;
  numberFormat?: string;
  /** Fill as WPS keeps it: a BGR integer; undefined = no fill. */
  fill?: number;
}

export class FakeListObject {
  constructor(
    public name: string,
    public rect: Rect,
  ) {}
}

const key = (row: number, column: number): string => `${row},${column}`;

export class FakeEtSheet {
  readonly cells = new Map<string, Cell>();
  /** Comments (Excel's notes), keyed 'row,column'. */
  readonly comments = new Map<string, string>();
  readonly listObjects: FakeListObject[] = [];
  /** Cells with a data-validation rule, keyed 'row,column'. */
  readonly validations = new Set<string>();
  protectContents = false;
  /** Rows made bold, for the result sheet. */
  readonly boldRows = new Set<number>();
  autoFits = 0;

  constructor(public name: string) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(key(row, column));
  }

  value(row: number, column: number): Value {
    return this.cell(row, column)?.value ?? '';
  }

  fill(row: number, column: number): number | undefined {
    return this.cell(row, column)?.fill;
  }

  update(row: number, column: number, change: Partial<Cell>): void {
    const next: Cell = { ...(this.cell(row, column) ?? { value: '' }), ...change };
    for (const k of Object.keys(next) as (keyof Cell)[]) if (next[k] === undefined) delete next[k];
    const empty =
      next.value === '' &&
      next.formula === undefined &&
      next.fill === undefined &&
      !next.numberFormat;
    if (empty) this.cells.delete(key(row, column));
    else this.cells.set(key(row, column), next);
  }

  /** Writes values with the top-left at `address` ('B3'); strings starting with '=' are formulas. */
  put(address: string, rows: Value[][]): this {
    const at = parseRect(address);
    if (!at) throw new Error(`bad address ${address}`);
    rows.forEach((cells, i) =>
      cells.forEach((value, j) => {
        const isFormula = typeof value === 'string' && value.startsWith('=');
        this.update(at.r0 + i, at.c0 + j, isFormula ? { value: '', formula: value } : { value });
      }),
    );
    return this;
  }

  /** A cell holds something a user would call content: a value or a formula. */
  hasContent(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return !!cell && (cell.value !== '' || cell.formula !== undefined);
  }

  /**
   * UsedRange: every cell with a value, formula, format or fill, and every comment (Excel VBA's
   * UsedRange counts formatted cells too); A1 for an empty sheet.
   */
  usedRect(): Rect {
    let rect: Rect | null = null;
    const keys = [...this.cells.keys(), ...this.comments.keys()];
    for (const k of keys) {
      const [row = 0, column = 0] = k.split(',').map(Number);
      rect = rect
        ? {
            r0: Math.min(rect.r0, row),
            r1: Math.max(rect.r1, row),
            c0: Math.min(rect.c0, column),
            c1: Math.max(rect.c1, column),
          }
        : { r0: row, r1: row, c0: column, c1: column };
    }
    return rect ?? { r0: 0, r1: 0, c0: 0, c1: 0 };
  }

  /**
   * CurrentRegion: the block around a cell bounded by empty rows and columns (any combination of
   * blank rows and columns, as Excel VBA's Range.CurrentRegion describes it).
   */
  currentRegion(row: number, column: number): Rect {
    const rect: Rect = { r0: row, r1: row, c0: column, c1: column };
    const rowHas = (r: number, c0: number, c1: number): boolean => {
      for (let c = Math.max(0, c0); c <= c1; c += 1) if (this.hasContent(r, c)) return true;
      return false;
    };
    const columnHas = (c: number, r0: number, r1: number): boolean => {
      for (let r = Math.max(0, r0); r <= r1; r += 1) if (this.hasContent(r, c)) return true;
      return false;
    };
    for (let grown = true; grown;) {
      const before = { ...rect };
      if (rect.r0 > 0 && rowHas(rect.r0 - 1, rect.c0 - 1, rect.c1 + 1)) rect.r0 -= 1;
      if (rowHas(rect.r1 + 1, rect.c0 - 1, rect.c1 + 1)) rect.r1 += 1;
      if (rect.c0 > 0 && columnHas(rect.c0 - 1, rect.r0 - 1, rect.r1 + 1)) rect.c0 -= 1;
      if (columnHas(rect.c1 + 1, rect.r0 - 1, rect.r1 + 1)) rect.c1 += 1;
      grown = JSON.stringify(before) !== JSON.stringify(rect);
    }
    return rect;
  }

  /** Every cell and comment, copied: for "nothing else changed" assertions. */
  snapshot(): { cells: Record<string, Cell>; comments: Record<string, string> } {
    return {
      cells: Object.fromEntries([...this.cells].map(([k, cell]) => [k, { ...cell }])),
      comments: Object.fromEntries(this.comments),
    };
  }
}

export interface StoredPart {
  id: string;
  namespaceUri: string;
  xml: string;
  builtIn: boolean;
}

export class FakeBook {
  readonly sheets: FakeEtSheet[] = [];
  /**
   * Every workbook already holds Office's own parts (document properties), so our code has to
   * find its part by namespace, not by position (Office VBA: a new workbook has 3 built-in parts).
   */
  readonly parts: StoredPart[] = [
    {
      id: '{builtin-core}',
      namespaceUri: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
      xml: '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>',
      builtIn: true,
    },
  ];
  activeSheet: FakeEtSheet | null = null;
  selection: Rect[] = [{ r0: 0, c0: 0, r1: 0, c1: 0 }];
  activeCell = { row: 0, column: 0 };
  /** True while a picture or chart is selected (Application.Selection is then not a Range). */
  shapeSelected = false;
  protectStructure = false;
  /** How Value2 gives error cells: their text, or VBA's CVErr codes as numbers (undocumented in WPS). */
  errorValues: 'text' | 'cverr' = 'text';
  /** Changes made through the object model so far. */
  opsRun = 0;
  /** Fault injection: the change with this number fails (the ones before it stay done). */
  failAtOp: number | null = null;
  private nextId = 1;

  /** Called by every change through the object model, before it happens. */
  mutate(what: string): void {
    const op = this.opsRun;
    this.opsRun += 1;
    if (op === this.failAtOp) throw new Error(`injected failure at change ${op} (${what})`);
  }

  addSheet(name: string): FakeEtSheet {
    const sheet = new FakeEtSheet(name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeEtSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  select(address: string): void {
    const areas = address.split(',').map((part) => parseRect(part));
    if (areas.some((a) => a === null)) throw new Error(`bad address ${address}`);
    this.selection = areas as Rect[];
    const first = this.selection[0] as Rect;
    this.activeCell = { row: first.r0, column: first.c0 };
    this.shapeSelected = false;
  }

  newPartId(): string {
    return `{part-${this.nextId++}}`;
  }

  /** Our parts only (not Office's built-in ones). */
  partsIn(namespaceUri: string): StoredPart[] {
    return this.parts.filter((part) => part.namespaceUri === namespaceUri);
  }
}
