// The port the task pane and ribbon commands talk to. src/office implements it for Excel;
// the pane implements it in memory for standalone mode.
import type { CellGrid, CheckReport, Locale } from '../core';
import type { OutputMode, Settings, SettingsReadResult, SourceKind } from '../core/settings';

export interface SourceData {
  grid: CellGrid;
  sheetName: string;
  kind: 'selection' | 'table' | 'sheet';
  tableName?: string;
}

/** Why a status column that was asked for could not be written (the result sheet was used). */
export type FallbackReason = 'neighbour-not-empty' | 'no-header' | 'sheet-protected';

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
}

/** What a ribbon command reported when no dialog could show it (for the pane to show). */
export interface PendingNotice {
  tone: 'success' | 'warning' | 'error';
  title: string;
  lines: string[];
}

export interface WorkbookPort {
  readSource(kind: SourceKind): Promise<SourceData>;
  writeMarks(
    report: CheckReport,
    source: SourceData,
    options: { mode: OutputMode; locale: Locale },
  ): Promise<WriteSummary>;
  clearMarks(): Promise<void>;
  selectCells(sheetName: string, addresses: string[]): Promise<void>;
  loadSettings(): Promise<SettingsReadResult>;
  saveSettings(settings: Settings): Promise<void>;
  /** The last ribbon-command notice no dialog could show; removed once taken. */
  takeLastNotice(): Promise<PendingNotice | null>;
}
