// What the shells (pane, ribbon commands) use from the Excel adapter.
export { ExcelWorkbook } from './excelWorkbook';
export type { ExcelWorkbookOptions } from './excelWorkbook';
export { OfficeAdapterError, toAdapterError } from './errors';
export type { OfficeErrorCode } from './errors';
export { RoundTripCounter } from './roundTrips';
export type { RoundTripKind } from './roundTrips';
export { showDialog } from './dialog';
export type { DialogEnd, DialogOptions } from './dialog';
export { displayLocale } from './displayLocale';
export { detectCapabilities, MINIMUM_EXCEL_API } from './capabilities';
export type { Capabilities } from './capabilities';
export { detectHost, HOST_TIMEOUT_MS, onLateExcel } from './host';
export type { HostInfo } from './host';
export { RESULT_SHEET_NAME, STATUS_HEADER } from './labels';
export type * from './types';
