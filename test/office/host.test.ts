// detectHost: Excel, or standalone (with why) within the timeout, whatever office.js does.
import { detectHost, HOST_TIMEOUT_MS, onLateExcel } from '../../src/office/host/detectHost';
import type { HostInfo } from '../../src/office/host/detectHost';

type ReadyInfo = { host: string | null; platform: string | null };

const globals = globalThis as { Office?: unknown };

function installOffice(onReady: () => Promise<ReadyInfo>): jest.Mock<Promise<ReadyInfo>, []> {
  const mock = jest.fn(onReady);
  globals.Office = { onReady: mock };
  return mock;
}

const answer = (host: string | null): Promise<ReadyInfo> =>
  Promise.resolve({ host, platform: host ? 'OfficeOnline' : null });

/** The state of a promise after pending microtasks have run. */
async function settled<T>(promise: Promise<T>): Promise<{ value: T } | 'pending'> {
  let result: { value: T } | 'pending' = 'pending';
  void promise.then((value) => (result = { value }));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return result;
}

afterEach(() => {
  delete globals.Office;
  jest.useRealTimers();
});

describe('detectHost', () => {
  it('is standalone at once when office.js is missing', async () => {
    jest.useFakeTimers();
    await expect(settled(detectHost())).resolves.toEqual({
      value: { kind: 'standalone', reason: 'no-office-js' },
    });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('is standalone when Office has no onReady (a broken or foreign office.js)', async () => {
    globals.Office = { context: {} };
    await expect(detectHost()).resolves.toEqual({ kind: 'standalone', reason: 'no-office-js' });
  });

  it('is Excel when Office.onReady answers with the Excel host, and stops its timer', async () => {
    jest.useFakeTimers();
    const onReady = installOffice(() => answer('Excel'));
    await expect(settled(detectHost())).resolves.toEqual({ value: { kind: 'excel' } });
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it.each<[string, () => Promise<ReadyInfo>, HostInfo]>([
    ['no host (a plain browser)', () => answer(null), { kind: 'standalone', reason: 'no-host' }],
    ['another host', () => answer('Word'), { kind: 'standalone', reason: 'other-host' }],
    [
      'a rejection',
      () => Promise.reject(new Error('blocked')),
      { kind: 'standalone', reason: 'no-host' },
    ],
    [
      'a synchronous throw',
      () => {
        throw new Error('Office.js is not initialized');
      },
      { kind: 'standalone', reason: 'no-host' },
    ],
  ])('is standalone when Office.onReady gives %s', async (_case, onReady, expected) => {
    installOffice(onReady);
    await expect(detectHost()).resolves.toEqual(expected);
  });

  it('gives up after the timeout when Office.onReady never answers', async () => {
    jest.useFakeTimers();
    installOffice(() => new Promise<ReadyInfo>(() => {}));
    const host = detectHost();
    await jest.advanceTimersByTimeAsync(HOST_TIMEOUT_MS - 1);
    await expect(settled(host)).resolves.toBe('pending');
    await jest.advanceTimersByTimeAsync(1);
    await expect(settled(host)).resolves.toEqual({
      value: { kind: 'standalone', reason: 'timeout' },
    });
  });

  it('takes a shorter timeout, within the 2 s the pane has to show', async () => {
    expect(HOST_TIMEOUT_MS).toBeLessThan(2000);
    installOffice(() => new Promise<ReadyInfo>(() => {}));
    const started = Date.now();
    await expect(detectHost(20)).resolves.toEqual({ kind: 'standalone', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps the first answer: a late Excel after the timeout does not change it', async () => {
    jest.useFakeTimers();
    let answerExcel: (info: ReadyInfo) => void = () => {};
    installOffice(() => new Promise<ReadyInfo>((resolve) => (answerExcel = resolve)));
    const host = detectHost(100);
    await jest.advanceTimersByTimeAsync(100);
    answerExcel({ host: 'Excel', platform: 'PC' });
    await expect(settled(host)).resolves.toEqual({
      value: { kind: 'standalone', reason: 'timeout' },
    });
  });
});

describe('onLateExcel', () => {
  it('calls back once when Excel answers late', async () => {
    let answerExcel: (info: ReadyInfo) => void = () => {};
    installOffice(() => new Promise<ReadyInfo>((resolve) => (answerExcel = resolve)));
    const callback = jest.fn();
    onLateExcel(callback);
    await settled(Promise.resolve());
    expect(callback).not.toHaveBeenCalled();
    answerExcel({ host: 'Excel', platform: 'OfficeOnline' });
    await settled(Promise.resolve());
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (() => Promise<ReadyInfo>) | null]>([
    ['office.js is missing', null],
    ['the host is not Excel', () => answer(null)],
    ['onReady fails', () => Promise.reject(new Error('blocked'))],
  ])('never calls back when %s', async (_case, onReady) => {
    if (onReady) installOffice(onReady);
    const callback = jest.fn();
    onLateExcel(callback);
    await settled(Promise.resolve());
    expect(callback).not.toHaveBeenCalled();
  });
});
