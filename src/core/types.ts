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
  'targetOp',
  'maxScore',
  'tableScore',
  'deviationReason',
] as const;
export type Role = (typeof ROLES)[number];

/** Columns of a 绩效自评表 beside the figures: 指标性质 (≥ ≤ =), 分值, 得分, 偏差原因分析. */
export const SCORE_ROLES = ['targetOp', 'maxScore', 'tableScore', 'deviationReason'] as const;
export type ScoreRole = (typeof SCORE_ROLES)[number];

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
/** How a target is stated: ≥ / ≤ / = / > / <, written as a sign, a word (不低于, 以内) or a column. */
export type TargetOp = '>=' | '<=' | '=' | '>' | '<';
export const TARGET_OPS: readonly TargetOp[] = ['>=', '<=', '=', '>', '<'];
/** A target stated in words, judged from the words of the actual (达成预期指标, 部分达成, 未达成). */
export type Assessment = 'met' | 'partly-met' | 'not-met' | 'unknown';
/** Where an indicator's direction came from: its target's operator, a 方向 cell, the user, or none. */
export type DirectionSource = 'operator' | 'column' | 'user' | 'default';
/**
 * `qualitative`: judged from words, not figures (a target in words such as 效果明显, or a worded
 * actual such as 完成 against a figure); its `assessment` says how it went.
 */
export const STATUSES = [
  'done',
  'on-track',
  'behind',
  'severely-behind',
  'no-target',
  'invalid',
  'qualitative',
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
  /** The words of the actual say nothing we can judge a target in words by. */
  'unknown-assessment': { text: string; target: string };
  /** A target in figures met by words (完成): judged from the words; the figure is missing. */
  'worded-actual': { text: string; target: string; assessment: Assessment };
  /** The actual repeats an operator (≥266米): counted as the figure. */
  'operator-in-actual': { text: string; value: number };
  /** The name suggests lower is better (`word`), but nothing in the table says so. */
  'confirm-direction': { word: string };
  /** The table's 得分 differs from the score the rule gives (by more than 0.01). */
  'score-mismatch': { given: number; computed: number; maxScore: number };
  /** The table's 得分 of a target in words lies outside the band of its assessment. */
  'score-out-of-band': { given: number; min: number; max: number; assessment: Assessment };
  /** Points were lost (`lost`) and the 偏差原因分析 cell is empty. */
  'missing-deviation-reason': { lost: number };
  /** A total row (总分, 合计) disagrees with the sum of its parts. */
  'score-total-mismatch': { what: 'maxScore' | 'tableScore'; given: number; sum: number };
  /** The table's own grade (自评等级) is not the grade its score earns. */
  'grade-mismatch': { given: Grade; computed: Grade; score: number };
  /** The funds block's 执行率 disagrees with 执行数 / 预算数 (both in %). */
  'rate-mismatch': { given: number; computed: number };
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
  targetOp?: string;
  maxScore?: string;
  tableScore?: string;
  deviationReason?: string;
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
  /** How the target is stated (≥ ≤ = > <); null for a bare figure or a target in words. */
  targetOp?: TargetOp | null;
  /** The target as written (with a 指标性质 column: its cell, the 指标值 and the 度量单位 joined). */
  targetText?: string;
  /** The actual cell as written. */
  actualText?: string;
  /** Where `direction` came from. */
  directionSource?: DirectionSource;
  /** The target is stated in words (效果明显, 11月底前), not as a figure. */
  qualitative?: boolean;
  /** For targets judged in words: what the actual's words say. */
  assessment?: Assessment;
  /** 分值: the points the indicator is worth (绩效自评表). */
  maxScore?: number | null;
  /** The score by the rule of 财预〔2020〕10号 (自评表 only). */
  score?: number | null;
  /** 得分: the score the table gives. */
  tableScore?: number | null;
  /** 偏差原因分析及改进措施 as written. */
  deviationReason?: string;
}

export interface Summary {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
  severelyBehind: number;
  noTarget: number;
  invalid: number;
  /** Judged from words (targets in words, worded actuals). */
  qualitative: number;
}

/** auto: a 绩效自评表 when the header has 分值 and 得分; selfeval / progress: the user's choice. */
export type CheckMode = 'auto' | 'selfeval' | 'progress';

export interface CheckOptions {
  /**
   * ISO date YYYY-MM-DD; decides the expected progress by month. Absent: the end of the period
   * the table's title names (2026年上半年 → 2026-06-30), else the end of the month before `today`.
   */
  asOf?: string;
  /** The day of the check (ISO date): gives the default as-of date and a year to a title without one. */
  today?: string;
  /** Overrides the expected progress (0..1). */
  expectedProgress?: number;
  /** How far below the expected progress counts as severely behind (default 0.2). */
  severeGap?: number;
  locale?: Locale;
  /** The user's reading: column letters per role, overriding what was detected. */
  columns?: RoleColumns;
  /** The header row (sheet row, 1-based), overriding the one detected. */
  headerRow?: number;
  /** Names of indicators the user says are better lower (逆向), when the table does not say. */
  lower?: string[];
  /** Names the user confirmed as better higher where the name suggested lower (no more asking). */
  higher?: string[];
  /** Read the table as a 绩效自评表 (scores), as a progress table, or decide from its header. */
  mode?: CheckMode;
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

/**
 * Where the as-of date came from: given (CLI --as-of, the pane's date), the period the table's title
 * names, or the default (the end of the last finished month; null without a date to count from).
 */
export type AsOfSource = 'option' | 'title' | 'default';

/** The period a table's title names, as it set the as-of date. */
export interface TitlePeriod {
  /** The title as read. */
  title: string;
  /** The words that name the period, with the year written before them: '2026年上半年', '1-9月'. */
  text: string;
  year: number;
  /** False: the title names no year, and the year of the default as-of date is used. */
  yearInTitle: boolean;
}

export interface CheckReport {
  asOf: string | null;
  /** Where `asOf` came from (absent in reports made before it was recorded). */
  asOfSource?: AsOfSource;
  /** With asOfSource 'title': the period the title names. */
  asOfPeriod?: TitlePeriod | null;
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
  /** The 绩效自评表's scores; null when the table is not a 自评表. */
  evaluation?: Evaluation | null;
}

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60 (lower bounds inclusive). */
export type Grade = 'excellent' | 'good' | 'fair' | 'poor';

/** The funds block of a 自评表 (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分). */
export interface BudgetEvaluation {
  /** 全年预算数 (or 调整后预算数). */
  planned: number | null;
  /** 全年执行数. */
  spent: number | null;
  /** spent / planned as a fraction; null when it cannot be computed. */
  rate: number | null;
  /** The 执行率 the table writes, as a fraction. */
  tableRate: number | null;
  maxScore: number | null;
  /** rate × 分值, at most 分值. */
  score: number | null;
  tableScore: number | null;
  /** The unit of the amounts, from the block's labels (项目资金（万元）); null when not written. */
  unit: string | null;
  cells: {
    planned?: string;
    spent?: string;
    rate?: string;
    maxScore?: string;
    tableScore?: string;
  };
}

/** A closing text of a 自评表 (评价结论, 存在问题, 改进措施), quoted as written. */
export interface EvaluationRemark {
  label: string;
  text: string;
  cell: string;
}

export interface Evaluation {
  /** The full mark: the total row's 分值 when written, else 100. */
  maxScore: number;
  /**
   * Indicators' scores (the table's own where the rule leaves it to the table) plus the budget's;
   * null when the 分值 read do not add up to the full mark (a cut-off or inconsistent table).
   */
  score: number | null;
  /** The total row's 得分, or null. */
  tableScore: number | null;
  /** Grade of `score`, else of the table's own total. */
  grade: Grade | null;
  /** The grade the table gives itself (自评等级, or a grade word in the total row), or null. */
  tableGrade?: Grade | null;
  budget: BudgetEvaluation | null;
  cells: { maxScore?: string; tableScore?: string; grade?: string };
  remarks: EvaluationRemark[];
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

/** Columns of the appendix table, in the order they may appear. */
export type AppendixColumn =
  | 'number'
  | 'name'
  | 'unit'
  | 'target'
  | 'actual'
  | 'completion'
  | 'expected'
  | 'yoy'
  | 'status'
  | 'score'
  | 'maxScore';

/** A heading row (the table's group) or one indicator: one segment per column, figures citing cells. */
export type AppendixRow =
  { kind: 'group'; label: string } | { kind: 'indicator'; row: number; cells: Segment[] };

/** 指标完成情况表: every indicator of the table, the full list the prose only samples. */
export interface Appendix {
  /** 附表 / Appendix: the label above the title. */
  label: string;
  title: string;
  columns: { key: AppendixColumn; label: string }[];
  rows: AppendixRow[];
}

export interface Narrative {
  locale: Locale;
  paragraphs: Paragraph[];
  /** Every indicator as a table (absent when withheld, or when the table has no indicator). */
  appendix?: Appendix;
  /** True when the reading was unsure: no text is written from a guess. */
  withheld?: boolean;
}

/** Template overrides keyed by template id; values are ICU MessageFormat strings. */
export type TemplateSet = Record<string, string>;
