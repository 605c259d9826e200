// The part of the WPS 表格 (ET) JavaScript API the add-in uses, written from Kingsoft's own
// declarations (npm et-jsapi-declare 2.5.0: index.d.ts, lib.et.d.ts, lib.kso.d.ts) and the wpsjs
// 2.2.3 templates. As in those: parameterised properties are methods (Comment.Text()), collections
// are reached through Item() and count from 1, enums are plain numbers. Nothing else is assumed.

export type EtScalar = string | number | boolean | null | undefined;
/** Value2 / Formula: a scalar for one cell, rows of cells for more (docs/research/wps-addin.md §3). */
export type EtValues = EtScalar | EtScalar[][];

export interface EtInterior {
  /** BGR integer (red is 255), as in Excel VBA. */
  Color: number;
  /** -4142 (xlColorIndexNone) when the cell has no fill. */
  ColorIndex: number;
}

export interface EtComment {
  /** Reads (no argument) or replaces the text. */
  Text(text?: string): string;
  Delete(): void;
}

/** A comment in a sheet's Comments collection, with the cell it is on. */
export interface EtSheetComment extends EtComment {
  readonly Parent: EtRange;
}

export interface EtAreas {
  readonly Count: number;
  Item(index: number): EtRange;
}

export interface EtRange {
  /** 1-based first row and column. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  readonly Areas: EtAreas;
  readonly CurrentRegion: EtRange;
  readonly Interior: EtInterior;
  readonly Font: { Bold: boolean | null };
  /** The cell's comment (Excel's note), or null. */
  readonly Comment: EtComment | null;
  Value2: EtValues;
  Formula: EtValues;
  /** The common number format, or null when the cells differ (Excel VBA semantics). */
  NumberFormat: string | null;
  /** 1-based, within the range: Cells.Item(1, 1) is its top-left cell. */
  Item(row: number, column?: number): EtRange;
  /** The cells of a kind (-4174: with a validation rule); throws when there are none (VBA). */
  SpecialCells(type: number): EtRange;
  /** Reading Type throws when the cell has no validation rule (VBA). */
  readonly Validation: { readonly Type: number };
  AddComment(text?: string): EtComment;
  ClearContents(): unknown;
  Clear(): unknown;
  AutoFit(): unknown;
  Select(): unknown;
}

export interface EtListObject {
  readonly Name: string;
  readonly ListColumns: { Item(name: string): { Delete(): void } };
}

export interface EtWorksheet {
  Name: string;
  readonly Cells: EtRange;
  readonly UsedRange: EtRange;
  readonly ProtectContents: boolean;
  readonly Comments: { readonly Count: number; Item(index: number): EtSheetComment };
  readonly ListObjects: { readonly Count: number; Item(index: number | string): EtListObject };
  /** A1 address on this sheet ('B3:F8', 'B3,D5'). */
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** Adds a worksheet (before `before`, or after `after`); the new sheet becomes active. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtXmlPart {
  readonly Id: string;
  readonly NamespaceURI: string;
  readonly XML: string;
  Delete(): void;
}

export interface EtXmlParts {
  readonly Count: number;
  Item(index: number): EtXmlPart;
  Add(xml?: string): EtXmlPart;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly ProtectStructure: boolean;
  readonly CustomXMLParts: EtXmlParts;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  /** 2 = msoCTPDockPositionRight. */
  DockPosition: number;
}

/** One store per add-in, shared by its pages, kept in memory only (gone when WPS exits). */
export interface EtPluginStorage {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null | undefined;
  removeItem(key: string): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveCell: EtRange | null;
  /** A Range when cells are selected; a shape or chart otherwise. */
  readonly Selection: unknown;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly PluginStorage: EtPluginStorage;
  readonly LanguageSettings?: { LanguageID(which: number): number };
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane | null;
}

/** What a ribbon callback receives: the control's id (capital I, as in the templates). */
export interface RibbonControl {
  readonly Id: string;
}

/** `window` in a WPS add-in page: the host injects `Application` and its older name `wps`. */
export interface WpsWindow {
  Application?: EtApplication;
  wps?: EtApplication;
}
