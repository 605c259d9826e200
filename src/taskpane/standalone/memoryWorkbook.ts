// The WorkbookPort of standalone mode: a loaded table held in memory, settings kept for the page.
// Selecting cells highlights them in the preview instead of Excel.
import { DEFAULT_SETTINGS, HostError } from '../../core';
import type {
  CellGrid,
  CheckReport,
  Settings,
  SettingsReadResult,
  SourceData,
  SourceKind,
  WorkbookPort,
  WriteSummary,
} from '../../core';

export interface LoadedTable {
  /** The values the core checks; number formats (xlsx) show in the preview as Excel shows them. */
  grid: CellGrid;
  sheetName: string;
  /** The workbook's file name, when the table is a sheet of one (not for a CSV or the sample). */
  fileName?: string;
}

export type SelectListener = (sheetName: string, addresses: string[]) => void;

export class MemoryWorkbook implements WorkbookPort {
  private table: LoadedTable | null = null;
  private settings: Settings = DEFAULT_SETTINGS;
  private listener: SelectListener = () => {};

  load(table: LoadedTable): void {
    this.table = table;
  }

  onSelect(listener: SelectListener): void {
    this.listener = listener;
  }

  async readSource(_kind: SourceKind): Promise<SourceData> {
    if (!this.table) throw new HostError('no-data');
    return { grid: this.table.grid, sheetName: this.table.sheetName, kind: 'sheet' };
  }

  async writeMarks(
    _report: CheckReport,
    _source: SourceData,
    options: { mode: Settings['outputMode'] },
  ): Promise<WriteSummary> {
    return { mode: options.mode, fellBackToSheet: false, cellsMarked: 0, notes: 0 };
  }

  async clearMarks(): Promise<void> {}

  async selectCells(sheetName: string, addresses: string[]): Promise<void> {
    this.listener(sheetName, addresses);
  }

  async loadSettings(): Promise<SettingsReadResult> {
    return { settings: this.settings, invalid: [] };
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  /** No ribbon outside Office, so never a pending notice. */
  async takeLastNotice(): Promise<null> {
    return null;
  }
}
