// npm run build:wps, run once into a temporary folder: the files WPS expects, valid ribbon.xml /
// jsplugins.xml / publish.xml, the offline .7z, the JavaScript level, and the built add-in in
// headless Chromium with a fake WPS 表格 injected (window.Application): 一键核验 from the pane and
// from the ribbon page marks the fake sheet; a too-old engine gets the guard's message.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';
import { buildSync } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveDist } from '../e2e/harness';
import type { StaticServer } from '../e2e/harness';
import { TABLE } from './fixtures';

const root = path.resolve(__dirname, '../..');
const OUT = mkdtempSync(path.join(tmpdir(), 'wps-build-'));
const URL = 'https://oa.example.gov.cn/addins/indicator-assistant/';
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const FOLDER = `IndicatorAssistant_${version}`;
const ADDIN = path.join(OUT, FOLDER);
const BUILD_MS = 15 * 60_000; // two shared cores: the pane bundle takes minutes

let build: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  build = spawnSync('npm', ['run', '--silent', 'build:wps', '--', '--out', OUT, '--url', URL], {
    cwd: root,
    encoding: 'utf8',
  });
}, BUILD_MS);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const xmllint = (file: string, schema: string) =>
  spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });

describe('npm run build:wps', () => {
  it('builds and says what it wrote', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toContain(`${FOLDER}/`);
    expect(build.stdout).toContain(URL);
  });

  it('writes the add-in folder, the offline .7z, jsplugins.xml and publish.xml', () => {
    expect(readdirSync(OUT).sort()).toEqual(
      ['IndicatorAssistant.7z', FOLDER, 'jsplugins.xml', 'publish.xml'].sort(),
    );
    const built = files(ADDIN);
    for (const name of [
      'index.html',
      'taskpane.html',
      'ribbon.xml',
      'guard.js',
      'images/check.png',
      'images/clear.png',
      'images/icon.png',
    ]) {
      expect(built).toContain(name);
    }
    expect(built.some((name) => /^ribbon\.[0-9a-f]{8}\.js$/.test(name))).toBe(true);
    expect(built.some((name) => /^taskpane\.[0-9a-f]{8}\.js$/.test(name))).toBe(true);
  });

  it('ships ribbon.xml as written, valid against the CustomUI schema', () => {
    const file = path.join(ADDIN, 'ribbon.xml');
    expect(readFileSync(file, 'utf8')).toBe(
      readFileSync(path.join(root, 'src/wps/ribbon/ribbon.xml'), 'utf8'),
    );
    const result = xmllint(file, path.join(root, 'schemas/customui/customUI.xsd'));
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('writes jsplugins.xml (online, --url) and publish.xml (offline folder), both valid', () => {
    const schema = path.join(__dirname, 'jsplugins.xsd');
    for (const name of ['jsplugins.xml', 'publish.xml']) {
      const result = xmllint(path.join(OUT, name), schema);
      expect({ name, stderr: result.stderr }).toEqual({
        name,
        stderr: expect.stringContaining('validates'),
      });
      expect(result.status).toBe(0);
    }
    expect(readFileSync(path.join(OUT, 'jsplugins.xml'), 'utf8')).toContain(
      `<jspluginonline name="IndicatorAssistant" type="et" url="${URL}"/>`,
    );
    expect(readFileSync(path.join(OUT, 'publish.xml'), 'utf8')).toContain(
      `<jsplugin name="IndicatorAssistant" type="et" url="${FOLDER}" version="${version}" enable="enable_dev" install="null" customDomain=""/>`,
    );
  });

  it('the XML schema for jsplugins.xml rejects what WPS would not read (it can fail)', () => {
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'jsplugins-')), 'jsplugins.xml');
    writeFileSync(
      bad,
      '<jsplugins><jspluginonline name="IA" type="excel" url="http://x/"/></jsplugins>',
    );
    expect(xmllint(bad, path.join(__dirname, 'jsplugins.xsd')).status).not.toBe(0);
  });

  it('packs the add-in folder into IndicatorAssistant.7z as <name>_<version>/, as wpsjs does', () => {
    const zip = ['7zz', '7z'].find(
      (bin) => spawnSync(bin, ['i'], { stdio: 'ignore' }).status === 0,
    );
    expect(zip).toBeDefined();
    const listing = spawnSync(zip ?? '7zz', ['l', '-ba', '-slt', 'IndicatorAssistant.7z'], {
      cwd: OUT,
      encoding: 'utf8',
    });
    expect(listing.status).toBe(0);
    const paths = [...listing.stdout.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]);
    for (const name of files(ADDIN)) expect(paths).toContain(`${FOLDER}/${name}`);
    expect(paths.every((p) => p === FOLDER || p?.startsWith(`${FOLDER}/`))).toBe(true);
  });

  it('targets ES2019 (every bundle parses as ES2019) and keeps the guard ES5', () => {
    expect(() => parse('a?.b', { ecmaVersion: 2019 })).toThrow(); // the check is not vacuous
    for (const name of files(ADDIN).filter((file) => file.endsWith('.js'))) {
      const text = readFileSync(path.join(ADDIN, name), 'utf8');
      const ecmaVersion = name === 'guard.js' ? 5 : 2019;
      expect(() => parse(text, { ecmaVersion, sourceType: 'script' })).not.toThrow();
    }
  });

  it('its pages load only guard.js, which names bundles that exist; nothing from the network', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const html = readFileSync(path.join(ADDIN, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/src="?guard\.js"?/);
      const named = /data-scripts="?([^">]+)"?/.exec(scripts[0] ?? '')?.[1]?.split(' ') ?? [];
      expect(named.length).toBeGreaterThan(0);
      for (const file of named) expect(existsSync(path.join(ADDIN, file))).toBe(true);
      expect(html).not.toMatch(/https?:\/\//);
    }
    const code = files(ADDIN)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(ADDIN, file), 'utf8'))
      .join('\n');
    expect(code).not.toContain('appsforoffice.microsoft.com');
  });

  it('refuses a --url that WPS cannot load, and builds nothing without 7-Zip', () => {
    const script = path.join(root, 'scripts/build-wps.mjs');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'wps-none-')), 'out');
    const badUrl = spawnSync(process.execPath, [script, '--out', out, '--url', 'ftp://x/'], {
      encoding: 'utf8',
    });
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toContain('--url must be http://, https:// or file://');
    const noZip = spawnSync(process.execPath, [script, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, PATH: path.join(root, 'no-bin') },
    });
    expect(noZip.status).toBe(2);
    expect(noZip.stderr).toContain('7-Zip not found');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the built add-in in headless Chromium with a fake WPS 表格', () => {
  let browser: Browser;
  let server: StaticServer;
  let fake: string;

  beforeAll(async () => {
    const bundle = buildSync({
      entryPoints: [path.join(__dirname, 'fake/browser.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      write: false,
    });
    fake = `${bundle.outputFiles[0]?.text ?? ''}\nglobalThis.installFakeWps(${JSON.stringify(TABLE)});`;
    browser = await launchChromium();
    server = await serveDist(ADDIN);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    page: string,
    options: { init?: string; base?: string } = {},
  ): Promise<{ context: BrowserContext; page: Page; external: string[]; errors: string[] }> {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 420, height: 900 },
    });
    const external: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(file:|https?:\/\/127\.0\.0\.1)/.test(url)) await route.continue();
      else {
        external.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.addInitScript(options.init ?? fake);
    await tab.goto(`${options.base ?? server.origin}/${page}`);
    return { context, page: tab, external, errors };
  }

  const sheetValue = (page: Page, row: number, column: number) =>
    page.evaluate(
      ([r, c]) =>
        (
          globalThis as unknown as {
            Application: { book: { sheets: { value(r: number, c: number): unknown }[] } };
          }
        ).Application.book.sheets[0]?.value(r ?? 0, c ?? 0),
      [row, column],
    );

  it('the pane: 一键核验 marks the fake sheet and says where', async () => {
    const session = await open('taskpane.html');
    try {
      await session.page.getByRole('button', { name: '一键核验' }).click();
      await session.page
        .getByTestId('notice')
        .filter({ hasText: /状态已写在 G3:G8 列/ })
        .waitFor({ timeout: 20_000 });
      expect(await sheetValue(session.page, 2, 6)).toBe('核验状态');
      expect(session.errors).toEqual([]);
      expect(session.external).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 60_000);

  it('the ribbon page: ribbon.OnAction runs 一键核验 and shows the outcome; 指标助手 opens the pane', async () => {
    const session = await open('index.html');
    try {
      // The message box opens while the command runs; accept it at once (it blocks the page).
      const messages: string[] = [];
      session.page.on('dialog', (dialog) => {
        messages.push(dialog.message());
        void dialog.accept();
      });
      const returned = await session.page.evaluate(() =>
        (
          globalThis as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }
        ).ribbon.OnAction({ Id: 'btnRunCheck' }),
      );
      expect(returned).toBe(true);
      for (let i = 0; i < 100 && messages.length === 0; i += 1)
        await session.page.waitForTimeout(100);
      expect(messages[0]).toMatch(/^核验完成\n/);
      expect(await sheetValue(session.page, 2, 6)).toBe('核验状态');
      const pane = await session.page.evaluate(() => {
        const g = globalThis as unknown as {
          ribbon: { OnAction(c: { Id: string }): boolean };
          Application: { taskPanes: { url: string; DockPosition: number; Visible: boolean }[] };
        };
        g.ribbon.OnAction({ Id: 'btnOpenPane' });
        return g.Application.taskPanes[0];
      });
      expect(pane).toEqual({
        url: `${server.origin}/taskpane.html`,
        DockPosition: 2,
        Visible: true,
        ID: 1,
        title: '指标助手',
      });
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 60_000);

  it('an engine without WeakRef gets the guard’s message in the pane, and no bundle', async () => {
    const session = await open('taskpane.html', { init: `${fake}\ndelete globalThis.WeakRef;` });
    try {
      await session.page.getByText(/当前 WPS 版本过旧/).waitFor({ timeout: 10_000 });
      expect(await session.page.locator('#root').textContent()).toContain('Chromium 84');
      expect(await session.page.evaluate(() => document.scripts.length)).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 60_000);

  it('runs from file:// too (offline install): the pane loads its chunks under its CSP', async () => {
    const session = await open('taskpane.html', { base: pathToFileURL(ADDIN).href });
    try {
      await session.page.getByRole('button', { name: '一键核验' }).click();
      await session.page
        .getByTestId('notice')
        .filter({ hasText: /状态已写在 G3:G8 列/ })
        .waitFor({ timeout: 20_000 });
      expect(session.errors).toEqual([]);
    } finally {
      await session.context.close();
    }
  }, 60_000);
});
