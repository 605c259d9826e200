// The words the add-in writes into user sheets, in every host, so that later runs (in any host)
// recognise them as ours.
import { statusLabel } from '../messages';
import { LOCALES, STATUSES } from '../types';
import { withoutScore } from './scoreLabel';
import type { Locale } from '../types';

export const STATUS_HEADER: Record<Locale, string> = { 'zh-CN': '核验状态', 'en-US': 'Status' };
/** Used when the checked Excel table already has a column named like our header. */
export const STATUS_HEADER_ALT: Record<Locale, string> = {
  'zh-CN': '核验状态（指标助手）',
  'en-US': 'Status (Indicator Assistant)',
};
/** Headers earlier versions wrote: still ours when a re-run or 清除标记 meets them. */
const LEGACY_HEADERS = ['状态', '状态（核验）', 'Status (check)'];

export const RESULT_SHEET_NAME: Record<Locale, string> = {
  'zh-CN': '指标核验结果',
  'en-US': 'Check results',
};

let known: Set<string> | null = null;

/**
 * True for a status label (with or without its 自评表 score) or status header in any locale, and the
 * headers of earlier versions.
 */
export function isOurLabel(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  known ??= new Set([
    ...LEGACY_HEADERS,
    ...LOCALES.flatMap((locale) => [STATUS_HEADER[locale], STATUS_HEADER_ALT[locale]]),
    ...LOCALES.flatMap((locale) => STATUSES.map((status) => statusLabel(status, locale))),
  ]);
  return known.has(value) || known.has(withoutScore(value));
}

/** A cell with nothing in it, as a host reports it ('' or null); whitespace is content. */
export const isEmptyValue = (value: unknown): boolean =>
  value === '' || value === null || value === undefined;
