// Task-pane entry: decide Excel or standalone (within 2 s), then render the pane.
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core';
import { detectHost, onLateExcel } from '../office/host/detectHost';
import { App } from './App';
import { MemoryWorkbook } from './standalone/memoryWorkbook';
import type { PaneEnv } from './state/usePane';

/** When the pane's script started (read by the Chromium tests and the pane benchmark). */
const START_MARK = 'indicator-assistant:start';

/** Outside Office: ?lang=, else the browser's language; Chinese unless clearly English. */
function browserLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en-US' || asked === 'zh-CN') return asked;
  return (navigator.language ?? '').toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

function standaloneEnv(): PaneEnv {
  const memory = new MemoryWorkbook();
  return { port: memory, memory, displayLocale: browserLocale(), today: () => new Date() };
}

/** The Excel adapter is loaded only inside Excel; standalone mode never needs it. */
async function excelEnv(): Promise<PaneEnv> {
  const office = await import(/* webpackChunkName: "excel" */ '../office');
  return {
    port: new office.ExcelWorkbook(),
    memory: null,
    displayLocale: office.displayLocale(),
    today: () => new Date(),
  };
}

async function start(): Promise<void> {
  performance.mark(START_MARK);
  const host = await detectHost();
  const env = host.kind === 'excel' ? await excelEnv() : standaloneEnv();
  const container = document.getElementById('root');
  if (!container) return;
  document.documentElement.lang = env.displayLocale;
  const root = createRoot(container);
  root.render(<App env={env} />);
  if (host.kind === 'standalone' && host.reason === 'timeout') {
    onLateExcel(() => {
      void excelEnv().then((excel) => root.render(<App key="excel" env={excel} />));
    });
  }
}

void start();
