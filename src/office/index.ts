// What the shells (pane, ribbon commands) use from the Excel adapter.
export { ExcelWorkbook } from './excel/excelWorkbook';
export type { ExcelWorkbookOptions } from './excel/excelWorkbook';
export { toHostError } from './excel/errors';
export { RoundTripCounter } from './excel/roundTrips';
export type { RoundTripKind } from './excel/roundTrips';
export { showDialog } from './host/dialog';
export type { DialogEnd, DialogOptions } from './host/dialog';
export { displayLocale } from './host/displayLocale';
export { officeJsLoaded } from './host/officeJsLoad';
export type { Capabilities } from './host/capabilities';
export { saveLastNotice } from './store/documentSettings';
