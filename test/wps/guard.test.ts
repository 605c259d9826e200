// The ES5 guard that runs first on every WPS page: it parses as ES5 (so an old engine can run it),
// loads the bundles where the engine is new enough, and otherwise says in WPS's terms that WPS
// is too old — in the pane, and through the ribbon's callbacks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';

const source = readFileSync(path.resolve(__dirname, '../../src/wps/guard/guard.js'), 'utf8');

interface Page {
  window: Record<string, unknown>;
  written: string[];
  root: { innerHTML: string; children: string[] } | null;
  alerts: string[];
}

/** Runs the guard on a page ('ribbon' or 'pane') of an engine with `globals` changed. */
function run(
  page: 'ribbon' | 'pane',
  globals: Record<string, unknown> = {},
  ua = 'Chrome/104',
): Page {
  const written: string[] = [];
  const alerts: string[] = [];
  const root = page === 'pane' ? { innerHTML: 'loading', children: [] as string[] } : null;
  const window: Record<string, unknown> = {
    navigator: { userAgent: `Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) ${ua}` },
    alert: (text: string) => alerts.push(text),
  };
  const attributes: Record<string, string> = {
    'data-page': page,
    'data-scripts': 'ribbon.1234abcd.js bad"><script>.js chunk/x.js',
  };
  const document = {
    currentScript: { getAttribute: (name: string) => attributes[name] ?? null },
    write: (html: string) => written.push(html),
    getElementById: (id: string) => (id === 'root' ? root : null),
    createElement: () => ({
      className: '',
      text: '',
      appendChild(node: { text: string }) {
        this.text = node.text;
      },
    }),
    createTextNode: (text: string) => ({ text }),
  };
  if (root) {
    (root as unknown as { appendChild: (p: { text: string }) => void }).appendChild = (p) =>
      root.children.push(p.text);
  }
  vm.runInContext(source, vm.createContext({ window, document, ...globals }));
  return { window, written, root, alerts };
}

describe('guard.js', () => {
  it('is ES5 (acorn, ecmaVersion 5, as a classic script)', () => {
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('the ES5 check fails on later syntax (it is not vacuous)', () => {
    expect(() => parse(`${source}\nconst x = () => 1;`, { ecmaVersion: 5 })).toThrow();
  });

  it('on a new enough engine writes the bundles’ script tags, in order, and nothing unsafe', () => {
    const page = run('ribbon');
    expect(page.written).toEqual([
      '<script src="ribbon.1234abcd.js"></script>',
      '<script src="chunk/x.js"></script>',
    ]);
    expect(page.window.ribbon).toBeUndefined();
    expect(page.window.indicatorAssistantTooOld).toBeUndefined();
  });

  it('on an engine without Object.fromEntries loads nothing and answers the ribbon with the message', () => {
    const page = run('ribbon', { Object: { ...Object, fromEntries: undefined } }, 'Chrome/70');
    expect(page.written).toEqual([]);
    const ribbon = page.window.ribbon as Record<string, (control?: { Id: string }) => unknown>;
    expect(ribbon.OnAddinLoad?.()).toBe(true);
    expect(ribbon.OnAction?.({ Id: 'btnRunCheck' })).toBe(true);
    expect(page.alerts[0]).toContain('当前 WPS 版本过旧');
    expect(page.alerts[0]).toContain('Chromium 73');
    expect(page.alerts[0]).toContain('(Chromium 70; Object.fromEntries)');
    expect(ribbon.GetImage?.({ Id: 'btnClearMarks' })).toBe('images/clear.png');
    expect(ribbon.OnGetEnabled?.()).toBe(true);
  });

  it('in the pane, without WeakRef (Fluent UI needs it), shows the message instead of the pane', () => {
    const page = run('pane', { WeakRef: undefined }, 'Chrome/83');
    expect(page.written).toEqual([]);
    expect(page.root?.innerHTML).toBe('');
    expect(page.root?.children[0]).toContain('Chromium 84');
    expect(page.root?.children[1]).toMatch(/^This version of WPS Office is too old/);
    expect(page.root?.children[2]).toBe('(Chromium 83; WeakRef)');
  });

  it('the ribbon page does not need WeakRef (一键核验 works on Chromium 73–83)', () => {
    expect(run('ribbon', { WeakRef: undefined }).written).toHaveLength(1 + 1);
  });
});
