/** @jest-environment jsdom */
// The pane outside Excel (MemoryWorkbook): sample → check → filters → locate → summary → edit.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { encodeGb18030 } from '../fixtures/generate/cli';
import {
  indicatorButtons,
  locatedCells,
  noticeText,
  readCounts,
  renderStandalone,
  setAsOf,
  findInDialog,
} from './renderPane';
import type { PaneHarness } from './renderPane';

const SAMPLE_COUNTS = { total: '16', done: '2', onTrack: '10', behind: '4', errors: '0' };

async function checkSample(pane: PaneHarness, names = ZH): Promise<void> {
  await pane.user.click(await screen.findByRole('button', { name: names.load }));
  await setAsOf(names.asOf, '2026-06-30');
  await pane.user.click(screen.getByRole('button', { name: names.check }));
  await screen.findByTestId('summary-counts');
}

const ZH = { load: '加载示例', asOf: '截至日期', check: '一键核验' };
const EN = { load: 'Load sample', asOf: 'As of', check: 'Check now' };

describe('standalone pane (zh-CN)', () => {
  it('starts in standalone mode with the check disabled until a table is loaded', async () => {
    renderStandalone();
    expect(screen.getByRole('heading', { level: 1, name: '指标助手' })).toBeTruthy();
    expect(screen.getByText('独立模式')).toBeTruthy();
    const check = screen.getByRole('button', { name: '一键核验' });
    expect(check.hasAttribute('disabled') || check.getAttribute('aria-disabled') === 'true').toBe(
      true,
    );
    expect(screen.getByText(/尚未加载数据/)).toBeTruthy();
    // No Excel-only controls outside Excel.
    expect(screen.queryByRole('combobox', { name: '数据范围' })).toBeNull();
  });

  it('checks the sample as of 2026-06-30: 16 indicators, 2 done, 10 on track, 4 behind, 0 errors', async () => {
    const pane = renderStandalone();
    await pane.user.click(await screen.findByRole('button', { name: '加载示例' }));
    expect(noticeText()).toContain('已载入：sample.xlsx');
    // The preview shows the loaded table before any check.
    expect(await screen.findByRole('table', { name: '表格预览' })).toBeTruthy();
    await setAsOf('截至日期', '2026-06-30');
    expect(screen.getByText(/序时进度: 50%/)).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    expect(await readCounts()).toEqual(SAMPLE_COUNTS);
    expect(indicatorButtons('指标')).toHaveLength(16);
    // MemoryWorkbook marks nothing, so there is no "marked" notice.
    expect(noticeText()).toBeNull();
  });

  it('filters the indicator list: 仅滞后 shows the 4 behind, 仅错误 none, 全部 all 16', async () => {
    const pane = renderStandalone();
    await checkSample(pane);
    const toolbar = screen.getByRole('toolbar', { name: '指标' });
    const behindOnly = within(toolbar).getByRole('button', { name: '仅滞后' });
    await pane.user.click(behindOnly);
    expect(behindOnly.getAttribute('aria-pressed')).toBe('true');
    const behind = indicatorButtons('指标');
    expect(behind).toHaveLength(4);
    for (const row of behind) {
      expect(['behind', 'severely-behind']).toContain(row.dataset.status);
    }
    await pane.user.click(within(toolbar).getByRole('button', { name: '仅错误' }));
    expect(screen.queryByRole('list', { name: '指标' })).toBeNull();
    expect(screen.getByText('没有符合筛选条件的指标。')).toBeTruthy();
    await pane.user.click(within(toolbar).getByRole('button', { name: '全部' }));
    expect(indicatorButtons('指标')).toHaveLength(16);
  });

  it('highlights the cells of a selected indicator row and of a selected issue in the preview', async () => {
    const pane = renderStandalone();
    await checkSample(pane);
    const row = indicatorButtons('指标').find((button) =>
      button.textContent?.startsWith('全社会研发投入'),
    );
    if (!row) throw new Error('no row for 全社会研发投入');
    await pane.user.click(row);
    // Every cell the row draws on, the (empty) parent column included.
    await waitFor(() => expect(locatedCells()).toEqual(['A3', 'B3', 'C3', 'D3', 'E3', 'F3']));

    // A child indicator also locates its parent-name cell.
    const child = indicatorButtons('指标').find((button) => button.textContent?.startsWith('发明'));
    if (!child) throw new Error('no row for 发明');
    await pane.user.click(child);
    await waitFor(() => expect(locatedCells()).toEqual(['A6', 'B6', 'C6', 'D6', 'E6', 'F6']));

    const issues = screen.getByRole('list', { name: '问题' });
    const issue = within(issues)
      .getAllByRole('button')
      .find((button) => button.dataset.code === 'approximate-value');
    if (!issue) throw new Error('no approximate-value issue');
    const cell = issue.dataset.cell ?? '';
    expect(cell).toMatch(/^D\d+$/);
    await pane.user.click(issue);
    await waitFor(() => expect(locatedCells()).toEqual([cell]));
  });

  it('shows the summary, and a highlighted figure locates its source cells', async () => {
    const pane = renderStandalone();
    await checkSample(pane);
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    const narrative = await screen.findByTestId('narrative');
    expect(narrative.textContent).toContain(
      '截至6月底，全年16项指标中，2项已完成全年目标，10项达到序时进度，4项滞后于序时进度',
    );
    expect(narrative.getAttribute('lang')).toBe('zh-CN');
    const figure = within(narrative).getByRole('button', { name: '1.9亿元' });
    expect(figure.getAttribute('title')).toBe('单元格 D3');
    await pane.user.click(figure);
    await waitFor(() => expect(locatedCells()).toEqual(['D3']));
    // Back on the check tab the result is still there.
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    expect(await readCounts()).toEqual(SAMPLE_COUNTS);
  });

  it('edits the summary by hand and 重新生成 restores the generated text', async () => {
    const pane = renderStandalone();
    await checkSample(pane);
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    const generated = (await screen.findByTestId('narrative')).textContent ?? '';
    expect(screen.queryByRole('button', { name: '重新生成' })).toBeNull();

    await pane.user.click(screen.getByRole('button', { name: '编辑文字' }));
    const editor = screen.getByRole('textbox', { name: '编辑文字' });
    expect((editor as HTMLTextAreaElement).value).toContain('全社会研发投入完成1.9亿元');
    await pane.user.clear(editor);
    await pane.user.type(editor, '本段由人工改写。');
    await pane.user.click(screen.getByRole('button', { name: '完成编辑' }));

    const edited = await screen.findByTestId('narrative');
    expect(edited.textContent).toContain('本段由人工改写。');
    expect(edited.textContent).not.toContain('全社会研发投入完成');
    expect(screen.getByText('文字已手动修改；重新生成将恢复为表格数据。')).toBeTruthy();

    // Regenerating would lose the edits: it asks first (取消 is tested in roughEdges.test.tsx).
    await pane.user.click(screen.getByRole('button', { name: '重新生成' }));
    await pane.user.click(await findInDialog('放弃修改并继续'));
    await waitFor(() => expect(screen.getByTestId('narrative').textContent).toBe(generated));
    expect(screen.queryByRole('button', { name: '重新生成' })).toBeNull();
    expect(screen.queryByText('文字已手动修改；重新生成将恢复为表格数据。')).toBeNull();
  });

  it('imports a GB18030 CSV chosen in the file input and lists its errors', async () => {
    const pane = renderStandalone();
    const csv = [
      '2026年上半年科技工作指标完成情况,,,,',
      '指标名称,单位,年度目标,累计完成,去年同期',
      '专利申请量,件,600,xx,240',
      '高新技术企业,家,40,41,33',
    ].join('\r\n');
    const file = new File([new Uint8Array(encodeGb18030(csv))], '指标表.csv', { type: 'text/csv' });
    await pane.user.upload(await screen.findByLabelText('导入 .xlsx/.csv'), file);
    await waitFor(() => expect(noticeText()).toContain('已载入：指标表.csv'));
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    const counts = await readCounts();
    expect(Number(counts.errors)).toBeGreaterThanOrEqual(1);
    const issue = within(screen.getByRole('list', { name: '问题' }))
      .getAllByRole('button')
      .find((button) => button.dataset.cell === 'D3');
    expect(issue?.dataset.code).toBe('not-a-number');
    await pane.user.click(screen.getByRole('button', { name: '仅错误' }));
    expect(indicatorButtons('指标').map((b) => b.textContent?.slice(0, 5))).toEqual(['专利申请量']);
  });

  it('says why an unsupported file cannot be read and keeps working', async () => {
    renderStandalone();
    // The accept attribute filters the browser's dialog, but not every way a file arrives.
    const user = userEvent.setup({ applyAccept: false, delay: null });
    const input = await screen.findByLabelText('导入 .xlsx/.csv');
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0, 0xe2, 0xe3, 0, 0]);
    await user.upload(input, new File([pdf], 'notes.pdf'));
    const alert = await screen.findByTestId('notice');
    expect(alert.textContent).toContain('出错了');
    expect(alert.textContent).toContain('无法读取该文件：这不是文本 CSV 文件。');
    await user.upload(input, new File([''], 'empty.csv'));
    await waitFor(() => expect(noticeText()).toContain('文件是空的。'));
    await user.click(screen.getByRole('button', { name: '加载示例' }));
    expect(noticeText()).toContain('已载入：sample.xlsx');
  });

  it('keeps settings saved in standalone mode for the page, saved as they change', async () => {
    const pane = renderStandalone();
    await pane.user.click(screen.getByRole('tab', { name: '设置' }));
    const status = await screen.findByTestId('settings-status');
    expect(status.textContent).toBe('更改会自动保存（独立模式下只保存在本页面中）。');
    const severe = screen.getByRole('textbox', { name: '严重滞后阈值（低于序时进度的百分点）' });
    await pane.user.clear(severe);
    await pane.user.type(severe, '30');
    await waitFor(async () =>
      expect((await pane.memory.loadSettings()).settings.severeGap).toBe(0.3),
    );
    await waitFor(() =>
      expect(status.textContent).toBe('更改会自动保存（独立模式下只保存在本页面中）。'),
    );
    // 清除标记 and where results are written are Excel-only: standalone has no workbook.
    expect(screen.queryByRole('button', { name: '清除标记' })).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: '核验结果写入' })).toBeNull();
    expect(screen.queryByText('核验结果写入')).toBeNull();
  });
});

describe('standalone pane (en-US)', () => {
  it('checks the sample and writes the summary in English', async () => {
    const pane = renderStandalone('en-US');
    expect(screen.getByRole('heading', { level: 1, name: 'Indicator Assistant' })).toBeTruthy();
    expect(screen.getByText('Standalone')).toBeTruthy();
    await checkSample(pane, EN);
    expect(await readCounts()).toEqual(SAMPLE_COUNTS);
    const counts = screen.getByTestId('summary-counts');
    expect([...counts.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Total',
      'Done',
      'On track',
      'Behind',
      'Data errors',
    ]);
    await pane.user.click(screen.getByRole('button', { name: 'Behind only' }));
    expect(indicatorButtons('Indicators')).toHaveLength(4);
    expect(screen.getByRole('heading', { level: 2, name: /^Issues \(\d+\)$/ })).toBeTruthy();

    await pane.user.click(screen.getByRole('tab', { name: 'Summary' }));
    const narrative = await screen.findByTestId('narrative');
    expect(narrative.getAttribute('lang')).toBe('en-US');
    expect(narrative.textContent).toContain(
      'As of the end of June, of the 16 indicators for the year, 2 met the annual target, 10 were on schedule, 4 were behind schedule',
    );
    const figure = within(narrative).getAllByRole('button')[0];
    if (!figure) throw new Error('no highlighted figure');
    expect(figure.getAttribute('title')).toMatch(/^Cell [A-Z]+\d+/);
    await pane.user.click(figure);
    const cells = (figure.dataset.cells ?? '').split(',');
    await waitFor(() => expect(locatedCells()).toEqual(cells));

    await pane.user.click(screen.getByRole('button', { name: 'Edit text' }));
    await pane.user.type(screen.getByRole('textbox', { name: 'Edit text' }), ' Extra.');
    await pane.user.click(screen.getByRole('button', { name: 'Done editing' }));
    expect(screen.getByRole('button', { name: 'Regenerate' })).toBeTruthy();
  });
});
