// Office.context.document.settings (one property bag per workbook and add-in) as promises.
// The bag is cached per runtime (pane, ribbon command), so every read refreshes it first
// and every write refreshes, sets and saves, to keep one runtime from saving a stale copy.
import { z } from 'zod/mini';
import { HostError, parseSettings, SettingsSchema } from '../../core';
import type { Outcome, Settings, SettingsReadResult } from '../../core';
import { utf8Length } from '../plan/payload';
import type { RoundTripCounter } from '../excel/roundTrips';

export const SETTINGS_KEY = 'indicatorAssistant.settings';
/**
 * Office keeps at most 2 MB of settings per add-in and a larger save fails
 * (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings);
 * ours get most of it, the last notice the rest.
 */
export const SETTINGS_BUDGET_BYTES = 1.5 * 1024 * 1024;
/** The last ribbon-command notice that could not be shown in a dialog (for the task pane). */
export const LAST_NOTICE_KEY = 'indicatorAssistant.lastNotice';

function bag(): Office.Settings {
  const settings = typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
  if (!settings) throw new HostError('no-host');
  return settings;
}

function settle(
  result: Office.AsyncResult<unknown>,
  resolve: () => void,
  reject: (e: Error) => void,
) {
  if (result.status === Office.AsyncResultStatus.Failed) {
    reject(new HostError('settings-failed', { cause: result.error }));
  } else {
    resolve();
  }
}

function refreshSettings(counter?: RoundTripCounter): Promise<void> {
  const settings = bag();
  counter?.record('settingsRefresh');
  return new Promise((resolve, reject) => {
    settings.refreshAsync((result) => settle(result, resolve, reject));
  });
}

/** Refreshes, applies `change` to the fresh bag and saves it. */
export async function updateSettings(
  change: (settings: Office.Settings) => void,
  counter?: RoundTripCounter,
): Promise<void> {
  await refreshSettings(counter);
  const settings = bag();
  change(settings);
  counter?.record('settingsSave');
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => settle(result, resolve, reject));
  });
}

function decodeJson(raw: unknown): { value: unknown; ok: boolean } {
  if (typeof raw !== 'string') return { value: raw, ok: true };
  try {
    return { value: JSON.parse(raw) as unknown, ok: true };
  } catch {
    return { value: undefined, ok: false };
  }
}

export async function loadSettings(counter?: RoundTripCounter): Promise<SettingsReadResult> {
  await refreshSettings(counter);
  const { value, ok } = decodeJson(bag().get(SETTINGS_KEY));
  if (!ok) return { ...parseSettings(undefined), invalid: ['*'] };
  return parseSettings(value);
}

export async function saveSettings(settings: Settings, counter?: RoundTripCounter): Promise<void> {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) throw new HostError('invalid-settings', { cause: parsed.error });
  const json = JSON.stringify(parsed.data);
  if (utf8Length(json) > SETTINGS_BUDGET_BYTES) throw new HostError('settings-too-large');
  await updateSettings((bagNow) => bagNow.set(SETTINGS_KEY, json), counter);
}

/**
 * A value from this runtime's copy of the settings, without a round trip: as fresh as the last
 * load (the pane and every ribbon command load the settings before reading the workbook).
 */
export function cachedSetting(name: string): unknown {
  const settings = typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
  return settings ? settings.get(name) : null;
}

export async function saveLastNotice(notice: unknown, counter?: RoundTripCounter): Promise<void> {
  const json = JSON.stringify(notice);
  await updateSettings((bagNow) => bagNow.set(LAST_NOTICE_KEY, json), counter);
}

const PendingNoticeSchema = z.object({
  tone: z.enum(['success', 'warning', 'error']),
  title: z.string(),
  lines: z.array(z.string()),
});

/** A ribbon-command notice that no dialog could show, removed once read (null: none, or unreadable). */
export async function takeLastNotice(counter?: RoundTripCounter): Promise<Outcome | null> {
  await refreshSettings(counter);
  const raw = bag().get(LAST_NOTICE_KEY);
  if (raw === null || raw === undefined) return null;
  await updateSettings((bagNow) => bagNow.remove(LAST_NOTICE_KEY), counter);
  const { value, ok } = decodeJson(raw);
  const parsed = ok ? PendingNoticeSchema.safeParse(value) : null;
  return parsed?.success ? parsed.data : null;
}
