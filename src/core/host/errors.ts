// Failures of a host (Excel, WPS 表格, standalone) as one typed error; wording per locale lives in
// ../messages (hostZhCN / hostEnUS). The original error stays in `cause`.

export type HostErrorCode =
  | 'no-host'
  | 'unsupported-api'
  | 'payload-too-large'
  | 'sheet-protected'
  | 'edit-mode'
  | 'no-data'
  | 'no-table'
  | 'multi-area-selection'
  | 'sheet-not-found'
  | 'invalid-address'
  | 'invalid-settings'
  | 'settings-failed'
  | 'settings-too-large'
  | 'host-busy'
  | 'range-conflict'
  | 'unsupported-sheet'
  | 'too-many-marks'
  | 'out-of-time'
  | 'host-error';

export class HostError extends Error {
  override readonly name = 'HostError';
  readonly code: HostErrorCode;
  /** The host's own error code (e.g. OfficeExtension.Error.code) when there was one. */
  readonly hostCode: string | null;
  /** Later failures while recovering from this one (kept, not hidden). */
  readonly suppressed: unknown[] = [];

  constructor(code: HostErrorCode, options: { cause?: unknown; hostCode?: string | null } = {}) {
    super(`${code}${options.hostCode ? ` (${options.hostCode})` : ''}`, { cause: options.cause });
    this.code = code;
    this.hostCode = options.hostCode ?? null;
  }
}

/** Any failure as a HostError: HostErrors pass through, anything else is a generic host error. */
export function asHostError(error: unknown): HostError {
  return error instanceof HostError ? error : new HostError('host-error', { cause: error });
}
