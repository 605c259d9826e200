/** @jest-environment jsdom */
// Issue 14's rough edges in the pane: counts that add up, edits never discarded without asking,
// and the summary's text aligned to the start in the pane.
import { screen, waitFor } from '@testing-library/react';
import type { CellGrid, CellValue } from '../../src/core';
import { FakePort } from './fakePort';
import { findInDialog, readCounts, renderExcel, renderStandalone, setAsOf } from './renderPane';
import type { PaneHarness } from './renderPane';

const HEADER = ['指标名称', '单位', '年度目标', '累计完成', '去年同期'];
const grid = (...rows: CellValue[][]): CellGrid => ({ address: 'A1', values: [HEADER, ...rows] });

const TABLES: [string, CellGrid, Record<string, string>][] = [
  [
    'no target, invalid and qualitative rows',
    grid(
      ['专利申请量', '件', 600, 331, 240],
      ['高新技术企业', '家', 40, 41, 33],
      ['科技特派员', '人', '', 120, 110],
      ['技术合同', '亿元', 2, 'xx', 0.8],
      ['创新平台建设', '', '完成省级平台建设', '已完成', ''],
      ['科技宣传', '', '开展科技活动周', '正在推进', ''],
    ),
    {
      total: '6',
      done: '1',
      onTrack: '1',
      behind: '0',
      noTarget: '1',
      qualitative: '2',
      errors: '1',
    },
  ],
  [
    'only rows without a target',
    grid(['科技特派员', '人', '', 120, 110], ['培训场次', '场次', '', 30, 20]),
    { total: '2', done: '0', onTrack: '0', behind: '0', noTarget: '2', errors: '0' },
  ],
  [
    'behind and severely behind rows and errors',
    grid(
      ['专利申请量', '件', 600, 100, 240],
      ['高新技术企业', '家', 40, 15, 33],
      ['技术合同', '亿元', 2, '约', 0.8],
    ),
    { total: '3', done: '0', onTrack: '0', behind: '2', errors: '1' },
  ],
];

async function checkExcel(table: CellGrid): Promise<PaneHarness> {
  const port = new FakePort({ grid: table });
  const pane = renderExcel(port);
  await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
  await setAsOf('截至日期', '2026-06-30');
  await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
  return pane;
}

describe('summary counts', () => {
  it.each(TABLES)('has tiles that add up to 共计 for %s', async (_case, table, expected) => {
    await checkExcel(table);
    const counts = await readCounts();
    expect(counts).toEqual(expected);
    const { total, ...groups } = counts;
    const sum = Object.values(groups).reduce((a, b) => a + Number(b), 0);
    expect(sum).toBe(Number(total));
    const labels = [...screen.getByTestId('summary-counts').querySelectorAll('dt')].map(
      (dt) => dt.textContent,
    );
    expect(labels[0]).toBe('共计');
    if (expected.noTarget) expect(labels).toContain('无目标');
    if (expected.qualitative) expect(labels).toContain('定性');
  });
});

describe('edited summary text', () => {
  async function editSummary(pane: PaneHarness): Promise<void> {
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    // The summary's chunk compiles on first use: slow on a loaded machine.
    const edit = await screen.findByRole('button', { name: '编辑文字' }, { timeout: 15_000 });
    await pane.user.click(edit);
    const editor = screen.getByRole('textbox', { name: '编辑文字' });
    await pane.user.clear(editor);
    await pane.user.type(editor, '人工改写。');
    await pane.user.click(screen.getByRole('button', { name: '完成编辑' }));
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
  }

  /** An Excel pane checked once, its summary edited by hand. */
  async function checkedAndEdited(): Promise<{ port: FakePort; pane: PaneHarness }> {
    const port = new FakePort();
    const pane = renderExcel(port);
    await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    await editSummary(pane);
    return { port, pane };
  }

  it('asks before a re-check discards it, and keeps it when the user cancels', async () => {
    const { port, pane } = await checkedAndEdited();

    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await pane.user.click(await findInDialog('取消'));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(port.callsOf('readSource')).toHaveLength(1);
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    expect(screen.getByTestId('narrative').textContent).toBe('人工改写。');
  });

  // One question per test here: jsdom does not show a second one in the same page (Chromium does:
  // test/e2e/roughEdges.test.ts asks three times in one page).
  it('discards the edits when the user goes on', async () => {
    const { port, pane } = await checkedAndEdited();
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await pane.user.click(await findInDialog('放弃修改并继续'));
    await waitFor(() => expect(port.callsOf('readSource')).toHaveLength(2));
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    await waitFor(() =>
      expect(screen.getByTestId('narrative').textContent).toContain('全社会研发投入'),
    );
  });

  it('asks before loading another table over it (standalone)', async () => {
    const pane = renderStandalone();
    await pane.user.click(screen.getByRole('button', { name: '加载示例' }));
    await setAsOf('截至日期', '2026-06-30');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    await editSummary(pane);
    await pane.user.click(screen.getByRole('button', { name: '加载示例' }));
    await pane.user.click(await findInDialog('取消'));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
    expect(screen.getByTestId('summary-counts')).toBeTruthy();
  });

  it('re-checks without asking when nothing was edited', async () => {
    const port = new FakePort();
    const pane = renderExcel(port);
    await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    await pane.user.click(await screen.findByRole('button', { name: '编辑文字' }));
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() => expect(port.callsOf('readSource')).toHaveLength(2));
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
  });
});
