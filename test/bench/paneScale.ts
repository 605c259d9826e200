// The pane at 10,000 rows in headless Chromium (issue 14): file chosen → results visible, the
// longest main-thread task while importing, checking and summarising, DOM nodes, scrolling and
// the 仅滞后 filter. Used by `npm run bench:pane` and by the browser tests.
import type { Page } from 'playwright-core';
import { largeTable, makeXlsx } from '../fixtures/generate/cli';

/** How long the benchmark waits for the summary. */
const SUMMARY_LIMIT_MS = 120_000;

export interface ScaleFigures {
  rows: number;
  /** File chosen → 已载入, 一键核验 pressed at once → the counts and the first rows shown. */
  resultsMs: number;
  /** File chosen → the summary tab shows its text (null: not measured, or not within 120 s). */
  summaryMs: number | null;
  /** Longest main-thread task (PerformanceObserver longtask) from file chosen to summary shown. */
  longestTaskMs: number;
  /** Every long task (≥ 50 ms) in that time: [ms after the file was chosen, duration], longest first. */
  longTasks: [number, number][];
  /** Elements in the page with the results shown (check tab), and with the summary shown. */
  domNodesCheck: number;
  domNodesSummary: number | null;
  /** 100 jumps from the top to the end of the indicator list, each rendered. */
  scrollEndToEndMs: number;
  /** 仅滞后 pressed → the filtered list shown. */
  filterBehindMs: number;
  /** Mean height of an indicator row at the end of the list (px). */
  rowHeight: number;
  /** Where the engine ran (the worker chunk was fetched). */
  worker: boolean;
}

/**
 * Records long tasks from the page's start; pass as openPane's initScript. (`__name`: tsx keeps
 * function names with a helper that functions sent to the page would otherwise miss.)
 */
export const LONG_TASK_SCRIPT = `
  window.__name = (fn) => fn;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
`;

export async function scaleWorkbook(rows: number): Promise<Buffer> {
  const table = largeTable(rows);
  // A rate column shown as Excel shows it (0.025 → 2.50%).
  table.header = [...table.header, '完成率'];
  table.rows = table.rows.map((row) => [...row, Number(row[3]) / Number(row[2])]);
  table.formats = { 6: '0.00%' };
  return makeXlsx(table, 'Sheet1');
}

declare global {
  interface Window {
    __longTasks: { start: number; duration: number }[];
  }
}

/** In the page: chooses the file, checks it, opens 总结; times measured on the page's clock. */
export async function measureScale(
  page: Page,
  bytes: Buffer,
  rows: number,
  requests: string[],
  options: { summary?: boolean } = {},
): Promise<ScaleFigures> {
  const withSummary = options.summary ?? true;
  await page.getByRole('button', { name: '加载示例' }).waitFor();
  // Mid-year, so that the generated rows are a mix of done, on track and behind.
  await page.locator('input[type=date]').fill('2026-06-30');
  const base64 = bytes.toString('base64');
  const timing = await page.evaluate(
    async ({ base64, name, withSummary, summaryLimit }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const until = async (test: () => boolean, limit = 180_000): Promise<number> => {
        const start = performance.now();
        while (!test()) {
          if (performance.now() - start > limit) throw new Error(`timed out: ${test.toString()}`);
          await frame();
        }
        return performance.now();
      };
      const buttonNamed = (text: string) =>
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
      const raw = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]');
      if (!input) throw new Error('no file input');
      const files = new DataTransfer();
      files.items.add(new File([raw], name));
      await frame(); // the bytes decoded above are the benchmark's work, not the pane's
      const chosen = performance.now();
      performance.mark('ia:chosen');
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => document.body.textContent?.includes(`已载入：${name}`) ?? false);
      performance.mark('ia:loaded');
      const check = buttonNamed('一键核验');
      await until(() => !!check && !check.disabled);
      check?.click();
      const results = await until(
        () =>
          !!document.querySelector('[data-testid="summary-counts"]') &&
          !!document.querySelector('ul[aria-label="指标"] li'),
      );
      performance.mark('ia:results');
      const domNodesCheck = document.getElementsByTagName('*').length;
      const tasksUntil = (end: number) =>
        window.__longTasks
          .filter((task) => task.start + task.duration >= chosen && task.start <= end)
          .map((task): [number, number] => [
            Math.round(task.start - chosen),
            Math.round(task.duration),
          ])
          .sort((a, b) => b[1] - a[1]);
      const longestUntil = (end: number) => Math.max(0, ...tasksUntil(end).map((task) => task[1]));
      if (!withSummary) {
        await frame();
        return {
          resultsMs: results - chosen,
          summaryMs: null,
          longestTaskMs: longestUntil(performance.now()),
          longTasks: tasksUntil(performance.now()),
          domNodesCheck,
          domNodesSummary: null,
        };
      }
      [...document.querySelectorAll('[role="tab"]')]
        .find((tab) => tab.textContent?.startsWith('总结')) // Fluent repeats a tab's text
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      // Not shown within the limit (the summary's own size): measured up to then, and said so.
      const shown = () => !!document.querySelector('[data-testid="narrative"]');
      const summary = await until(shown, summaryLimit).catch(() => performance.now());
      performance.mark('ia:summary');
      await frame();
      if (!shown()) {
        return {
          resultsMs: results - chosen,
          summaryMs: null,
          longestTaskMs: longestUntil(summary),
          longTasks: tasksUntil(summary),
          domNodesCheck,
          domNodesSummary: null,
        };
      }
      const longest = longestUntil(summary);
      const domNodesSummary = document.getElementsByTagName('*').length;
      return {
        resultsMs: results - chosen,
        summaryMs: summary - chosen,
        longestTaskMs: longest,
        longTasks: tasksUntil(summary),
        domNodesCheck,
        domNodesSummary,
      };
    },
    { base64, name: '指标.xlsx', withSummary, summaryLimit: SUMMARY_LIMIT_MS },
  );

  await page.getByRole('tab', { name: '核验' }).click();
  await page.locator('ul[aria-label="指标"] li').first().waitFor();
  const interaction = await page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const list = document.querySelector<HTMLElement>('ul[aria-label="指标"]');
    const box = list?.parentElement;
    if (!list || !box) throw new Error('no indicator list');
    const total = Number(list.querySelector('li')?.getAttribute('aria-setsize'));
    const scrollStart = performance.now();
    for (let step = 1; step <= 100; step++) {
      box.scrollTop = ((box.scrollHeight - box.clientHeight) * step) / 100;
      await frame();
    }
    // Rows measured on the way may make the list longer than estimated: on to its real end.
    while (!list.querySelector(`li[aria-posinset="${total}"]`)) {
      box.scrollTop = box.scrollHeight;
      await frame();
    }
    const heights = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect().height);
    const scrollEndToEndMs = performance.now() - scrollStart;
    const behind = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '仅滞后',
    );
    const filterStart = performance.now();
    behind?.click();
    for (;;) {
      const first = document.querySelector<HTMLElement>('ul[aria-label="指标"] li');
      const size = Number(first?.getAttribute('aria-setsize'));
      const status = first?.querySelector('button')?.dataset.status ?? '';
      if (size < total && /behind/.test(status)) break;
      await frame();
    }
    return {
      scrollEndToEndMs,
      filterBehindMs: performance.now() - filterStart,
      rowHeight: Math.round(heights.reduce((a, b) => a + b, 0) / Math.max(1, heights.length)),
    };
  });
  const round = (ms: number) => Math.round(ms);
  return {
    rows,
    resultsMs: round(timing.resultsMs),
    summaryMs: timing.summaryMs === null ? null : round(timing.summaryMs),
    longestTaskMs: round(timing.longestTaskMs),
    longTasks: timing.longTasks,
    domNodesCheck: timing.domNodesCheck,
    domNodesSummary: timing.domNodesSummary,
    scrollEndToEndMs: round(interaction.scrollEndToEndMs),
    filterBehindMs: round(interaction.filterBehindMs),
    rowHeight: interaction.rowHeight,
    worker: requests.some((url) => /\/engine-worker\.[0-9a-f]+\.js$/.test(url)),
  };
}
