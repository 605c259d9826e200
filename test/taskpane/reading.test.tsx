/** @jest-environment jsdom */
// The 表格识别 panel: an unsure reading opens it (no narrative, no marks); a column chosen in it
// checks the table again at once and is saved with the workbook (standalone: for the page).
import './polyfills';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '../../src/core';
import type { CellGrid, SavedReading } from '../../src/core';
import { FakePort } from './fakePort';
import { noticeText, readCounts, renderExcel, renderStandalone } from './renderPane';
import type { PaneHarness } from './renderPane';

/** Two cumulative columns and no target: which one is the actual is a guess. */
const GUESS_CSV = [
  '指标,1-6月累计,本年累计',
  '专利申请,120,130',
  '发明专利,40,45',
  '科技培训,12,13',
];
const GUESS_BYTES = new TextEncoder().encode(GUESS_CSV.join('\n'));
const GUESS: CellGrid = {
  address: 'A1',
  values: [
    ['指标', '1-6月累计', '本年累计'],
    ['专利申请', 120, 130],
    ['发明专利', 40, 45],
    ['科技培训', 12, 13],
  ],
};
const GUESS_KEY = '指标\t1-6月累计\t本年累计';
const CNIPA = path.resolve(
  __dirname,
  '../fixtures/real/04-cnipa-2021-patent-grants-domestic-foreign-bilingual.csv',
);

async function importCsv(pane: PaneHarness, name: string, content: Uint8Array<ArrayBuffer>) {
  const file = new File([content], name, { type: 'text/csv' });
  await pane.user.upload(await screen.findByLabelText(/导入|Import/), file);
  await waitFor(() => expect(noticeText()).toContain(name));
}

async function check(pane: PaneHarness, label = '一键核验'): Promise<HTMLElement> {
  await pane.user.click(screen.getByRole('button', { name: label }));
  await readCounts();
  return screen.findByTestId('reading-panel');
}

const toggle = (name: RegExp | string = '表格识别') => screen.getByRole('button', { name });
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('表格识别 panel (standalone)', () => {
  it('opens by itself on an unsure reading, names the candidates, and withholds the summary', async () => {
    const pane = renderStandalone();
    await importCsv(pane, 'guess.csv', GUESS_BYTES);
    const panel = await check(pane);
    expect(panel.dataset.unsure).toBe('true');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('reading-line').textContent).toBe(
      '按第1行表头读取：指标名称=A，累计完成=C',
    );
    const doubts = screen.getByTestId('reading-doubts');
    expect(doubts.textContent).toContain('表格的读法不确定');
    expect(doubts.textContent).toContain('无法确定哪一列是“累计完成”：C,B 都可能是');
    // Each role has a dropdown with the sheet's columns; roles that may be empty offer 无.
    // The undecided role shows no column, so that the guess (C) can be picked too.
    expect(select('累计完成').value).toBe('');
    expect([...select('累计完成').options].map((o) => o.text)).toEqual([
      '请选择…',
      'A · 指标',
      'B · 1-6月累计',
      'C · 本年累计',
    ]);
    expect(select('年度目标').value).toBe('none');
    expect(select('年度目标').options[0]?.text).toBe('无');
    expect(select('表头行').value).toBe('1');

    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    expect((await screen.findByTestId('narrative-withheld')).textContent).toContain(
      '表格的读法不确定，未生成总结',
    );
    expect(screen.queryByTestId('narrative')).toBeNull();
    expect(screen.queryByRole('button', { name: '复制到 Word' })).toBeNull();
  });

  it('checks again at once with the column picked, keeps it for the page, and can go back', async () => {
    const pane = renderStandalone();
    await importCsv(pane, 'guess.csv', GUESS_BYTES);
    await check(pane);
    await pane.user.selectOptions(select('累计完成'), 'B');

    await waitFor(() => expect(screen.getByTestId('reading-panel').dataset.unsure).toBe('false'));
    expect(screen.getByTestId('reading-line').textContent).toBe(
      '按第1行表头读取：指标名称=A，累计完成=B',
    );
    expect(screen.queryByTestId('reading-doubts')).toBeNull();
    expect(screen.getByText('你的选择在本页面中有效（独立模式，关闭页面后失效）。')).toBeTruthy();
    const saved: SavedReading = {
      sheet: 'guess.csv',
      headerText: GUESS_KEY,
      columns: { actual: 'B' },
    };
    expect((await pane.memory.loadSettings()).settings.readings).toEqual([saved]);

    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    expect((await screen.findByTestId('narrative')).textContent).toContain('专利申请');
    expect(screen.queryByTestId('narrative-withheld')).toBeNull();

    // The same table imported again is read the same way; the panel stays closed.
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    await importCsv(pane, 'guess.csv', GUESS_BYTES);
    const again = await check(pane);
    expect(again.dataset.unsure).toBe('false');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('reading-line').textContent).toContain('累计完成=B');

    await pane.user.click(toggle());
    await pane.user.click(screen.getByRole('button', { name: '恢复自动识别' }));
    await waitFor(() => expect(screen.getByTestId('reading-panel').dataset.unsure).toBe('true'));
    expect((await pane.memory.loadSettings()).settings.readings).toEqual([]);
  });

  it('reads a real two-row header (CNIPA): the header row can be changed, and a role emptied', async () => {
    const pane = renderStandalone();
    await importCsv(pane, 'cnipa.csv', new Uint8Array(readFileSync(CNIPA)));
    await check(pane);
    expect(screen.getByTestId('reading-line').textContent).toBe(
      '按第4行表头读取：指标名称=B，分组=A，累计完成=C',
    );
    expect(screen.getByTestId('reading-doubts').textContent).toContain('C,E,G 都可能是');
    const actual = [...select('累计完成').options].map((o) => o.text);
    expect(actual).toContain('E · 实用新型 Utility Model / 授权量 Number Granted');

    await pane.user.selectOptions(select('表头行'), '5');
    await waitFor(() =>
      expect(screen.getByTestId('reading-line').textContent).toMatch(/^按第5行表头读取/),
    );
    expect((await pane.memory.loadSettings()).settings.readings).toEqual([
      expect.objectContaining({ sheet: 'cnipa.csv', headerRow: 5, columns: {} }),
    ]);

    await pane.user.selectOptions(select('累计完成'), 'G');
    await waitFor(() => expect(screen.getByTestId('reading-panel').dataset.unsure).toBe('false'));
    // 无 is saved as no column for the role (an empty list).
    await pane.user.selectOptions(select('分组'), 'none');
    await waitFor(() =>
      expect(pane.memory.loadSettings()).resolves.toMatchObject({
        settings: { readings: [{ headerRow: 5, columns: { actual: 'G', group: [] } }] },
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('reading-line').textContent).toMatch(
        /^按第5行表头读取：指标名称=B，累计完成=G/,
      ),
    );
    expect(screen.getByTestId('reading-line').textContent).not.toContain('分组');
  });

  it('stays closed on a sure reading and opens on request', async () => {
    const pane = renderStandalone();
    await pane.user.click(await screen.findByRole('button', { name: '加载示例' }));
    const panel = await check(pane);
    expect(panel.dataset.unsure).toBe('false');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(within(panel).queryByRole('combobox')).toBeNull();
    expect(screen.getByTestId('reading-line').textContent).toMatch(/^按第\d+行表头读取：指标名称=/);
    await pane.user.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(within(panel).getAllByRole('combobox').length).toBeGreaterThan(5);
  });

  it('speaks English in en-US', async () => {
    const pane = renderStandalone('en-US');
    await importCsv(pane, 'guess.csv', GUESS_BYTES);
    await check(pane, 'Check now');
    expect(toggle('How the table was read').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('reading-line').textContent).toBe(
      'Read with the header in row 1: Indicator=A, Actual=C',
    );
    expect(screen.getByTestId('reading-doubts').textContent).toContain('The reading is unsure');
    expect(select('Target').options[0]?.text).toBe('None');
    await pane.user.click(screen.getByRole('tab', { name: 'Summary' }));
    expect((await screen.findByTestId('narrative-withheld')).textContent).toContain(
      'no summary was written from a guess',
    );
  });
});

describe('表格识别 panel (Excel)', () => {
  it('marks nothing from a guess; the column picked is saved with the workbook and marked', async () => {
    const port = new FakePort({ grid: GUESS, sheetName: '指标' });
    const pane = renderExcel(port);
    await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
    await check(pane);
    expect(port.callsOf('writeMarks')).toHaveLength(0);
    expect(noticeText()).toContain('没有写入任何标记');

    await pane.user.selectOptions(select('累计完成'), 'B');
    await waitFor(() => expect(port.callsOf('writeMarks')).toHaveLength(1));
    const saved: SavedReading = { sheet: '指标', headerText: GUESS_KEY, columns: { actual: 'B' } };
    await waitFor(() => expect(port.callsOf('saveSettings')).toHaveLength(1));
    expect(port.callsOf('saveSettings')[0]?.settings).toEqual({
      ...DEFAULT_SETTINGS,
      readings: [saved],
    });
    expect(port.callsOf('writeMarks')[0]?.report.table?.columns.actual).toBe('B');
    await waitFor(() => expect(noticeText()).toContain('状态已写在 G3:G18 列'));
    expect(screen.getByText('你的选择已随工作簿保存，再次核验同一表格时自动使用。')).toBeTruthy();
  });

  it('uses a reading stored in the workbook from the first check', async () => {
    const saved: SavedReading = { sheet: '指标', headerText: GUESS_KEY, columns: { actual: 'B' } };
    const port = new FakePort({
      grid: GUESS,
      settings: {
        settings: { ...DEFAULT_SETTINGS, asOf: '2026-06-30', readings: [saved] },
        invalid: [],
      },
    });
    const pane = renderExcel(port);
    // The stored settings are in use once their as-of date shows.
    await waitFor(() =>
      expect((screen.getByLabelText('截至日期') as HTMLInputElement).value).toBe('2026-06-30'),
    );
    const panel = await check(pane);
    expect(panel.dataset.unsure).toBe('false');
    expect(port.callsOf('writeMarks')).toHaveLength(1);
    expect(screen.getByTestId('reading-line').textContent).toContain('累计完成=B');
  });

  it('shows a save failure and keeps the new reading for this check', async () => {
    const port = new FakePort({ grid: GUESS });
    const pane = renderExcel(port);
    await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
    await check(pane);
    const { HostError } = await import('../../src/core');
    port.failNext('saveSettings', new HostError('settings-failed'));
    await pane.user.selectOptions(select('累计完成'), 'B');
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('出错了'));
    expect(screen.getByTestId('reading-line').textContent).toContain('累计完成=B');
  });
});
