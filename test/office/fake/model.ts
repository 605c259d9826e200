// An in-memory workbook the fake Excel API works on. Rows and columns are 0-based.
import type { Rect } from '../../../src/core';
import { parseRect } from '../../../src/core';

export type Value = string | number | boolean;

export interface Cell {
  value: Value;
  formula?: string;
  numberFormat?: string;
  /** Fill colour, or undefined for no fill. */
  fill?: string;
}

export class FakeTable {
  constructor(
    public name: string,
    public rect: Rect,
    public showHeaders = true,
    public showTotals = false,
  ) {}
}

const key = (row: number, column: number): string => `${row},${column}`;

export class FakeSheet {
  readonly cells = new Map<string, Cell>();
  readonly tables: FakeTable[] = [];
  /** Notes keyed 'row,column'. */
  readonly notes = new Map<string, string>();
  /** Data-validation rule types ('List', 'WholeNumber', …) keyed 'row,column'. */
  readonly validations = new Map<string, string>();
  protected = false;
  frozenRows = 0;

  constructor(
    public readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(key(row, column));
  }

  value(row: number, column: number): Value {
    return this.cell(row, column)?.value ?? '';
  }

  fill(row: number, column: number): string | undefined {
    return this.cell(row, column)?.fill;
  }

  update(row: number, column: number, change: Partial<Cell>): void {
    const current = this.cell(row, column) ?? { value: '' };
    const next: Cell = { ...current, ...change };
    for (const k of Object.keys(next) as (keyof Cell)[]) if (next[k] === undefined) delete next[k];
    if (next.value === '' && next.formula === undefined && !next.fill && !next.numberFormat) {
      this.cells.delete(key(row, column));
    } else {
      this.cells.set(key(row, column), next);
    }
  }

  /** Writes a block of values with its top-left at `address` (e.g. 'B3'). */
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

  /** The smallest rectangle holding every cell with a value or formula (or any format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [k, cell] of this.cells) {
      const content = cell.value !== '' || cell.formula !== undefined;
      if (valuesOnly && !content) continue;
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
    return rect;
  }

  /** Plain copy of every cell, for "nothing else changed" assertions. */
  snapshot(): Record<string, Cell> {
    return Object.fromEntries([...this.cells].map(([k, cell]) => [k, { ...cell }]));
  }
}

/** A custom XML part as the workbook file keeps it. */
export interface StoredXmlPart {
  id: string;
  xml: string;
  namespaceUri: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly xmlParts: StoredXmlPart[] = [];
  activeSheetId = '';
  selection: Rect[] = [{ r0: 0, c0: 0, r1: 0, c1: 0 }];
  activeCell = { row: 0, column: 0 };
  structureProtected = false;
  editMode = false;
  /** Excel on the web's limits; lower them to exercise the chunked read. */
  responseLimitBytes = 5 * 1024 * 1024;
  requestLimitBytes = 5 * 1024 * 1024;
  /** Highest ExcelApi minor version the fake host supports (18 = ExcelApi 1.18). */
  excelApi = 18;
  syncs = 0;
  /** Largest JSON payloads seen in one sync (what Excel on the web caps at 5 MB). */
  largestResponseBytes = 0;
  largestRequestBytes = 0;
  calculationSuspensions = 0;
  /** Queued actions run so far, over all syncs. */
  opsRun = 0;
  /** Fault injection: the sync fails just before running this action (its earlier ones stay done). */
  failAtOp: number | null = null;
  private nextId = 1;

  nextXmlPartId(): string {
    return `{part-${this.nextId++}}`;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(key: string): FakeSheet | null {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower) ?? null;
  }

  get activeSheet(): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === this.activeSheetId);
    if (!sheet) throw new Error('no active sheet');
    return sheet;
  }

  select(address: string): void {
    const areas = address.split(',').map((part) => parseRect(part));
    if (areas.some((a) => a === null)) throw new Error(`bad address ${address}`);
    this.selection = areas as Rect[];
    const first = this.selection[0] as Rect;
    this.activeCell = { row: first.r0, column: first.c0 };
  }

  supports(minor: number): boolean {
    return this.excelApi >= minor;
  }
}
