// The outcome a ribbon command shows in a small Office dialog, carried to the dialog page in its URL.
import type { Locale, Outcome } from '../core';

export interface DialogNotice extends Outcome {
  locale: Locale;
}

/** Shown if the dialog page gets a notice it cannot read. */
export const UNREADABLE_NOTICE: DialogNotice = {
  locale: 'zh-CN',
  tone: 'error',
  title: '指标助手',
  lines: [],
};

/** Query parameter carrying a notice to the dialog page. */
export const NOTICE_PARAM = 'notice';

export function encodeNotice(notice: DialogNotice): string {
  return encodeURIComponent(JSON.stringify(notice));
}

export function decodeNotice(raw: string | null): DialogNotice | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<DialogNotice>;
    const locale = value.locale === 'en-US' ? 'en-US' : 'zh-CN';
    const tone = value.tone === 'error' || value.tone === 'warning' ? value.tone : 'success';
    const lines = Array.isArray(value.lines) ? value.lines.map(String) : [];
    return { locale, tone, title: String(value.title ?? ''), lines };
  } catch {
    return null;
  }
}
