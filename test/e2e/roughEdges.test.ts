// Issue 14's rough edges where layout matters, in real headless Chromium at pane widths (320 px):
// the edit box fills the view, the count tiles wrap, the summary is start-aligned, each tab keeps
// its scroll position, the discard question is in the accessibility tree, no native bubbles.
import type { Page } from 'playwright-core';
import { paneBrowser } from './harness';

const pane = paneBrowser();

async function sampleChecked(width: number): Promise<Page> {
  const session = await pane.open({ width });
  const { page } = session;
  await page.getByRole('button', { name: '加载示例' }).click();
  await page.locator('input[type=date]').fill('2026-06-30');
  await page.getByRole('button', { name: '一键核验' }).click();
  await page.getByTestId('summary-counts').waitFor();
  return page;
}

const scrollY = (page: Page): Promise<number> => page.evaluate(() => Math.round(window.scrollY));

describe('rough edges at pane widths (Chromium)', () => {
  it('fills the view with the edit box at 320 px, and asks before 重新生成 discards edits', async () => {
    const page = await sampleChecked(320);
    await page.getByRole('tab', { name: '总结' }).click();
    await page.getByRole('button', { name: '编辑文字' }).click();
    const editor = page.getByRole('textbox', { name: '编辑文字' });
    const box = await editor.boundingBox();
    const viewport = page.viewportSize();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(0.6 * (viewport?.height ?? Infinity) - 1);
    expect(box?.width ?? 0).toBeGreaterThan(250);
    await editor.fill('人工改写。');
    await page.getByRole('button', { name: '完成编辑' }).click();

    // Asked through the accessibility tree, every time.
    for (const answer of ['取消', '放弃修改并继续']) {
      await page.getByRole('button', { name: '重新生成' }).click();
      const dialog = page.getByRole('alertdialog', { name: '放弃修改的文字？' });
      await dialog.getByRole('button', { name: answer }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await expect(page.getByTestId('narrative').innerText()).resolves.toContain('全社会研发投入');
  });

  it('asks again before each re-check discards edits', async () => {
    const page = await sampleChecked(360);
    await page.getByRole('tab', { name: '总结' }).click();
    await page.getByRole('button', { name: '编辑文字' }).click();
    await page.getByRole('textbox', { name: '编辑文字' }).fill('人工改写。');
    await page.getByRole('tab', { name: '核验' }).click();
    for (const answer of ['取消', '取消', '放弃修改并继续']) {
      await page.getByRole('button', { name: '一键核验' }).click();
      const dialog = page.getByRole('alertdialog', { name: '放弃修改的文字？' });
      await dialog.getByRole('button', { name: answer }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await page.getByRole('tab', { name: '总结' }).click();
    await expect(page.getByRole('textbox', { name: '编辑文字' }).inputValue()).resolves.toContain(
      '全社会研发投入',
    );
  });

  it('wraps the count tiles at 320 px instead of overflowing, and they add up', async () => {
    const session = await pane.open({ width: 320 });
    const { page } = session;
    // Every group: done, on track, behind, no target, qualitative, a data error — seven tiles.
    const csv = [
      '指标名称,单位,年度目标,累计完成,去年同期',
      '专利申请量,件,600,331,240',
      '高新技术企业,家,40,41,33',
      '技术合同成交额,亿元,2,0.5,0.8',
      '科技特派员,人,,120,110',
      '创新平台建设,,完成省级平台建设,已完成,',
      '技术交易,亿元,2,xx,0.8',
    ].join('\r\n');
    await page.getByTestId('file-input').setInputFiles({
      name: '指标.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByText('已载入：').waitFor();
    await page.locator('input[type=date]').fill('2026-06-30');
    await page.getByRole('button', { name: '一键核验' }).click();
    const grid = page.getByTestId('summary-counts');
    await grid.waitFor();
    await expect(page.locator('[data-count]').count()).resolves.toBe(7);
    await expect(grid.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    const tops = await page
      .locator('[data-count]')
      .evaluateAll((tiles) => tiles.map((tile) => Math.round(tile.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBeGreaterThan(1); // wrapped onto a second row
    const clipped = await page
      .locator('[data-count]')
      .evaluateAll((tiles) => tiles.filter((tile) => tile.scrollWidth > tile.clientWidth).length);
    expect(clipped).toBe(0);
    const values = (await page.locator('[data-count] dd').allInnerTexts()).map(Number);
    const [total, ...groups] = values;
    expect(total).toBe(6);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(total);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(320);
  });

  it('aligns the summary to the start in the pane', async () => {
    const page = await sampleChecked(320);
    await page.getByRole('tab', { name: '总结' }).click();
    await page.getByTestId('narrative').waitFor();
    const aligns = await page
      .locator('[data-testid=narrative] p[data-kind=body]')
      .evaluateAll((ps) => [...new Set(ps.map((p) => getComputedStyle(p).textAlign))]);
    expect(aligns).toEqual(['start']);
    const headings = await page
      .locator('[data-testid=narrative] p[data-kind=title]')
      .evaluateAll((ps) => ps.map((p) => getComputedStyle(p).textAlign));
    expect(headings).toEqual(['center']);
  });

  it('shows the results in one piece: nothing appears above them a moment later', async () => {
    const page = await sampleChecked(360);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const first = await height();
    await expect(page.getByTestId('reading-panel').count()).resolves.toBe(1);
    await page.waitForTimeout(1000);
    expect(await height()).toBe(first);
  });

  it('keeps each tab’s scroll position', async () => {
    const page = await sampleChecked(360);
    await page.evaluate(() => window.scrollTo(0, 700));
    expect(await scrollY(page)).toBe(700);
    await page.getByRole('tab', { name: '总结' }).click();
    await page.getByTestId('narrative').waitFor();
    expect(await scrollY(page)).toBe(0); // 总结 opens at its top, not where 核验 was
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.getByRole('tab', { name: '核验' }).click();
    expect(await scrollY(page)).toBe(700);
    await page.getByRole('tab', { name: '总结' }).click();
    expect(await scrollY(page)).toBe(300);
    await page.getByRole('tab', { name: '设置' }).click();
    expect(await scrollY(page)).toBe(0);
  });

  it('shows only our validation message, never the browser’s bubble', async () => {
    const session = await pane.open({ width: 320 });
    const { page } = session;
    await page.getByRole('tab', { name: '设置' }).click();
    const severe = page.getByRole('textbox', { name: '严重滞后阈值（低于序时进度的百分点）' });
    await severe.fill('150');
    await severe.press('Enter');
    await page.getByText('请输入 0 到 100 之间的数字。').waitFor();
    await expect(severe.getAttribute('aria-invalid')).resolves.toBe('true');
    // Nothing for the browser to object to: its bubble never shows.
    const native = await page.evaluate(() =>
      [...document.querySelectorAll('input, textarea')].map(
        (el) => (el as HTMLInputElement).validationMessage,
      ),
    );
    expect(native.filter((message) => message !== '')).toEqual([]);
    // Standalone has no workbook to write results into.
    await expect(page.getByText('核验结果写入').count()).resolves.toBe(0);
  });
});
