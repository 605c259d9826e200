// en-US wording of host operations: errors, where the results went, ribbon notices.
import type { HostName, HostWording } from './hostWording';

const product = (host: HostName): string => (host === 'wps' ? 'WPS Spreadsheets' : 'Excel');
const suite = (host: HostName): string => (host === 'wps' ? 'WPS Office' : 'Office');

export const HOST_EN: HostWording = {
  error: {
    'no-host': () =>
      'Not running inside Excel or WPS Spreadsheets, so the workbook cannot be read or written.',
    'unsupported-api': (host) =>
      `This version of ${product(host)} does not support this feature. Update ${suite(host)} and try again.`,
    'payload-too-large': (host) =>
      `The range is too large for ${product(host)} to transfer. Select a smaller range and try again.`,
    'sheet-protected': () =>
      'The sheet or workbook is protected (or open read-only), so nothing can be written. Unprotect it and try again.',
    'edit-mode': (host) =>
      `${product(host)} is editing a cell. Press Enter or Esc to finish editing, then try again.`,
    'no-data': () => 'No data to check. Select the indicator table or put the cursor inside it.',
    'no-table': () =>
      'The cursor is not inside an Excel table (Insert > Table). Move it into a table, or use the selection or the whole sheet.',
    'multi-area-selection': () =>
      'The selection has several separate areas. Select one continuous range.',
    'sheet-not-found': () =>
      'The sheet or cell could not be found; it may have been deleted or renamed.',
    'invalid-address': () => 'The cell address is not valid.',
    'invalid-settings': () => 'The settings are not valid and were not saved.',
    'settings-failed': () => 'The settings could not be read from or saved to the workbook.',
    'settings-too-large': (host) =>
      `The settings are larger than ${suite(host)} can keep (about 2 MB), so they were not saved. Shorten your narrative templates.`,
    'host-busy': (host) =>
      `${product(host)} cannot take that many operations right now (a time, memory or co-authoring limit), so the operation did not finish. Try again later or select a smaller range.`,
    'range-conflict': () =>
      'The cells to write conflict with merged cells, a filter, a PivotTable or a table, so the operation did not finish. Adjust them and try again, or choose “results on a new sheet” in the settings.',
    'unsupported-sheet': (host) =>
      `${product(host)} does not let add-ins work on this kind of sheet (a macro or dialog sheet). Use a normal worksheet.`,
    'out-of-time': (host) =>
      `The table is too large for a ribbon command to finish in the time ${suite(host)} allows, so nothing was marked. Open the Indicator Assistant pane and check there.`,
    'too-many-marks': () =>
      'There are too many marks for Indicator Assistant to record in the workbook, so they could not be cleared later; nothing was written. Choose “results on a new sheet” in the settings, or check part of the rows at a time.',
    'host-error': (host) =>
      `${product(host)} reported an error and the operation did not finish. Please try again.`,
  },
  fallback: {
    'neighbour-not-empty': 'The column right of the table is not empty',
    'no-header': 'No header row was found, so no status column could be added',
    'sheet-protected': 'The sheet is protected, so nothing was marked in the table',
    'cells-unreadable':
      'This version cannot read cell notes and data validation, so to leave your cells untouched',
  },
  fellBackTo: (sheet) => `; the results are on the sheet "${sheet}".`,
  fellBackHere: '; the results are on this sheet instead.',
  statusAt: (range, cells) => `Status written in ${range}; ${cells} cells marked.`,
  onSheet: (sheet) => `Results are on the sheet "${sheet}".`,
  withheld:
    'The way the table reads is unsure, so nothing was marked. Confirm the columns under “How the table was read” in the Indicator Assistant pane, then check again.',
  checkDone: 'Check finished',
  checkFailed: 'Check not finished',
  counts: (s) =>
    `${s.total} indicators: ${s.done} done, ${s.onTrack} on track, ${s.behind} behind, ${s.severelyBehind} severely behind, ${s.invalid} with data errors.`,
  issues: (n, notes) =>
    notes > 0
      ? `${n} issues found; see the notes in the status column.`
      : `${n} issues found; they are listed on the result sheet.`,
  badSettings: (names) => `Some settings could not be read and use defaults: ${names.join(', ')}.`,
  cleared: 'Marks cleared',
  clearedText: 'Removed the status column, fills, notes and result sheet the assistant wrote.',
  clearFailed: 'Clearing not finished',
};
