// An in-memory workbook the fake Excel API works on. Rows and columns are 0-based.
import type { Rect } from '../../../src/core';
import type { GridCell } from '../../host/fake/grid';
import { boundingRect, FakeGrid, parseSelection } from '../../host/fake/grid';

export type { Value } from '../../host/fake/grid';

/** A cell; its fill is a '#RRGGBB' string as Excel's range.format.fill.color gives it. */
export type Cell = GridCell<string>;

export class FakeTable {
  constructor(
    public name: string,
    public rect: Rect,
    public showHeaders = true,
    public showTotals = false,
  ) {}
}

export class FakeSheet extends FakeGrid<string> {
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
  ) {
    super();
  }

  /** The smallest rectangle holding every cell with a value or formula (or any format). */
  usedRect(valuesOnly: boolean): Rect | null {
    const keys = [...this.cells]
      .filter(([, cell]) => !valuesOnly || cell.value !== '' || cell.formula !== undefined)
      .map(([k]) => k);
    return boundingRect(keys);
  }

  /** Plain copy of every cell, for "nothing else changed" assertions. */
  snapshot(): Record<string, Cell> {
    return this.cellsCopy();
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
    ({ selection: this.selection, activeCell: this.activeCell } = parseSelection(address));
  }

  supports(minor: number): boolean {
    return this.excelApi >= minor;
  }
}
