// What a host contract test needs from a host, whatever the host: a workbook with the fixture
// table, its port, and a host-neutral view of cells, notes, sheets and the stored marks record.
// Each host adapts its fake to this in a small driver (test/office/driver.ts, test/wps/driver.ts).
import type fc from 'fast-check';
import { checkTable } from '../../../src/core';
import type {
  CheckReport,
  MarksRecord,
  SourceData,
  SourceKind,
  WorkbookPort,
  WriteSummary,
} from '../../../src/core';
import type { Rect } from '../../../src/core';
import { cellKey, userContent } from '../fake/grid';
import type { FakeGrid, Value } from '../fake/grid';

/** One sheet, as the contract sees it. Rows and columns are 0-based. */
export interface ContractSheet {
  readonly name: string;
  value(row: number, column: number): Value;
  formula(row: number, column: number): string | undefined;
  /** The fill as '#RRGGBB' (upper case), undefined for none. */
  fill(row: number, column: number): string | undefined;
  setFill(row: number, column: number, hex: string): void;
  /** Writes values with the top-left at `address`; strings starting with '=' are formulas. */
  put(address: string, rows: Value[][]): void;
  /** The note (Excel) or comment (WPS) on a cell. */
  note(row: number, column: number): string | undefined;
  setNote(row: number, column: number, text: string): void;
  noteCount(): number;
  addValidation(row: number, column: number): void;
  setProtected(on: boolean): void;
  /** Everything the sheet holds, for "nothing else changed" assertions. */
  snapshot(): unknown;
  /** Every cell holding a value or formula, with that value or formula. */
  userContent(): Record<string, Value>;
}

export interface HostSession {
  workbook: WorkbookPort;
  /** 'Sheet1', holding the fixture table (or the rows given to setup) at B2. */
  sheet: ContractSheet;
  select(address: string): void;
  addSheet(name: string): ContractSheet;
  sheetNamed(name: string): ContractSheet | null;
  /** Takes a sheet out of the workbook, as a user deleting it does. */
  removeSheet(sheet: ContractSheet): void;
  activate(sheet: ContractSheet): void;
  activeSheetName(): string;
  sheetNames(): string[];
  /** The marks record the workbook keeps (null: none). */
  storedMarks(): MarksRecord | null;
  /** Makes what the port read earlier old enough that a host which trusts a fresh read looks again. */
  ageRead(): void;
  uninstall(): void;
}

export interface SetupOptions {
  /** The table at B2 (default: the fixture table, test/office/fixtures.ts). */
  rows?: Value[][];
}

export interface Written {
  source: SourceData;
  report: CheckReport;
  summary: WriteSummary;
}

/** A contract case's name for the host-specific assertions a host adds to it. */
export type ExtraCase =
  | 'first-status-column'
  | 'fallback-neighbour'
  | 'foreign-note'
  | 're-run'
  | 'back-from-result-sheet'
  | 'clear-nothing-recorded';

/**
 * A host under the contract. `S` is the host's own session (its fake and port); `O` are the host's
 * setup switches (Excel: the ExcelApi version), drawn at random by the user-cells property.
 */
export interface HostDriver<S extends HostSession, O extends object = object> {
  host: string;
  setup(options?: SetupOptions & O): S;
  /** The host's switches the property draws from. */
  variants: fc.Arbitrary<O>;
  /** Puts a table object over `rect` where the host has one; the source kind that reads it. */
  addTable(s: S, rect: Rect): SourceKind;
  /** Assertions only this host makes, run at the end of the named contract case. */
  extras?: Partial<Record<ExtraCase, (s: S, written?: Written) => void>>;
}

export function check(source: SourceData): CheckReport {
  return checkTable(source.grid, { asOf: '2026-06-30' });
}

/** Reads, checks and marks as the ribbon's 一键核验 does. */
export async function checkAndMark(
  s: { workbook: WorkbookPort },
  mode: 'column' | 'sheet' = 'column',
  locale: 'zh-CN' | 'en-US' = 'zh-CN',
): Promise<Written> {
  const source = await s.workbook.readSource('auto');
  const report = check(source);
  const summary = await s.workbook.writeMarks(report, source, { mode, locale });
  return { source, report, summary };
}

/** The user's cells among `after`, compared with `before`: changed or removed ones are listed. */
export function changedUserCells(
  before: Record<string, Value>,
  after: Record<string, Value>,
): string[] {
  return Object.keys(before).filter((key) => after[key] !== before[key]);
}

/** Cells `from`..`to` of one column, top to bottom. */
export const column = (sheet: ContractSheet, col: number, from: number, to: number): Value[] =>
  Array.from({ length: to - from + 1 }, (_, i) => sheet.value(from + i, col));

/** The status column's labels after the first check of the fixture table, header first. */
export const FIXTURE_LABELS: Value[] = [
  '核验状态',
  '达序时',
  '严重滞后',
  '滞后',
  '已完成',
  '数据错误',
];

/** How a host's fake sheet keeps what its grid does not: fills' form, notes, validation, protection. */
export interface SheetParts<F> {
  toHex(fill: F): string;
  fromHex(hex: string): F;
  /** The sheet's notes (Excel) or comments (WPS), keyed 'row,column'. */
  notes: Map<string, string>;
  addValidation(key: string): void;
  setProtected(on: boolean): void;
}

/** A fake sheet seen as the contract sees it. */
export function sheetView<F>(
  sheet: FakeGrid<F> & { readonly name: string; snapshot(): unknown },
  parts: SheetParts<F>,
): ContractSheet {
  return {
    get name() {
      return sheet.name;
    },
    value: (row, column) => sheet.value(row, column),
    formula: (row, column) => sheet.cell(row, column)?.formula,
    fill: (row, column) => {
      const fill = sheet.fill(row, column);
      return fill === undefined ? undefined : parts.toHex(fill);
    },
    setFill: (row, column, hex) => sheet.update(row, column, { fill: parts.fromHex(hex) }),
    put: (address, rows) => void sheet.put(address, rows),
    note: (row, column) => parts.notes.get(cellKey(row, column)),
    setNote: (row, column, text) => void parts.notes.set(cellKey(row, column), text),
    noteCount: () => parts.notes.size,
    addValidation: (row, column) => parts.addValidation(cellKey(row, column)),
    setProtected: (on) => parts.setProtected(on),
    snapshot: () => sheet.snapshot(),
    userContent: () => userContent(sheet),
  };
}

/** What every fake book offers alike (FakeWorkbook for Excel, FakeBook for WPS). */
export interface FakeBookLike<T> {
  readonly sheets: T[];
  select(address: string): void;
  addSheet(name: string): T;
  sheet(name: string): T | null;
}

/** The sheet-handling part of a session, each fake sheet seen through one view. */
export function bookSession<T extends { readonly name: string }>(
  book: FakeBookLike<T>,
  see: (sheet: T) => ContractSheet,
  activate: (sheet: T) => void,
): Pick<
  HostSession,
  'select' | 'addSheet' | 'sheetNamed' | 'removeSheet' | 'activate' | 'sheetNames'
> & { view: (sheet: T) => ContractSheet } {
  const views = new Map<T, ContractSheet>();
  const view = (sheet: T): ContractSheet => {
    if (!views.has(sheet)) views.set(sheet, see(sheet));
    return views.get(sheet) as ContractSheet;
  };
  const fakeOf = (wanted: ContractSheet): T => {
    const found = [...views].find(([, v]) => v === wanted)?.[0];
    if (!found) throw new Error(`no sheet ${wanted.name}`);
    return found;
  };
  return {
    view,
    select: (address) => book.select(address),
    addSheet: (name) => view(book.addSheet(name)),
    sheetNamed: (name) => {
      const sheet = book.sheet(name);
      return sheet ? view(sheet) : null;
    },
    removeSheet: (sheet) => void book.sheets.splice(book.sheets.indexOf(fakeOf(sheet)), 1),
    activate: (sheet) => activate(fakeOf(sheet)),
    sheetNames: () => book.sheets.map((x) => x.name),
  };
}

/** What a contract case gets: `open` sets the host up (closed after the case), `extra` runs the host's additions. */
export interface OnHost<S extends HostSession, O extends object> {
  open(options?: SetupOptions & O): S;
  extra(name: ExtraCase, written?: Written): void;
}

/** A describe block of contract cases run on one host. */
export function describeOnHost<S extends HostSession, O extends object>(
  host: HostDriver<S, O>,
  title: string,
  cases: (on: OnHost<S, O>) => void,
): void {
  describe(`${host.host} under the host contract: ${title}`, () => {
    let s: S | null = null;
    afterEach(() => {
      s?.uninstall();
      s = null;
    });
    cases({
      open: (options) => (s = host.setup(options)),
      extra: (name, written) => {
        if (!s) throw new Error(`extra '${name}' outside a case`);
        host.extras?.[name]?.(s, written);
      },
    });
  });
}
