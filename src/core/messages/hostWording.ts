// What the shells (ribbon, pane, a later WPS shell) say about host operations, one module per
// locale: hostZhCN.ts, hostEnUS.ts.
import type { FallbackReason } from '../host/port';
import type { HostErrorCode } from '../host/errors';
import type { Summary } from '../types';

export type HostName = 'excel' | 'wps';

export interface HostWording {
  error: Record<HostErrorCode, (host: HostName) => string>;
  /** Why the status column was not written, as the start of a sentence. */
  fallback: Record<FallbackReason, string>;
  /** The rest of that sentence: where the results went instead. */
  fellBackTo: (sheet: string) => string;
  /** The same, written on the result sheet itself. */
  fellBackHere: string;
  statusAt: (range: string, cells: number) => string;
  onSheet: (sheet: string) => string;
  /** Nothing written because the table's reading was unsure. */
  withheld: string;
  checkDone: string;
  checkFailed: string;
  counts: (summary: Summary) => string;
  issues: (count: number, notes: number) => string;
  badSettings: (names: readonly string[]) => string;
  cleared: string;
  clearedText: string;
  clearFailed: string;
}
