// What the pane runs on inside WPS 表格 (the WPS port, WPS's UI language), or standalone when the
// page is opened outside WPS.
import type { Locale } from '../../core';
import { MemoryWorkbook } from '../../taskpane/standalone/memoryWorkbook';
import type { PaneEnv } from '../../taskpane/state/usePane';
import { findApplication, wpsDisplayLocale } from '../host';
import { WpsWorkbook } from '../wpsWorkbook';

function browserLocale(search: string, language: string): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en-US' || asked === 'zh-CN') return asked;
  return wpsDisplayLocale(null, language);
}

export function paneEnv(win: Window): PaneEnv {
  const app = findApplication(win);
  const language = win.navigator.language;
  if (!app) {
    const memory = new MemoryWorkbook();
    const displayLocale = browserLocale(win.location.search, language);
    return { port: memory, memory, displayLocale, today: () => new Date() };
  }
  return {
    port: new WpsWorkbook(() => app),
    memory: null,
    host: 'wps',
    displayLocale: wpsDisplayLocale(app, language),
    today: () => new Date(),
  };
}
