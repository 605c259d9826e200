// The workbook a fake WPS 表格 works on. Rows and columns are 0-based here; the object model on
// top of it (range.ts, objects.ts) is 1-based like the real one. Sources of the modelled rules
// are cited where they are enforced.
import type { Rect } from '../../../src/core';
import type { GridCell } from '../../host/fake/grid';
import { boundingRect, FakeGrid, parseSelection } from '../../host/fake/grid';

export type { Value } from '../../host/fake/grid';

/** A cell; its fill is as WPS keeps it: a BGR integer (Range.Interior.Color). */
export type Cell = GridCell<number>;

export class FakeListObject {
  constructor(
    public name: string,
    public rect: Rect,
  ) {}
}

export class FakeEtSheet extends FakeGrid<number> {
  /** Comments (Excel's notes), keyed 'row,column'. */
  readonly comments = new Map<string, string>();
  readonly listObjects: FakeListObject[] = [];
  /** Cells with a data-validation rule, keyed 'row,column'. */
  readonly validations = new Set<string>();
  protectContents = false;
  /** Rows made bold, for the result sheet. */
  readonly boldRows = new Set<number>();
  autoFits = 0;

  constructor(public name: string) {
    super();
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
    return (
      boundingRect([...this.cells.keys(), ...this.comments.keys()]) ?? {
        r0: 0,
        r1: 0,
        c0: 0,
        c1: 0,
      }
    );
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
      cells: this.cellsCopy(),
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
    ({ selection: this.selection, activeCell: this.activeCell } = parseSelection(address));
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
