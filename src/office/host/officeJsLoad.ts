// office.js is loaded by the boot script (boot.js) without blocking the page; this waits for it.
interface OfficeJsState {
  status: 'loading' | 'loaded' | 'failed';
  listeners: ((status: 'loaded' | 'failed') => void)[];
}

declare global {
  interface Window {
    indicatorAssistantOfficeJs?: OfficeJsState;
  }
}

const officeJsPresent = (): boolean =>
  typeof Office !== 'undefined' && typeof Office.onReady === 'function';

/** Resolves once office.js has loaded (true) or failed to (false); at once without a boot script. */
export function officeJsLoaded(): Promise<boolean> {
  const state = typeof window === 'undefined' ? undefined : window.indicatorAssistantOfficeJs;
  if (!state || state.status !== 'loading') return Promise.resolve(officeJsPresent());
  return new Promise((resolve) => {
    state.listeners.push(() => resolve(officeJsPresent()));
  });
}
