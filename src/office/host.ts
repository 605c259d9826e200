// Are we inside Excel? office.js missing (blocked, offline, plain browser) or Office.onReady
// with no host both mean standalone; a host that never answers counts as standalone after 2 s.
export type HostInfo =
  | { kind: 'excel' }
  | { kind: 'standalone'; reason: 'no-office-js' | 'no-host' | 'other-host' | 'timeout' };

export const HOST_TIMEOUT_MS = 2000;

export function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return Promise.resolve({ kind: 'standalone', reason: 'no-office-js' });
  }
  return new Promise<HostInfo>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'standalone', reason: 'timeout' }), timeoutMs);
    const settle = (info: HostInfo) => {
      clearTimeout(timer);
      resolve(info);
    };
    Promise.resolve()
      .then(() => Office.onReady())
      .then((ready) => {
        // Office.HostType.Excel is the string 'Excel'.
        if (String(ready?.host) === 'Excel') settle({ kind: 'excel' });
        else settle({ kind: 'standalone', reason: ready?.host ? 'other-host' : 'no-host' });
      })
      .catch(() => settle({ kind: 'standalone', reason: 'no-host' }));
  });
}
