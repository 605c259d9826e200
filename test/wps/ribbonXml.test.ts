// ribbon.xml: valid against Microsoft's CustomUI 2006/01 schema (vendored in schemas/customui, as
// WPS uses it), and every callback it names is a function of the entry page's `ribbon` object —
// the real one (src/wps/ribbon/entry.ts) and the ES5 guard's stand-in for a too-old WPS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { BUTTONS, IMAGES } from '../../src/wps/ribbon/callbacks';

const root = path.resolve(__dirname, '../..');
const RIBBON = path.join(root, 'src/wps/ribbon/ribbon.xml');
const SCHEMA = path.join(root, 'schemas/customui/customUI.xsd');
const xml = readFileSync(RIBBON, 'utf8');

function xmllint(file: string, schema: string) {
  return spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
}

/** Every callback attribute (onLoad, onAction, getImage, …) with its value. */
const callbacks = (text: string): string[] =>
  [...text.matchAll(/\s(on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)].map((m) => m[2] ?? '');

describe('ribbon.xml', () => {
  it('validates against the CustomUI schema with xmllint', () => {
    const result = xmllint(RIBBON, SCHEMA);
    expect(result.error).toBeUndefined(); // xmllint ran (libxml2-utils installed)
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('is rejected by the schema when broken (the check can fail)', () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'ribbon-')), 'ribbon.xml');
    writeFileSync(broken, xml.replace('onAction=', 'onClick='));
    const result = xmllint(broken, SCHEMA);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/onClick/);
  });

  it('has the three buttons, each with its icon file', () => {
    const ids = [...xml.matchAll(/<button id="(\w+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([BUTTONS.check, BUTTONS.pane, BUTTONS.clear]);
    for (const id of ids) {
      const image = IMAGES[id ?? ''];
      expect(image).toMatch(/^images\/\w+\.png$/);
    }
    expect(xml).toMatch(/<tab id="\w+" label="指标助手">/);
    for (const label of ['一键核验', '指标助手', '清除标记'])
      expect(xml).toContain(`label="${label}"`);
  });

  it('names only callbacks that the entry page defines on window.ribbon', async () => {
    const names = callbacks(xml);
    expect(names.length).toBeGreaterThanOrEqual(10);
    const window: Record<string, unknown> = { location: { href: 'http://127.0.0.1/index.html' } };
    const globals = globalThis as Record<string, unknown>;
    const saved = { window: globals.window, navigator: globals.navigator };
    globals.window = window;
    try {
      await jest.isolateModulesAsync(async () => {
        await import('../../src/wps/ribbon/entry');
      });
    } finally {
      globals.window = saved.window;
    }
    for (const name of names) {
      const [object, fn, ...rest] = name.split('.');
      expect({ name, object, rest }).toEqual({ name, object: 'ribbon', rest: [] });
      const ribbon = window.ribbon as Record<string, unknown>;
      expect(typeof ribbon[fn ?? '']).toBe('function');
    }
  });

  it('names only callbacks that the ES5 guard’s stand-in defines too (for a too-old WPS)', () => {
    const source = readFileSync(path.join(root, 'src/wps/guard/guard.js'), 'utf8');
    const window: Record<string, unknown> = { navigator: { userAgent: 'Chrome/60' } };
    const document = {
      currentScript: { getAttribute: (name: string) => (name === 'data-page' ? 'ribbon' : '') },
      getElementById: () => null,
      write: () => undefined,
    };
    // An engine without Object.fromEntries: the guard's stand-in answers the ribbon.
    const context = vm.createContext({
      window,
      document,
      Object: { ...Object, fromEntries: undefined },
    });
    vm.runInContext(source, context);
    const ribbon = window.ribbon as Record<string, unknown>;
    for (const name of callbacks(xml)) {
      expect(typeof ribbon[name.split('.')[1] ?? '']).toBe('function');
    }
  });

  it('points at icons that exist in assets/ (copied to images/ by the build)', () => {
    for (const name of ['check', 'clear', 'icon']) {
      expect(existsSync(path.join(root, `assets/${name}-32.png`))).toBe(true);
    }
  });
});
