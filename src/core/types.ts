// Shared data shapes of the core. Everything the shells exchange with the core is one of these.

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** A cell value as Excel (Office.js `values`, exceljs cached results, CSV text) gives it. */
export type CellValue = string | number | boolean | null | undefined;

/** A rectangular block of cells read from a sheet. */
export interface CellGrid {
  values: CellValue[][];
  /** Excel number formats, same shape as values (e.g. '0%', '0.00', 'General'). */
  numberFormat?: string[][];
  /** Displayed text, same shape as values. */
  text?: string[][];
  /** A1 address of the top-left cell, e.g. 'B3' (a sheet prefix such as 'Sheet1!B3' is allowed). */
  address: string;
}

export type Field =
  'name' | 'unit' | 'target' | 'actual' | 'lastYear' | 'parent' | 'category' | 'direction' | 'note';

/**
 * What a column of the table is used for: the roles of the reading (JSON, CLI and pane). `group`
 * holds the tier columns above the name (一级指标, 二级指标), outermost first.
 */
export const ROLES = [
  'name',
  'group',
  'unit',
  'target',
  'actual',
  'lastYear',
  'yoyGrowth',
  'parent',
  'category',
  'direction',
  'note',
] as const;
export type Role = (typeof ROLES)[number];

/** Column letters per role: one letter, or several for `group`. */
export type RoleColumns = Partial<Record<Role, string | string[]>>;

/** Why a reading is not sure enough to narrate. */
export type UnsureReason = 'two-columns' | 'category-names' | 'unparsed-rows';

/** What a table that is not an indicator table holds instead. */
export type NotIndicatorKind = 'places-as-rows' | 'periods-as-rows' | 'no-indicator-rows';

export type Category = 'rd' | 'patent' | 'enterprise' | 'project' | 'training' | 'other';
/** Stable narrative order. */
export const CATEGORY_ORDER: readonly Category[] = [
  'rd',
  'patent',
  'enterprise',
  'project',
  'training',
  'other',
];

export type Direction = 'higher' | 'lower';
export const STATUSES = [
  'done',
  'on-track',
  'behind',
  'severely-behind',
  'no-target',
  'invalid',
] as const;
export type Status = (typeof STATUSES)[number];
export type Severity = 'error' | 'warning';

/** The three figures of an indicator that are read as numbers. */
export type NumericField = 'actual' | 'target' | 'lastYear';

/** Why a written value is not a number. */
export type NotANumberKind =
  'placeholder' | 'excel-error' | 'text' | 'boolean' | 'non-finite' | 'date';

/**
 * The params of each issue code: structured details, rendered per locale by ../messages. Numbers
 * are in the row's unit; `text` is an excerpt of what the cell holds.
 */
export interface IssueParams {
  /** No header row among the first `rows` rows. */
  'no-header': { rows: number };
  'missing-column': { field: Field };
  /** `usedCell`: the header cell of the same field that is used. */
  'duplicate-column': { field: Field; usedCell: string };
  'not-a-number': { field: NumericField; text: string; kind: NotANumberKind };
  /** `value`: the figure counted, in `unit` ('' when the row has none). */
  'approximate-value': { field: NumericField; text: string; value: number; unit: string };
  /** `expected`: the row's unit ('' when none); `found`: the unit written in the cell. */
  'unit-mismatch': { field: NumericField; text: string; expected: string; found: string };
  /** From a 单位 cell: `unit` only; trailing a number in a number cell: also `field` and `text`. */
  'unknown-unit': { unit: string; field?: NumericField; text?: string };
  /** `firstCell`: the name cell of the first indicator with that name. */
  'duplicate-indicator': { name: string; firstCell: string };
  'non-positive-target': { value: number };
  'negative-value': { field: 'actual' | 'lastYear'; value: number };
  'zero-last-year': Record<string, never>;
  'missing-last-year': Record<string, never>;
  'missing-value': { field: 'actual' | 'name' };
  /**
   * `childCells`: the parts' cells joined by ','. A sum or difference past the largest double is
   * text ('2e+308').
   */
  'parts-sum-mismatch': {
    parentCell: string;
    childCells: string;
    sum: number | string;
    total: number;
    difference: number | string;
    unit: string;
  };
  /** `parent`: the parent name as written. */
  'unknown-parent': { parent: string };
  'unknown-direction': { text: string };
  /** `reports`: how many reports hold the indicator. */
  'not-additive': { unit: string; reports: number };
  /**
   * The reading is not sure: `role` could be any of `candidates` (column letters joined by ',', or
   * a few names), so nothing is narrated until the user says which.
   */
  'ambiguous-reading': { role: Role; reason: UnsureReason; candidates: string };
  /** Not an indicator table: what was found instead, with `example` labels. */
  'not-indicator-table': { found: NotIndicatorKind; example: string };
  /** A ready-made growth (%) that disagrees with actual vs last year by more than 0.1 point. */
  'growth-mismatch': { given: number; computed: number };
  /** A 其中 part larger than its total (`parentCell`). */
  'part-exceeds-total': { parentCell: string; part: number; total: number; unit: string };
}

export type IssueCode = keyof IssueParams;

interface IssueBase {
  severity: Severity;
  /** A1 address of the cell the issue is about (no sheet prefix). */
  cell: string;
  /** Sheet row number as Excel shows it. */
  row: number;
  indicator?: string;
}

/** An issue of one code; wording is rendered per locale from code + params. */
export type IssueOf<C extends IssueCode> = { code: C; params: IssueParams[C] } & IssueBase;

/** Any issue, discriminated on `code`: `issue.params` is typed once the code is known. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

export interface IndicatorCells {
  name: string;
  unit?: string;
  target?: string;
  actual?: string;
  lastYear?: string;
  parent?: string;
}

export interface Indicator {
  name: string;
  /** Sheet row number as Excel shows it. */
  row: number;
  /** The table's groups above the name (tiers, section rows), outermost first; [] when none. */
  group: string[];
  /** Unit of the numbers below (the column's or row's unit after conversion), e.g. '亿元', '件', '%'. */
  unit: string | null;
  category: Category;
  parent: string | null;
  direction: Direction;
  target: number | null;
  actual: number | null;
  lastYear: number | null;
  /** actual / target as a fraction; null when it cannot be computed. */
  completionRate: number | null;
  /** (actual − lastYear) / lastYear as a fraction. */
  yoyGrowth: number | null;
  /** For '%' units: actual − lastYear in percentage points. */
  yoyChangePoints: number | null;
  status: Status;
  /** True when any of the numbers was written approximately (约3万, 3万多). */
  approximate: boolean;
  cells: IndicatorCells;
  note?: string;
  /** Sheet row of the parent, when the table places it (a 其中 row under its total). */
  parentRow?: number;
  /** A part of a 其中 list: a subset of its total, which it must not exceed but need not add up to. */
  subsetPart?: boolean;
}

export interface Summary {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
  severelyBehind: number;
  noTarget: number;
  invalid: number;
}

export interface CheckOptions {
  /** ISO date YYYY-MM-DD; decides the expected progress by month. */
  asOf?: string;
  /** Overrides the expected progress (0..1). */
  expectedProgress?: number;
  /** How far below the expected progress counts as severely behind (default 0.2). */
  severeGap?: number;
  locale?: Locale;
  /** The user's reading: column letters per role, overriding what was detected. */
  columns?: RoleColumns;
  /** The header row (sheet row, 1-based), overriding the one detected. */
  headerRow?: number;
}

/** How the table was read: where its header is and which column holds each role. */
export interface TableReading {
  /** The table's own title row, when it has one. */
  title: string | null;
  /** Sheet row of the (first) header row. */
  headerRow: number;
  /** Every header row, e.g. a group row over a sub-header. */
  headerRows: number[];
  columns: RoleColumns;
  /** 0..1, informative. */
  confidence: number;
  /** Other blocks with figures on the sheet (e.g. the funds block of a 绩效自评表), as A1 ranges. */
  otherBlocks: string[];
}

export interface CheckReport {
  asOf: string | null;
  expectedProgress: number;
  severeGap: number;
  summary: Summary;
  indicators: Indicator[];
  issues: Issue[];
  /** Where the header was found and which column holds each field (column letters). */
  header: { row: number; columns: Partial<Record<Field, string>> } | null;
  /** A1 range of the input, e.g. 'B3:H20'. */
  range: string;
  /** How the table was read (null when no header was found). */
  table?: TableReading | null;
}

/** A piece of narrative text; a value keeps the cells it came from. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; cells: string[]; indicator?: string };

export type ParagraphKind = 'title' | 'heading1' | 'heading2' | 'body';

export interface Paragraph {
  kind: ParagraphKind;
  segments: Segment[];
}

export interface Narrative {
  locale: Locale;
  paragraphs: Paragraph[];
  /** True when the reading was unsure: no text is written from a guess. */
  withheld?: boolean;
}

/** Template overrides keyed by template id; values are ICU MessageFormat strings. */
export type TemplateSet = Record<string, string>;
