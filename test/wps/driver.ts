// The WPS adapter under the host contract (test/host/contract): the fake WPS 表格 (./fake) seen
// through the contract's host-neutral view. WPS keeps fills as BGR integers; the view reads and
// writes them as '#RRGGBB'.
import fc from 'fast-check';
import { bookSession, sheetView } from '../host/contract/driver';
import type { HostDriver, HostSession } from '../host/contract/driver';
import type { FakeEtSheet } from './fake/model';
import { bgr, hex, setup, storedMarks } from './fixtures';
import type { Setup } from './fixtures';

export interface WpsSession extends HostSession {
  wps: Setup;
}

const see = (sheet: FakeEtSheet) =>
  sheetView(sheet, {
    toHex: hex,
    fromHex: bgr,
    notes: sheet.comments,
    addValidation: (key) => void sheet.validations.add(key),
    setProtected: (on) => {
      sheet.protectContents = on;
    },
  });

export const wpsDriver: HostDriver<WpsSession> = {
  host: 'WPS',
  setup(options = {}) {
    const wps = setup(options);
    const { book } = wps;
    const { view, ...sheets } = bookSession(book, see, (sheet) => {
      book.activeSheet = sheet;
    });
    return {
      ...sheets,
      wps,
      workbook: wps.workbook,
      sheet: view(wps.sheet),
      activeSheetName: () => book.activeSheet?.name ?? '',
      storedMarks: () => storedMarks(book),
      // The WPS port looks at the cells again before every write, however fresh its read.
      ageRead: () => undefined,
      uninstall: () => wps.uninstall(),
    };
  },
  variants: fc.constant({}),
  // No ListObject is added: 'table' is read as the WPS port reads it where there is none (as the
  // WPS property always did).
  addTable: () => 'table',
};
