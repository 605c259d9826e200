// The Excel adapter under the host contract (test/host/contract): the fake Excel (./fake) seen
// through the contract's host-neutral view. Fills are the '#RRGGBB' strings Excel gives, unchanged.
import fc from 'fast-check';
import type { CheckReport, SourceData, WorkbookPort, WriteOptions } from '../../src/core';
import { bookSession, sheetView } from '../host/contract/driver';
import type { HostDriver, HostSession } from '../host/contract/driver';
import { FakeTable } from './fake/model';
import type { FakeSheet } from './fake/model';
import { setup, storedMarks } from './fixtures';
import type { Setup } from './fixtures';

export interface ExcelSession extends HostSession {
  excel: Setup;
  /** Syncs the last writeMarks took. */
  writeSyncs: number;
}

export interface ExcelOptions {
  /** Highest ExcelApi minor version the fake host supports (default 18). */
  excelApi?: number;
}

const see = (sheet: FakeSheet) =>
  sheetView(sheet, {
    toHex: (fill) => fill,
    fromHex: (hex) => hex,
    notes: sheet.notes,
    addValidation: (key) => void sheet.validations.set(key, 'List'),
    setProtected: (on) => {
      sheet.protected = on;
    },
  });

export const excelDriver: HostDriver<ExcelSession, ExcelOptions> = {
  host: 'Excel',
  setup(options = {}) {
    let clock = 1_000_000;
    const excel = setup({ ...options, now: () => clock });
    const { model } = excel.office;
    const { view, ...sheets } = bookSession(model, see, (sheet) => {
      model.activeSheetId = sheet.id;
    });
    const port = excel.workbook;
    const session: ExcelSession = {
      ...sheets,
      excel,
      writeSyncs: 0,
      // The port, counting the syncs each writeMarks takes.
      workbook: {
        readSource: (kind) => port.readSource(kind),
        async writeMarks(report: CheckReport, source: SourceData, options: WriteOptions) {
          const before = excel.counter.syncs;
          try {
            return await port.writeMarks(report, source, options);
          } finally {
            session.writeSyncs = excel.counter.syncs - before;
          }
        },
        clearMarks: () => port.clearMarks(),
        selectCells: (sheetName, addresses) => port.selectCells(sheetName, addresses),
        loadSettings: () => port.loadSettings(),
        saveSettings: (settings) => port.saveSettings(settings),
        takeLastNotice: () => port.takeLastNotice(),
      } satisfies WorkbookPort,
      sheet: view(excel.sheet),
      activeSheetName: () => model.activeSheet.name,
      storedMarks: () => storedMarks(excel.office),
      // ExcelWorkbook trusts a read for a while; a minute later it looks again.
      ageRead: () => {
        clock += 60_000;
      },
      uninstall: () => excel.office.uninstall(),
    };
    return session;
  },
  variants: fc.integer({ min: 7, max: 18 }).map((excelApi) => ({ excelApi })),
  addTable(s, rect) {
    s.excel.sheet.tables.push(new FakeTable('T', rect));
    return 'auto';
  },
};
