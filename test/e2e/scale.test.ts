// The production pane at 10,000 rows in headless Chromium (issue 14): the engine runs in a worker,
// the lists and the preview render only what is in view, every row can be located in the preview
// without moving the page, and cells show as the workbook formats them.
import type { Browser, Page } from 'playwright-core';
import { LONG_TASK_SCRIPT, measureScale, scaleWorkbook } from '../bench/paneScale';
import { launchChromium, openPane, serveDist } from './harness';
import type { PaneSession, StaticServer } from './harness';

const ROWS = 10_000;
let server: StaticServer;
let browser: Browser;
let workbook: Buffer;
const sessions: PaneSession[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  workbook = await scaleWorkbook(ROWS);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.errors).toEqual([]);
    await session.context.close();
  }
});

async function open(width: number): Promise<PaneSession> {
  const session = await openPane(browser, server.origin, { width, initScript: LONG_TASK_SCRIPT });
  sessions.push(session);
  return session;
}

async function importAndCheck(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name: '指标.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook,
  });
  await page.getByText('已载入：指标.xlsx（工作表：Sheet1）').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: '一键核验' }).click();
  await page.getByTestId('summary-counts').waitFor({ timeout: 60_000 });
}

/** The preview's box and the located cell in it, and where the page is scrolled. */
async function placeOfLocated(page: Page) {
  return page.evaluate(() => {
    const cell = document.querySelector('td[data-located="true"]');
    const box = cell?.closest('[data-testid="preview-frame"]');
    const rect = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
    };
    return {
      address: cell?.getAttribute('data-cell') ?? null,
      cell: rect(cell),
      box: rect(box),
      scrollY: window.scrollY,
    };
  });
}

const inside = (
  cell: { top: number; bottom: number; left: number; right: number } | null,
  box: { top: number; bottom: number; left: number; right: number } | null,
): boolean =>
  cell !== null &&
  box !== null &&
  cell.top >= box.top &&
  cell.bottom <= box.bottom &&
  cell.left >= box.left &&
  cell.right <= box.right;

describe('the pane at 10,000 rows (Chromium)', () => {
  // The DOM budget at this size is asserted in test/budgets; timings are printed by bench:pane.
  it('imports and checks 10,000 rows in the engine worker', async () => {
    const session = await open(400);
    const figures = await measureScale(session.page, workbook, ROWS, session.requests, {
      summary: false,
    });
    expect(figures.worker).toBe(true);
    const total = await session.page.locator('[data-count="total"] dd').innerText();
    expect(total.trim()).toBe(String(ROWS));
    const rendered = await session.page.locator('ul[aria-label="指标"] li').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  }, 240_000);

  it('shows the workbook’s number format in the preview, and every row of it', async () => {
    const { page } = await open(400);
    await importAndCheck(page);
    const frame = page.getByTestId('preview-frame').first();
    // G3 holds 0.3 formatted 0.00%; C3 a plain number.
    await expect(frame.locator('td[data-cell="G3"]').innerText()).resolves.toBe('30.00%');
    await expect(frame.locator('td[data-cell="C3"]').innerText()).resolves.toBe('100');
    await expect(page.getByText(/尚未加载数据/).count()).resolves.toBe(0);
    await frame.evaluate((box) => (box.scrollTop = box.scrollHeight));
    const last = frame.locator(`th[scope="row"]:text-is("${ROWS + 2}")`);
    await last.waitFor();
  }, 240_000);

  it('at 360 px, locates the last indicator (keyboard: End) inside the preview without moving the page', async () => {
    const { page } = await open(360);
    await importAndCheck(page);
    const list = page.getByRole('list', { name: '指标' });
    await list.getByRole('button').first().focus();
    await page.keyboard.press('End');
    const lastRow = list.locator(`li[aria-posinset="${ROWS}"] button`);
    await expect(lastRow.evaluate((button) => button === document.activeElement)).resolves.toBe(
      true,
    );
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    await page.locator(`td[data-located="true"][data-cell="A${ROWS + 2}"]`).waitFor();
    await page.waitForTimeout(300); // the preview settles on the cell
    const place = await placeOfLocated(page);
    expect(place.scrollY).toBe(before);
    expect(inside(place.cell, place.box)).toBe(true);
  }, 240_000);
});

describe('locating a number of the summary at 360 px (Chromium)', () => {
  it('scrolls the preview, not the page, so that the cell is inside it', async () => {
    const { page } = await open(360);
    await page.getByRole('button', { name: '加载示例' }).click();
    await expect(page.getByText(/尚未加载数据/).count()).resolves.toBe(0);
    await page.locator('input[type=date]').fill('2026-06-30');
    await page.getByRole('button', { name: '一键核验' }).click();
    await page.getByTestId('summary-counts').waitFor();
    await page.getByRole('tab', { name: '总结' }).click();
    const narrative = page.getByTestId('narrative');
    await narrative.waitFor();
    // The last figure of the summary: a cell far down (and right) in the preview.
    const figures = narrative.getByRole('button');
    const last = figures.last();
    const cells = ((await last.getAttribute('data-cells')) ?? '').split(',');
    await last.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await last.click();
    await page.locator(`td[data-located="true"][data-cell="${cells[0]}"]`).waitFor();
    await page.waitForTimeout(300);
    const place = await placeOfLocated(page);
    expect(place.scrollY).toBe(before);
    expect(inside(place.cell, place.box)).toBe(true);
    // And a figure in the first paragraph, to the right of the pane's width (column D).
    const first = narrative.getByRole('button', { name: '1.9亿元' });
    await first.scrollIntoViewIfNeeded();
    const again = await page.evaluate(() => window.scrollY);
    await first.click();
    await page.locator('td[data-located="true"][data-cell="D3"]').waitFor();
    await page.waitForTimeout(300);
    const d3 = await placeOfLocated(page);
    expect(d3.scrollY).toBe(again);
    expect(inside(d3.cell, d3.box)).toBe(true);
  });
});
