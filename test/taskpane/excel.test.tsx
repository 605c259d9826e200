/** @jest-environment jsdom */
// The pane inside Excel, against a fake WorkbookPort that records calls and fails on demand.
import { screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import { HostError } from '../../src/core';
import { FakePort } from './fakePort';
import { indicatorButtons, noticeText, readCounts, renderExcel, setAsOf } from './renderPane';

const SAMPLE_COUNTS = { total: '16', done: '2', onTrack: '10', behind: '4', errors: '0' };
const EDIT_MODE_ZH = 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。';
const PROTECTED_ZH = '工作表或工作簿受保护（或以只读方式打开），无法写入。请取消保护后重试。';

const stored = (settings: Partial<Settings>, invalid: string[] = []) => ({
  settings: { ...DEFAULT_SETTINGS, ...settings },
  invalid,
});

/** Waits for the stored settings to be applied (the as-of date comes from them). */
async function started(port: FakePort): Promise<void> {
  await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
  await screen.findByRole('combobox', { name: /数据范围|Data range/ });
}

describe('pane in Excel (fake port)', () => {
  it('shows Excel mode: no sample or import buttons, a source picker, no preview', async () => {
    const port = new FakePort();
    renderExcel(port);
    await started(port);
    expect(screen.getByText('Excel', { exact: true })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加载示例' })).toBeNull();
    expect(screen.queryByText('独立模式')).toBeNull();
    expect(screen.getByText(/选中指标表格/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: '表格预览' })).toBeNull();
  });

  it('reads the source chosen in the settings and writes marks with the output mode and locale', async () => {
    const port = new FakePort({
      settings: stored({ source: 'table', outputMode: 'sheet', asOf: '2026-06-30' }),
      summary: {
        mode: 'sheet',
        fellBackToSheet: false,
        cellsMarked: 0,
        notes: 0,
        resultSheet: '核验结果',
      },
    });
    const pane = renderExcel(port);
    await started(port);
    expect((screen.getByLabelText('截至日期') as HTMLInputElement).value).toBe('2026-06-30');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    expect(await readCounts()).toEqual(SAMPLE_COUNTS);
    expect(port.callsOf('readSource').map((c) => c.kind)).toEqual(['table']);
    const [write] = port.callsOf('writeMarks');
    expect(write?.options).toEqual({ mode: 'sheet', locale: 'zh-CN' });
    expect(write?.source.sheetName).toBe('指标');
    expect(write?.report.asOf).toBe('2026-06-30');
    await waitFor(() => expect(noticeText()).toBe('结果已写在工作表“核验结果”。'));
  });

  it.each([
    [
      'cells marked',
      { mode: 'column', fellBackToSheet: false, cellsMarked: 17, notes: 0, statusRange: 'G3:G18' },
      '状态已写在 G3:G18 列，共标记 17 个单元格。',
    ],
    [
      'a fallback to the result sheet',
      {
        mode: 'column',
        fellBackToSheet: true,
        cellsMarked: 0,
        notes: 0,
        fallbackReason: 'neighbour-not-empty',
        resultSheet: '核验结果',
      },
      '表格右侧一列已有内容，为避免覆盖，结果写在工作表“核验结果”。',
    ],
  ] as const)('reports %s after the check', async (_case, summary, text) => {
    const port = new FakePort({ summary: { ...summary } });
    const pane = renderExcel(port);
    await started(port);
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() => expect(noticeText()).toBe(text));
  });

  it('selects the cells of an indicator, an issue and a figure of the summary in Excel', async () => {
    const port = new FakePort({ settings: stored({ asOf: '2026-06-30' }), sheetName: '上半年' });
    const pane = renderExcel(port);
    await started(port);
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await screen.findByTestId('summary-counts');
    const row = indicatorButtons('指标').find((b) => b.textContent?.startsWith('专利授权量'));
    if (!row) throw new Error('no row for 专利授权量');
    await pane.user.click(row);
    await waitFor(() =>
      expect(port.callsOf('selectCells')).toEqual([
        {
          method: 'selectCells',
          sheetName: '上半年',
          addresses: ['A9', 'B9', 'C9', 'D9', 'E9', 'F9'],
        },
      ]),
    );
    const issue = within(screen.getByRole('list', { name: '问题' })).getAllByRole('button')[0];
    if (!issue) throw new Error('no issue');
    await pane.user.click(issue);
    await waitFor(() =>
      expect(port.callsOf('selectCells')[1]?.addresses).toEqual([issue.dataset.cell]),
    );
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    const narrative = await screen.findByTestId('narrative');
    await pane.user.click(within(narrative).getByRole('button', { name: '1.9亿元' }));
    await waitFor(() =>
      expect(port.callsOf('selectCells')[2]).toEqual({
        method: 'selectCells',
        sheetName: '上半年',
        addresses: ['D3'],
      }),
    );
    // Excel has the sheet: no read-only preview inside Excel.
    expect(screen.queryByRole('table', { name: '表格预览' })).toBeNull();
  });

  it('shows why reading failed (cell edit mode) and checks fine on the next try', async () => {
    const port = new FakePort();
    const pane = renderExcel(port);
    await started(port);
    port.failNext('readSource', new HostError('edit-mode'));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    const alert = await screen.findByTestId('notice');
    await waitFor(() => expect(alert.textContent).toBe(`出错了${EDIT_MODE_ZH}`));
    expect(port.callsOf('writeMarks')).toHaveLength(0);
    expect(screen.queryByTestId('summary-counts')).toBeNull();

    await setAsOf('截至日期', '2026-06-30');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    expect(await readCounts()).toEqual(SAMPLE_COUNTS);
    await waitFor(() => expect(noticeText()).toBe('状态已写在 G3:G18 列，共标记 17 个单元格。'));
  });

  it('words a host error by its code, in English when Office is in English', async () => {
    const port = new FakePort();
    const pane = renderExcel(port, 'en-US');
    await started(port);
    port.failNext('writeMarks', new HostError('sheet-protected', { hostCode: 'AccessDenied' }));
    await pane.user.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() =>
      expect(noticeText()).toBe(
        'Something went wrong' +
          'The sheet or workbook is protected (or open read-only), so nothing can be written. Unprotect it and try again.',
      ),
    );
    // The pane still works: the next check succeeds.
    await pane.user.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(noticeText()).toBe('Status written in G3:G18; 17 cells marked.'));
    expect(port.callsOf('writeMarks').map((c) => c.options.locale)).toEqual(['en-US', 'en-US']);
  });

  it('keeps the results when selecting cells fails, and says why', async () => {
    const port = new FakePort();
    const pane = renderExcel(port);
    await started(port);
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await screen.findByTestId('summary-counts');
    port.failNext('selectCells', new HostError('sheet-not-found'));
    const [first, second] = indicatorButtons('指标');
    if (!first || !second) throw new Error('no rows');
    await pane.user.click(first);
    await waitFor(() => expect(noticeText()).toContain('找不到对应的工作表或单元格'));
    await pane.user.click(second);
    await waitFor(() => expect(port.callsOf('selectCells')).toHaveLength(2));
    expect(screen.getByTestId('summary-counts')).toBeTruthy();
  });

  it('warns about unreadable stored settings and uses the readable ones', async () => {
    const port = new FakePort({
      settings: stored({ source: 'selection' }, ['severeGap', 'outputMode']),
    });
    const pane = renderExcel(port);
    await started(port);
    await waitFor(() =>
      expect(noticeText()).toBe(
        '工作簿中保存的部分设置无法读取，已使用默认值：severeGap, outputMode',
      ),
    );
    const picker = screen.getByRole('combobox', { name: '数据范围' }) as HTMLSelectElement;
    expect(picker.value).toBe('selection');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() =>
      expect(port.callsOf('readSource').map((c) => c.kind)).toEqual(['selection']),
    );
  });

  it('words the settings warning in the stored language', async () => {
    const port = new FakePort({ settings: stored({ locale: 'en-US' }, ['templates']) });
    renderExcel(port, 'zh-CN');
    await waitFor(() =>
      expect(noticeText()).toBe(
        'Some settings stored in the workbook were unreadable; defaults used: templates',
      ),
    );
    expect(screen.getByRole('tab', { name: 'Summary' })).toBeTruthy();
  });

  it('shows an error when the settings cannot be read at all, and still checks', async () => {
    const port = new FakePort();
    port.failNext('loadSettings', new HostError('settings-failed'));
    const pane = renderExcel(port);
    await waitFor(() => expect(noticeText()).toBe('出错了无法在工作簿中读取或保存设置。'));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() => expect(port.callsOf('readSource').map((c) => c.kind)).toEqual(['auto']));
  });

  it('saves the source chosen in the picker and reads that source next', async () => {
    const port = new FakePort({ settings: stored({ severeGap: 0.15 }) });
    const pane = renderExcel(port);
    await started(port);
    const picker = screen.getByRole('combobox', { name: '数据范围' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['自动（表格或选区）', '当前选区', '光标所在表格', '整张工作表']);
    await pane.user.selectOptions(picker, '整张工作表');
    await waitFor(() => expect(port.callsOf('saveSettings')).toHaveLength(1));
    expect(port.callsOf('saveSettings')[0]?.settings).toEqual({
      ...DEFAULT_SETTINGS,
      severeGap: 0.15,
      source: 'sheet',
    });
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() => expect(port.callsOf('readSource').map((c) => c.kind)).toEqual(['sheet']));
  });

  it('says so when the chosen source cannot be saved, and still uses it', async () => {
    const port = new FakePort();
    port.failNext('saveSettings', new HostError('sheet-protected'));
    const pane = renderExcel(port);
    await started(port);
    await pane.user.selectOptions(screen.getByRole('combobox', { name: '数据范围' }), 'selection');
    await waitFor(() => expect(noticeText()).toBe(`出错了${PROTECTED_ZH}`));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() =>
      expect(port.callsOf('readSource').map((c) => c.kind)).toEqual(['selection']),
    );
  });

  it('clears the marks from the settings view, and reports a failure to clear', async () => {
    const port = new FakePort();
    const pane = renderExcel(port);
    await started(port);
    await pane.user.click(screen.getByRole('tab', { name: '设置' }));
    const clear = await screen.findByRole('button', { name: '清除标记' });
    await pane.user.click(clear);
    await waitFor(() =>
      expect(noticeText()).toBe('已删除指标助手写入的状态列、底色、批注和结果表。'),
    );
    expect(port.callsOf('clearMarks')).toHaveLength(1);
    // 清除标记 is not a submit button: nothing was saved.
    expect(port.callsOf('saveSettings')).toHaveLength(0);

    port.failNext('clearMarks', new HostError('edit-mode'));
    await pane.user.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(noticeText()).toBe(`出错了${EDIT_MODE_ZH}`));
    expect(port.callsOf('clearMarks')).toHaveLength(2);
  });

  it('says changes are saved in the workbook (not only in the page), and saves them', async () => {
    const port = new FakePort();
    const pane = renderExcel(port);
    await started(port);
    await pane.user.click(screen.getByRole('tab', { name: '设置' }));
    const status = await screen.findByTestId('settings-status');
    expect(status.textContent).toBe('更改会自动保存到当前工作簿。');
    await pane.user.click(screen.getByRole('radio', { name: '单独的结果工作表' }));
    await waitFor(() =>
      expect(port.callsOf('saveSettings')[0]?.settings).toEqual({
        ...DEFAULT_SETTINGS,
        outputMode: 'sheet',
      }),
    );
    expect(noticeText()).toBeNull();
  });

  it('shows the check as busy while Excel is read, and runs it once', async () => {
    const port = new FakePort();
    const pane = renderExcel(port);
    await started(port);
    // Nothing stored: the as-of date is the end of the last full month before "today".
    expect((screen.getByLabelText('截至日期') as HTMLInputElement).value).toBe('2026-04-30');
    expect(screen.getByText(/序时进度: 33\.3%/)).toBeTruthy();
    const release = port.hold('readSource');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    const busy = await screen.findByRole('button', { name: '正在核验…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect(busy.hasAttribute('disabled')).toBe(true);
    await pane.user.click(busy);
    release();
    await screen.findByTestId('summary-counts');
    expect(screen.getByRole('button', { name: '一键核验' }).hasAttribute('disabled')).toBe(false);
    expect(port.callsOf('readSource')).toHaveLength(1);
    expect(port.callsOf('writeMarks')).toHaveLength(1);
  });

  // Issue 14: every issue is listed (no cut at 300); a long list renders only the rows in view.
  it('lists every issue of a broken sheet, rendering only the rows in view', async () => {
    const rows = Array.from({ length: 320 }, (_, i) => [`指标${i + 1}`, '件', 100, 'xx', 90]);
    const port = new FakePort({
      grid: {
        address: 'A1',
        values: [['指标名称', '单位', '年度目标', '累计完成', '去年同期'], ...rows],
      },
    });
    const pane = renderExcel(port);
    await started(port);
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    const counts = await readCounts();
    const errors = Number(counts.errors);
    expect(errors).toBeGreaterThanOrEqual(320);
    const issues = screen.getByRole('list', { name: '问题' });
    const issueTotal = Number(
      /\((\d+)\)/.exec(screen.getByRole('heading', { name: /^问题/ }).textContent ?? '')?.[1],
    );
    expect(issueTotal).toBeGreaterThanOrEqual(errors);
    const items = within(issues).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(100);
    for (const item of items) expect(item.getAttribute('aria-setsize')).toBe(String(issueTotal));
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(screen.queryByText(/未列出/)).toBeNull();
  });
});

describe('notices from the ribbon', () => {
  it('shows the last ribbon-command notice that no dialog could show', async () => {
    const port = new FakePort({
      pendingNotice: { tone: 'warning', title: '核验完成', lines: ['滞后 2 项。'] },
    });
    renderExcel(port);
    await waitFor(() => expect(noticeText()).toBe('核验完成 滞后 2 项。'));
    expect(port.callsOf('takeLastNotice')).toHaveLength(1);
  });
});
