// Settings saved with the workbook. The Excel shell keeps them in Office's document settings
// (the file's web-extension part), which WPS cannot read; WPS keeps them in a custom XML part of
// their own (urn:indicator-assistant:settings), validated like Excel's on every read.
import { HostError, parseSettings, SettingsSchema } from '../../core';
import type { Settings, SettingsReadResult } from '../../core';
import type { EtWorkbook } from '../types';
import { readParts, replaceParts } from './xmlParts';

export const SETTINGS_NAMESPACE = 'urn:indicator-assistant:settings';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function encodeSettingsXml(settings: Settings): string {
  // Characters XML 1.0 does not allow stay JSON escapes (JSON.stringify escapes C0 controls).
  const json = JSON.stringify(settings).replace(
    /[\uFFFE\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16)}`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><settings xmlns="${SETTINGS_NAMESPACE}">${escapeXml(json)}</settings>`;
}

const BODY = /<(?:[\w.-]+:)?settings\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?settings>/;

/** Settings from the part's text; unreadable text gives the defaults, reported as invalid ('*'). */
export function decodeSettingsXml(xml: string | undefined): SettingsReadResult {
  if (xml === undefined) return parseSettings(undefined);
  const body = BODY.exec(xml)?.[1];
  try {
    if (body === undefined) throw new Error('no settings element');
    return parseSettings(JSON.parse(unescapeXml(body)) as unknown);
  } catch {
    return { ...parseSettings(undefined), invalid: ['*'] };
  }
}

export function loadSettings(workbook: EtWorkbook): SettingsReadResult {
  const [xml] = readParts(workbook, SETTINGS_NAMESPACE);
  return decodeSettingsXml(xml);
}

export function saveSettings(workbook: EtWorkbook, settings: Settings): void {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) throw new HostError('invalid-settings', { cause: parsed.error });
  try {
    replaceParts(workbook, SETTINGS_NAMESPACE, encodeSettingsXml(parsed.data));
  } catch (error) {
    if (error instanceof HostError && error.code === 'unsupported-api') throw error;
    throw new HostError('settings-failed', { cause: error });
  }
}
