// Are we inside Excel? office.js missing (blocked, offline, plain browser) or Office.onReady
// with no host both mean standalone. office.js still loading or a host that has not answered
// after 1.5 s counts as standalone for now (the pane must show within 2 s); onLateExcel reports
// it if it answers later.
import { officeJsLoaded } from './officeJsLoad';

export type HostInfo =
  | { kind: 'excel' }
  | { kind: 'standalone'; reason: 'no-office-js' | 'no-host' | 'other-host' | 'timeout' };

export const HOST_TIMEOUT_MS = 1500;

/** The host Office.onReady names ('Excel' is Office.HostType.Excel), or null for none. */
function readyHost(): Promise<string | null> {
  return Promise.resolve()
    .then(() => Office.onReady())
    .then((ready) => (ready?.host ? String(ready.host) : null));
}

export function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  return new Promise<HostInfo>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'standalone', reason: 'timeout' }), timeoutMs);
    const settle = (info: HostInfo) => {
      clearTimeout(timer);
      resolve(info);
    };
    officeJsLoaded()
      .then((loaded) => {
        if (!loaded) return settle({ kind: 'standalone', reason: 'no-office-js' });
        return readyHost().then((host) => {
          if (host === 'Excel') settle({ kind: 'excel' });
          else settle({ kind: 'standalone', reason: host ? 'other-host' : 'no-host' });
        });
      })
      .catch(() => settle({ kind: 'standalone', reason: 'no-host' }));
  });
}

/** Calls back once if Excel answers after detectHost gave up waiting. */
export function onLateExcel(callback: () => void): void {
  officeJsLoaded()
    .then((loaded) => (loaded ? readyHost() : null))
    .then((host) => {
      if (host === 'Excel') callback();
    })
    .catch(() => undefined);
}
