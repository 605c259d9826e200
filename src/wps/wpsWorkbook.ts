// WorkbookPort for WPS 表格: the one use case, marking rule and marks record of the core, over the
// ET object model. Every call answers at once (no batches); failures become HostErrors.
import { markPlan, planWrite, writeSummary } from '../core';
import type {
  CheckReport,
  Outcome,
  Settings,
  SettingsReadResult,
  SourceData,
  SourceKind,
  WorkbookPort,
  WriteOptions,
  WriteSummary,
} from '../core';
import { guarded } from './errors';
import { requireApplication } from './host';
import { applyWrite } from './io/applyWrite';
import { clearMarks } from './io/clearMarks';
import { lookBeforeWrite } from './io/look';
import { readSource, sourceRect } from './io/read';
import { selectCells } from './io/selectCells';
import { activeWorkbook, requireSheet, withoutRedraw } from './io/sheets';
import { loadSettings, saveSettings } from './store/settingsPart';
import { takeLastNotice } from './store/notice';
import type { EtApplication } from './types';

export class WpsWorkbook implements WorkbookPort {
  /** `app` is looked up on each call, so a page opened outside WPS fails with 'no-host'. */
  constructor(private readonly app: () => EtApplication = () => requireApplication()) {}

  private run<T>(step: (app: EtApplication) => T): Promise<T> {
    return Promise.resolve().then(() => guarded(() => step(this.app())));
  }

  readSource(kind: SourceKind): Promise<SourceData> {
    return this.run((app) => readSource(app, kind));
  }

  writeMarks(
    report: CheckReport,
    source: SourceData,
    options: WriteOptions,
  ): Promise<WriteSummary> {
    return this.run((app) => {
      const workbook = activeWorkbook(app);
      const marks = markPlan(report, options.locale);
      const rect = sourceRect(source);
      const inspection = lookBeforeWrite(
        workbook,
        source.sheetName,
        rect,
        marks,
        report.header?.row ?? null,
      );
      const plan = planWrite({
        report,
        marks,
        inspection,
        mode: options.mode,
        locale: options.locale,
        notesSupported: true, // comments
        sheetsByName: true,
      });
      const sheet = requireSheet(workbook, source.sheetName);
      withoutRedraw(app, () => applyWrite(app, workbook, sheet, plan));
      return writeSummary(plan, options.mode);
    });
  }

  clearMarks(): Promise<void> {
    return this.run((app) => withoutRedraw(app, () => clearMarks(app)));
  }

  selectCells(sheetName: string, addresses: string[]): Promise<void> {
    return this.run((app) => selectCells(app, sheetName, addresses));
  }

  loadSettings(): Promise<SettingsReadResult> {
    return this.run((app) => loadSettings(activeWorkbook(app)));
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.run((app) => saveSettings(activeWorkbook(app), settings));
  }

  takeLastNotice(): Promise<Outcome | null> {
    return this.run((app) => takeLastNotice(app.PluginStorage));
  }
}
