/** @jest-environment jsdom */
// The pages' first script (src/office/host/boot.js): ES5, so that IE11 and the legacy Edge can run
// it and say what is needed; elsewhere it loads office.js without blocking, then the bundles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { officeJsLoaded } from '../../src/office/host/officeJsLoad';

const read = (file: string) =>
  readFileSync(path.resolve(__dirname, '../../src/office/host', file), 'utf8');
const BOOT = read('boot.js');
const OLD_ENGINE = read('oldEngine.js');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type Globals = Record<string, unknown>;
const g = globalThis as unknown as Globals;

function page(kind: 'taskpane' | 'commands', search = '?lang=zh-CN'): void {
  window.history.replaceState({}, '', `/${kind}.html${search}`);
  document.head.innerHTML = '';
  document.body.innerHTML = kind === 'taskpane' ? '<div id="root"><p>正在加载…</p></div>' : '';
  const boot = document.createElement('script');
  boot.id = 'ia-boot';
  boot.setAttribute('data-page', kind);
  boot.setAttribute('data-office-js', OFFICE_JS);
  boot.setAttribute('data-bundles', `${kind}.1234.js vendor.5678.js`);
  boot.setAttribute('data-old-engine', 'old-engine.abcd.js');
  document.head.appendChild(boot);
}

function runBoot(): void {
  new Function(BOOT)();
}

/** In an old engine: boot.js asks for old-engine.js (and nothing else), which then runs. */
function runBootInOldEngine(): void {
  asOldEngine(() => {
    runBoot();
    expect(added()).toEqual([{ src: 'old-engine.abcd.js', async: false }]);
    document.head.querySelector('script[src="old-engine.abcd.js"]')?.remove();
    new Function(OLD_ENGINE)();
  });
}

const added = () =>
  [...document.head.querySelectorAll('script:not(#ia-boot)')].map((s) => {
    const script = s as HTMLScriptElement;
    return { src: script.getAttribute('src'), async: script.async };
  });

/** Runs `body` as if in an engine without the ES2020 built-ins the bundles use. */
function asOldEngine(body: () => void): void {
  const allSettled = Promise.allSettled;
  Reflect.deleteProperty(Promise, 'allSettled');
  try {
    body();
  } finally {
    Promise.allSettled = allSettled;
  }
}

// jsdom has no fetch; the engines the bundles run in all do.
beforeEach(() => {
  g.fetch = () => Promise.reject(new Error('no network in tests'));
});

afterEach(() => {
  Reflect.deleteProperty(g, 'fetch');
  for (const name of ['indicatorAssistantOfficeJs', 'indicatorAssistantOldEngine', 'Office']) {
    Reflect.deleteProperty(g, name);
  }
  Reflect.deleteProperty(g, 'runCheck');
  Reflect.deleteProperty(g, 'clearMarks');
});

describe('boot.js', () => {
  it.each([
    ['boot.js', BOOT],
    ['oldEngine.js', OLD_ENGINE],
  ])('%s parses as ES5 (what IE11 runs)', (_file, source) => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('the built copies (minified) still parse as ES5', () => {
    const dist = path.resolve(__dirname, '../../dist');
    const built = readdirSync(dist).filter((f) => /^(boot|old-engine)\.[0-9a-f]{8}\.js$/.test(f));
    expect(built).toHaveLength(2);
    for (const file of built) {
      const code = readFileSync(path.join(dist, file), 'utf8');
      expect(() => parse(code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    }
  });

  it('is not ES5 by accident: the parse rejects newer syntax', () => {
    expect(() => parse('const a = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  it('in a modern engine loads office.js without blocking and the bundles in order', async () => {
    page('taskpane');
    runBoot();
    expect(added()).toEqual([
      { src: OFFICE_JS, async: true },
      { src: 'taskpane.1234.js', async: false },
      { src: 'vendor.5678.js', async: false },
    ]);
    expect(document.getElementById('root')?.textContent).toBe('正在加载…');

    let settled = false;
    const waiting = officeJsLoaded().then((loaded) => {
      settled = true;
      return loaded;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    g.Office = { onReady: () => Promise.resolve({ host: 'Excel' }) };
    const officeScript = document.head.querySelector(`script[src="${OFFICE_JS}"]`);
    (officeScript as HTMLScriptElement).onload?.(new Event('load'));
    await expect(waiting).resolves.toBe(true);
  });

  it('reports office.js that failed to load, so the pane goes standalone', async () => {
    page('taskpane');
    runBoot();
    const officeScript = document.head.querySelector(`script[src="${OFFICE_JS}"]`);
    (officeScript as HTMLScriptElement).onerror?.(new Event('error'));
    await expect(officeJsLoaded()).resolves.toBe(false);
  });

  it.each([
    ['zh-CN', '指标助手需要较新版本的 Office', 'Microsoft 365（Windows 或 Mac）、Office 2021'],
    ['en-US', 'Indicator Assistant needs a newer Office', 'Office 2021 or later'],
  ])(
    'in an old engine the pane shows what is needed (%s) and loads nothing',
    (lang, title, need) => {
      page('taskpane', `?lang=${lang}`);
      runBootInOldEngine();
      const message = document.querySelector('[data-testid="old-engine"]');
      expect(message?.getAttribute('role')).toBe('alert');
      expect(message?.textContent).toContain(title);
      expect(message?.textContent).toContain(need);
      expect(document.getElementById('root')?.textContent).not.toContain('正在加载');
      expect(added()).toEqual([]);
    },
  );

  describe('ribbon commands in an old engine', () => {
    interface FakeDialog {
      close: jest.Mock;
      handlers: Record<string, () => void>;
    }

    function fakeOffice(status: 'succeeded' | 'failed') {
      const dialog: FakeDialog = { close: jest.fn(), handlers: {} };
      const opened: string[] = [];
      const associated: string[] = [];
      g.Office = {
        onReady: (callback: () => void) => {
          callback();
          return Promise.resolve({ host: 'Excel' });
        },
        EventType: { DialogEventReceived: 'dialogEventReceived' },
        actions: { associate: (name: string) => associated.push(name) },
        context: {
          ui: {
            displayDialogAsync: (
              url: string,
              _options: unknown,
              callback: (result: { status: string; value: unknown }) => void,
            ) => {
              opened.push(url);
              callback({
                status,
                value: {
                  close: dialog.close,
                  addEventHandler: (type: string, handler: () => void) => {
                    dialog.handlers[type] = handler;
                  },
                },
              });
            },
          },
        },
      };
      return { dialog, opened, associated };
    }

    function bootCommands(status: 'succeeded' | 'failed') {
      page('commands', '');
      runBootInOldEngine();
      expect(added()).toEqual([{ src: OFFICE_JS, async: true }]);
      const office = fakeOffice(status);
      const officeScript = document.head.querySelector(`script[src="${OFFICE_JS}"]`);
      (officeScript as HTMLScriptElement).onload?.(new Event('load'));
      return office;
    }

    it('each command opens the message and completes when the dialog closes', () => {
      const { dialog, opened, associated } = bootCommands('succeeded');
      expect(associated).toEqual(['runCheck', 'clearMarks']);
      for (const name of ['runCheck', 'clearMarks']) {
        const completed = jest.fn();
        (g[name] as (event: { completed: () => void }) => void)({ completed });
        expect(opened.at(-1)).toBe('http://localhost/commands.html?old-engine=1');
        expect(completed).not.toHaveBeenCalled();
        dialog.handlers.dialogEventReceived?.();
        expect(completed).toHaveBeenCalledTimes(1);
      }
    });

    it('completes after a minute when the dialog is left open', () => {
      jest.useFakeTimers();
      try {
        const { dialog } = bootCommands('succeeded');
        const completed = jest.fn();
        (g.runCheck as (event: { completed: () => void }) => void)({ completed });
        jest.advanceTimersByTime(60_000);
        expect(dialog.close).toHaveBeenCalled();
        expect(completed).toHaveBeenCalledTimes(1);
      } finally {
        jest.useRealTimers();
      }
    });

    it('completes at once when no dialog can open', () => {
      bootCommands('failed');
      const completed = jest.fn();
      (g.clearMarks as (event: { completed: () => void }) => void)({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    });

    it('the dialog page itself shows the message', () => {
      page('commands', '?old-engine=1&lang=en-US');
      runBootInOldEngine();
      expect(document.body.textContent).toContain('Indicator Assistant needs a newer Office');
      expect(added()).toEqual([]);
    });
  });
});
