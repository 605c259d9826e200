// The words the add-in writes into user sheets, so that later runs recognise them as ours.
import { LOCALES, statusLabel } from '../core';
import type { Locale, Status } from '../core';

export const STATUS_HEADER: Record<Locale, string> = { 'zh-CN': '状态', 'en-US': 'Status' };
/** Used when the checked Excel table already has a column named like our header. */
export const STATUS_HEADER_ALT: Record<Locale, string> = {
  'zh-CN': '状态（核验）',
  'en-US': 'Status (check)',
};
export const RESULT_SHEET_NAME: Record<Locale, string> = {
  'zh-CN': '指标核验结果',
  'en-US': 'Check results',
};

const STATUSES: readonly Status[] = [
  'done',
  'on-track',
  'behind',
  'severely-behind',
  'no-target',
  'invalid',
];

let known: Set<string> | null = null;

/** True for a status label or status header in any locale. */
export function isOurLabel(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  known ??= new Set([
    ...LOCALES.flatMap((locale) => [STATUS_HEADER[locale], STATUS_HEADER_ALT[locale]]),
    ...LOCALES.flatMap((locale) => STATUSES.map((status) => statusLabel(status, locale))),
  ]);
  return known.has(value);
}

export const isBlank = (value: unknown): boolean =>
  value === '' || value === null || value === undefined;
