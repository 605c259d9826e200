// Are we inside WPS? The host injects `window.Application` (and its older name `wps`) into every
// add-in page — the ribbon page, task panes and dialogs alike (docs/research/wps-addin.md §1.5).
import { HostError } from '../core';
import type { Locale } from '../core';
import type { EtApplication, WpsWindow } from './types';

/** msoLanguageIDUI: the language WPS's own menus are in. */
const LANGUAGE_ID_UI = 2;

function looksLikeEt(value: unknown): value is EtApplication {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ActiveWorkbook' in value &&
    'PluginStorage' in value
  );
}

/** The WPS 表格 application of this page, or null outside WPS (a plain browser, Excel). */
export function findApplication(win: unknown = globalThis): EtApplication | null {
  const host = win as WpsWindow;
  const app = host.Application ?? host.wps;
  return looksLikeEt(app) ? app : null;
}

export function requireApplication(win?: unknown): EtApplication {
  const app = findApplication(win);
  if (!app) throw new HostError('no-host');
  return app;
}

function uiLanguageId(app: EtApplication | null): number | null {
  try {
    return app?.LanguageSettings?.LanguageID(LANGUAGE_ID_UI) ?? null;
  } catch {
    return null; // not offered by this WPS version: the browser's language decides
  }
}

/** WPS's UI language as one of ours (LCIDs: 2052 zh-CN, 1028 zh-TW, …), else the browser's. */
export function wpsDisplayLocale(app: EtApplication | null, browserLanguage = ''): Locale {
  const chineseIds = [2052, 1028, 3076, 4100, 5124];
  const lcid = uiLanguageId(app);
  if (lcid !== null) return chineseIds.includes(lcid) ? 'zh-CN' : 'en-US';
  return browserLanguage.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
