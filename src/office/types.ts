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

export interface WriteSummary {
  mode: OutputMode;
  /** True when a status column was asked for but the neighbouring column held user data. */
  fellBackToSheet: boolean;
  cellsMarked: number;
  notes: number;
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
}
