// Real headless Chromium (Debian's, never downloaded) against the production build in dist/,
// served on 127.0.0.1. Every request is recorded; anything not on this machine is aborted.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const DIST = path.resolve(__dirname, '../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export async function serveDist(root = DIST): Promise<StaticServer> {
  if (!existsSync(path.join(root, 'taskpane.html'))) {
    throw new Error(`No build in ${root}: run "npm run build" first.`);
  }
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Requests to other hosts, aborted (office.js from Microsoft's CDN among them). */
  external: string[];
  errors: string[];
}

const isLocal = (url: string): boolean => {
  if (!/^https?:/.test(url)) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost';
};

export async function openPane(
  browser: Browser,
  origin: string,
  options: {
    locale?: 'zh-CN' | 'en-US';
    width?: number;
    /** Served in place of office.js (still counted as external); absent: office.js is blocked. */
    officeJsStub?: string;
    /** The office.js request never answers (neither served nor failed). */
    officeJsHangs?: boolean;
    /** Runs in the page before any of its scripts. */
    initScript?: string;
  } = {},
): Promise<PaneSession> {
  const locale = options.locale ?? 'zh-CN';
  const context = await browser.newContext({
    locale,
    viewport: { width: options.width ?? 400, height: 900 },
    acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const session: PaneSession = {
    context,
    page: await context.newPage(),
    requests: [],
    external: [],
    errors: [],
  };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    session.requests.push(url);
    if (isLocal(url)) {
      await route.continue();
      return;
    }
    session.external.push(url);
    if (options.officeJsHangs && url.endsWith('/office.js')) return;
    if (options.officeJsStub !== undefined && url.endsWith('/office.js')) {
      await route.fulfill({ contentType: 'text/javascript', body: options.officeJsStub });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  if (options.initScript) await session.page.addInitScript(options.initScript);
  session.page.on('pageerror', (error) => session.errors.push(String(error)));
  // A pending office.js holds back the load event, so then wait only for the document.
  await session.page.goto(`${origin}/taskpane.html?lang=${locale}`, {
    waitUntil: options.officeJsHangs ? 'domcontentloaded' : 'load',
  });
  return session;
}

export type PaneOptions = NonNullable<Parameters<typeof openPane>[2]>;

/**
 * One static server and one Chromium for a test file (opened before its tests, closed after); the
 * pages a test opens with `open` are checked (no page error, then `afterEachPage`) and closed after it.
 */
export function paneBrowser(afterEachPage?: (session: PaneSession, origin: string) => void): {
  open(options?: PaneOptions): Promise<PaneSession>;
  origin(): string;
  browser(): Browser;
} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const sessions: PaneSession[] = [];
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      expect(session.errors).toEqual([]);
      afterEachPage?.(session, server?.origin ?? '');
      await session.context.close();
    }
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('paneBrowser: used before its beforeAll ran');
    return value;
  };
  return {
    async open(options = {}) {
      const session = await openPane(started(browser), started(server).origin, options);
      sessions.push(session);
      return session;
    },
    origin: () => started(server).origin,
    browser: () => started(browser),
  };
}
