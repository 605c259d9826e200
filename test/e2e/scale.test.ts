// The production pane at 10,000 rows in headless Chromium (issue 14): the engine runs in a worker,
// the lists and the preview render only what is in view, every row can be located in the preview
// without moving the page, and cells show as the workbook formats them.
import type { Page } from 'playwright-core';
import { LONG_TASK_SCRIPT, measureScale, scaleWorkbook } from '../bench/paneScale';
import { BUDGETS } from '../budgets/ceilings';
import { openPane, paneBrowser } from './harness';
import type { PaneSession } from './harness';

const ROWS = 10_000;
let workbook: Buffer;
const pane = paneBrowser();

beforeAll(async () => {
  workbook = await scaleWorkbook(ROWS);
});

const open = (width: number): Promise<PaneSession> =>
  pane.open({ width, initScript: LONG_TASK_SCRIPT });

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

/** The preview's box and the located cell at `address` in it, and where the page is scrolled. */
async function placeOfLocated(page: Page, address: string) {
  return page.evaluate((at) => {
    const cell = document.querySelector(`td[data-located="true"][data-cell="${at}"]`);
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
  }, address);
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

/**
 * Does `act` (a click, a key) and waits for `address` to be located in the preview: the cell is
 * inside the preview's frame and the page has not scrolled.
 */
async function locateBy(page: Page, act: () => Promise<void>, address: string): Promise<void> {
  const before = await page.evaluate(() => window.scrollY);
  await act();
  await page.locator(`td[data-located="true"][data-cell="${address}"]`).waitFor();
  await page.waitForTimeout(300); // the preview settles on the cell
  const place = await placeOfLocated(page, address);
  expect(place.address).toBe(address);
  expect(inside(place.cell, place.box)).toBe(true);
  expect(place.scrollY).toBe(before);
}

describe('the pane at 10,000 rows (Chromium)', () => {
  // Timings are printed by bench:pane; the DOM budget (test/budgets/ceilings.ts) is asserted here.
  it('imports and checks 10,000 rows in the engine worker, in under 5,000 elements', async () => {
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
    expect(figures.domNodesCheck).toBeLessThan(BUDGETS.paneDomNodes);
    // Scrolled to the end and filtered (measureScale does both): still within the budget.
    const after = await session.page.evaluate(() => document.getElementsByTagName('*').length);
    expect(after).toBeLessThan(BUDGETS.paneDomNodes);
  }, 240_000);

  // One table imported and checked for the tests below (each import of 10,000 rows takes seconds).
  describe('imported once, at 360 px', () => {
    let shared: PaneSession;
    beforeAll(async () => {
      shared = await openPane(pane.browser(), pane.origin(), { width: 360 });
      await importAndCheck(shared.page);
    }, 120_000);
    afterAll(async () => {
      expect(shared.errors).toEqual([]);
      await shared.context.close();
    });

    it('shows the workbook’s number format in the preview, and every row of it', async () => {
      const { page } = shared;
      const frame = page.getByTestId('preview-frame').first();
      // G3 holds 0.3 formatted 0.00%; C3 a plain number.
      await expect(frame.locator('td[data-cell="G3"]').innerText()).resolves.toBe('30.00%');
      await expect(frame.locator('td[data-cell="C3"]').innerText()).resolves.toBe('100');
      await expect(page.getByText(/尚未加载数据/).count()).resolves.toBe(0);
      // Every row is one height: the rows in view are where the preview puts them.
      const heights = await frame.evaluate((box) =>
        [...box.querySelectorAll('tbody tr[data-index]')].map(
          (tr) => tr.getBoundingClientRect().height,
        ),
      );
      expect(new Set(heights)).toEqual(new Set([22]));
      await frame.evaluate((box) => (box.scrollTop = box.scrollHeight));
      const last = frame.locator(`th[scope="row"]:text-is("${ROWS + 2}")`);
      await last.waitFor();
    }, 60_000);

    it('locates the last indicator (keyboard: End) inside the preview without moving the page', async () => {
      const { page } = shared;
      const list = page.getByRole('list', { name: '指标' });
      await list.getByRole('button').first().focus();
      await page.keyboard.press('End');
      const lastRow = list.locator(`li[aria-posinset="${ROWS}"] button`);
      await expect(lastRow.evaluate((button) => button === document.activeElement)).resolves.toBe(
        true,
      );
      await locateBy(page, () => page.keyboard.press('Enter'), `A${ROWS + 2}`);
    }, 60_000);

    it('locates row 9,999 clicked in the list, and marks its row in the preview', async () => {
      const { page } = shared;
      const list = page.getByRole('list', { name: '指标' });
      // Scrolled there as a user would: the row is rendered once it is in view.
      await list.evaluate((ul, at) => {
        const box = ul.parentElement;
        if (box)
          box.scrollTop =
            ((at - 1) / Number(ul.querySelector('li')?.getAttribute('aria-setsize'))) *
            box.scrollHeight;
      }, 9999);
      const row = list.locator('li[aria-posinset="9999"] button');
      await row.waitFor();
      // The 9,999th indicator is on sheet row 10,001 (a title and a header above).
      await locateBy(page, () => row.click(), 'A10001');
      const marked = await page
        .locator('td[data-cell="A10001"]')
        .evaluate((td) => getComputedStyle(td.parentElement as Element).backgroundColor);
      const plain = await page
        .locator('td[data-cell="A10002"]')
        .evaluate((td) => getComputedStyle(td.parentElement as Element).backgroundColor);
      expect(marked).not.toBe(plain);
    }, 60_000);
  });

  it.each([320, 450])(
    'at %i px, keeps a long list’s rows to one height with their text inside',
    async (width) => {
      const { page } = await open(width);
      await page.getByRole('button', { name: '加载示例' }).waitFor();
      await page.locator('input[type=date]').fill('2026-06-30');
      // 150 indicators with long names, and an issue for each: both lists are long.
      const name = '规模以上工业企业研发经费内部支出占营业收入比重';
      const lines = ['指标名称,单位,年度目标,累计完成,去年同期'];
      for (let i = 1; i <= 150; i++) lines.push(`${name}${i},%,${i},约${i}万,`);
      await page.getByTestId('file-input').setInputFiles({
        name: '长.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lines.join('\n')),
      });
      await page.getByText('已载入：长.csv').waitFor();
      await page.getByRole('button', { name: '一键核验' }).click();
      await page.getByTestId('summary-counts').waitFor();
      for (const label of ['指标', '问题']) {
        const list = page.getByRole('list', { name: label });
        await list.locator('li').first().waitFor();
        const rows = await list.evaluate((ul) =>
          [...ul.querySelectorAll(':scope > li')].map((li) => {
            const button = li.firstElementChild as HTMLElement;
            const clipped = [...button.querySelectorAll<HTMLElement>('[title]')].map((el) => ({
              title: el.title,
              text: el.textContent ?? '',
            }));
            return {
              setsize: Number(li.getAttribute('aria-setsize')),
              height: li.getBoundingClientRect().height,
              button: button.getBoundingClientRect().height,
              fits: button.scrollHeight <= button.clientHeight + 1,
              wide: button.scrollWidth <= button.clientWidth + 1,
              clipped,
            };
          }),
        );
        expect(rows[0]?.setsize).toBeGreaterThan(100); // a virtualised list
        expect(new Set(rows.map((row) => row.height)).size).toBe(1);
        for (const row of rows) {
          expect(row.button).toBe(row.height);
          expect(row.fits).toBe(true);
          expect(row.wide).toBe(true);
          // What is cut short is there in full, in the tooltip (and for a screen reader).
          for (const part of row.clipped) expect(part.title).toBe(part.text);
        }
        expect(rows.some((row) => row.clipped.some((part) => part.text.startsWith(name)))).toBe(
          label === '指标',
        );
      }
    },
    60_000,
  );
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
    await locateBy(page, () => last.click(), cells[0] ?? '');
    // And a figure in the first paragraph, to the right of the pane's width (column D).
    const first = narrative.getByRole('button', { name: '1.9亿元' });
    await first.scrollIntoViewIfNeeded();
    await locateBy(page, () => first.click(), 'D3');
  });
});
