// A ribbon outcome that no message box could show, kept for the task pane. PluginStorage is the
// right place for that: one in-memory store per add-in, shared by its pages, gone when WPS exits.
import type { Outcome } from '../../core';
import type { EtPluginStorage } from '../types';

export const LAST_NOTICE_KEY = 'indicatorAssistant.lastNotice';

export function saveLastNotice(storage: EtPluginStorage, notice: Outcome): void {
  storage.setItem(LAST_NOTICE_KEY, JSON.stringify(notice));
}

function isOutcome(value: unknown): value is Outcome {
  if (typeof value !== 'object' || value === null) return false;
  const { tone, title, lines } = value as Partial<Outcome>;
  return (
    (tone === 'success' || tone === 'warning' || tone === 'error') &&
    typeof title === 'string' &&
    Array.isArray(lines) &&
    lines.every((line) => typeof line === 'string')
  );
}

/** The kept outcome, removed once taken (null: none, or unreadable). */
export function takeLastNotice(storage: EtPluginStorage): Outcome | null {
  const raw = storage.getItem(LAST_NOTICE_KEY);
  if (raw === null || raw === undefined || raw === '') return null;
  storage.removeItem(LAST_NOTICE_KEY);
  try {
    const value = JSON.parse(raw) as unknown;
    return isOutcome(value) ? value : null;
  } catch {
    return null;
  }
}
