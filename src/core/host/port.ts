// The port every host implements (Excel, WPS 表格, the standalone memory workbook): read the
// table, write marks, clear them, select cells, keep settings with the workbook. Types only.
import type { CheckReport, CellGrid, Locale } from '../types';
import type { OutputMode, Settings, SettingsReadResult, SourceKind } from '../settings';

export interface SourceData {
  grid: CellGrid;
  sheetName: string;
  kind: 'selection' | 'table' | 'sheet';
  tableName?: string;
}

/** Why a status column that was asked for could not be written (the result sheet was used). */
export type FallbackReason =
  'neighbour-not-empty' | 'no-header' | 'sheet-protected' | 'cells-unreadable';

export interface WriteSummary {
  mode: OutputMode;
  /** True when a status column was asked for but could not be written (see fallbackReason). */
  fellBackToSheet: boolean;
  /** Status cells with a label plus cells filled. */
  cellsMarked: number;
  notes: number;
  fallbackReason?: FallbackReason;
  /** Where the status column was written, e.g. 'I3:I20' (no sheet prefix). */
  statusRange?: string;
  /** Name of the result sheet written, if one was. */
  resultSheet?: string;
  /** Nothing was written: the table's reading was unsure (see readingIsUnsure). */
  withheld?: true;
}

export type Tone = 'success' | 'warning' | 'error';

/** A message for the user: a title and its lines (a ribbon dialog, a pane banner). */
export interface Outcome {
  tone: Tone;
  title: string;
  lines: string[];
}

export interface WriteOptions {
  mode: OutputMode;
  locale: Locale;
}

export interface WorkbookPort {
  readSource(kind: SourceKind): Promise<SourceData>;
  writeMarks(report: CheckReport, source: SourceData, options: WriteOptions): Promise<WriteSummary>;
  clearMarks(): Promise<void>;
  selectCells(sheetName: string, addresses: string[]): Promise<void>;
  loadSettings(): Promise<SettingsReadResult>;
  saveSettings(settings: Settings): Promise<void>;
  /** The last ribbon-command outcome no dialog could show; removed once taken. */
  takeLastNotice(): Promise<Outcome | null>;
}
