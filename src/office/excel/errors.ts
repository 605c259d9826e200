// Office failures as the core's HostError; the wording lives with the core's host messages.
// Codes: learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes
// (Excel JavaScript API error codes).
import { HostError } from '../../core';
import type { HostErrorCode } from '../../core';

const BY_OFFICE_CODE: Record<string, HostErrorCode> = {
  InvalidOperationInCellEditMode: 'edit-mode',
  AccessDenied: 'sheet-protected',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  RangeExceedsLimit: 'payload-too-large',
  OperationCellsExceedLimit: 'payload-too-large',
  ActivityLimitReached: 'host-busy',
  MemoryLimitReached: 'host-busy',
  TimeoutReached: 'host-busy',
  ServiceNotAvailable: 'host-busy',
  Conflict: 'host-busy',
  MergedRangeConflict: 'range-conflict',
  InsertDeleteConflict: 'range-conflict',
  FilteredRangeConflict: 'range-conflict',
  PivotTableRangeConflict: 'range-conflict',
  UnsupportedSheet: 'unsupported-sheet',
  ApiNotFound: 'unsupported-api',
  ApiNotAvailable: 'unsupported-api',
  NotImplemented: 'unsupported-api',
  ItemNotFound: 'sheet-not-found',
  InvalidReference: 'invalid-address',
  InvalidSelection: 'multi-area-selection',
};

/** The `code` of an OfficeExtension.Error (duck-typed: office.js may be absent). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Wraps any failure from Office.js; HostErrors pass through unchanged. */
export function toHostError(
  error: unknown,
  overrides: Partial<Record<string, HostErrorCode>> = {},
): HostError {
  if (error instanceof HostError) return error;
  const officeCode = officeErrorCode(error);
  if (officeCode === null) {
    const missing = error instanceof ReferenceError || typeof Excel === 'undefined';
    return new HostError(missing ? 'no-host' : 'host-error', { cause: error });
  }
  const code = overrides[officeCode] ?? BY_OFFICE_CODE[officeCode] ?? 'host-error';
  return new HostError(code, { cause: error, hostCode: officeCode });
}
