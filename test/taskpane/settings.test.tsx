/** @jest-environment jsdom */
// The settings view: percent fields, templates (checked before saving), language, output mode.
import { screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_TEMPLATES } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import { HostError } from '../../src/core';
import { FakePort } from './fakePort';
import { noticeText, readCounts, renderExcel } from './renderPane';
import type { PaneHarness } from './renderPane';

const SEVERE = '严重滞后阈值（低于序时进度的百分点）';
const EXPECTED = '序时进度（留空则按截至日期计算）';
const TEMPLATES = '总结模板（ICU MessageFormat）';
const PERCENT_INVALID = '请输入 0 到 100 之间的数字。';
const OVERALL = '截至本期，共核验{total}项指标。';

async function openSettings(port: FakePort, settings: Partial<Settings> = {}) {
  port.stored = { settings: { ...DEFAULT_SETTINGS, ...settings }, invalid: [] };
  const pane = renderExcel(port);
  await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
  await pane.user.click(screen.getByRole('tab', { name: '设置' }));
  await screen.findByRole('button', { name: '保存设置' });
  return pane;
}

async function replaceText(pane: PaneHarness, field: HTMLElement, text: string): Promise<void> {
  await pane.user.clear(field);
  if (text === '') return;
  await pane.user.click(field);
  // paste, not type: braces are key descriptors for user-event's type().
  await pane.user.paste(text);
}

const templatesBox = (): HTMLTextAreaElement =>
  screen.getByRole('textbox', { name: TEMPLATES }) as HTMLTextAreaElement;

const savedSettings = (port: FakePort): Settings[] =>
  port.callsOf('saveSettings').map((call) => call.settings);

describe('settings view', () => {
  it('shows the stored settings and the default templates of the pane language', async () => {
    const port = new FakePort();
    await openSettings(port, { severeGap: 0.15, expectedProgress: 0.6, outputMode: 'sheet' });
    expect((screen.getByRole('spinbutton', { name: SEVERE }) as HTMLInputElement).value).toBe('15');
    expect((screen.getByRole('spinbutton', { name: EXPECTED }) as HTMLInputElement).value).toBe(
      '60',
    );
    expect(
      (screen.getByRole('radio', { name: '单独的结果工作表' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(JSON.parse(templatesBox().value)).toEqual(DEFAULT_TEMPLATES['zh-CN']);
  });

  it('rejects templates that are not JSON, and saves nothing', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await replaceText(pane, templatesBox(), '{"overall": ');
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    const errors = await screen.findAllByRole('listitem');
    expect(errors.map((e) => e.textContent)).toEqual([expect.stringMatching(/^JSON: /)]);
    expect(templatesBox().getAttribute('aria-invalid')).toBe('true');
    expect(savedSettings(port)).toEqual([]);
    expect(noticeText()).toBeNull();
  });

  it('names an unknown placeholder and the ones the template has, and saves nothing', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await replaceText(pane, templatesBox(), JSON.stringify({ overall: '共{count}项指标。' }));
    await pane.user.click(screen.getByRole('button', { name: '检查模板' }));
    const [error] = await screen.findAllByRole('listitem');
    expect(error?.textContent).toMatch(/^overall: 模板“overall”使用了未知的占位符“\{count\}”。/);
    expect(error?.textContent).toContain('{total}');
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(savedSettings(port)).toEqual([]);
  });

  it('lists every problem: an unknown template id and a syntax error', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await replaceText(pane, templatesBox(), JSON.stringify({ bogus: 'x', title: '{year' }));
    await pane.user.click(screen.getByRole('button', { name: '检查模板' }));
    const items = (await screen.findAllByRole('listitem')).map((e) => e.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^bogus: 未知的模板编号“bogus”/);
    expect(items[1]).toMatch(/^title: 模板“title”有语法错误/);
  });

  it('confirms valid templates when checked', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await pane.user.click(screen.getByRole('button', { name: '检查模板' }));
    expect(await screen.findByText('模板有效。')).toBeTruthy();
    expect(savedSettings(port)).toEqual([]);
  });

  it('saves only the changed template, and the summary uses it', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' });
    const edited = { ...DEFAULT_TEMPLATES['zh-CN'], overall: OVERALL };
    await replaceText(pane, templatesBox(), JSON.stringify(edited, null, 2));
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(noticeText()).toBe('设置已保存到当前工作簿。'));
    expect(savedSettings(port)).toEqual([
      { ...DEFAULT_SETTINGS, asOf: '2026-06-30', templates: { 'zh-CN': { overall: OVERALL } } },
    ]);
    // The editor shows the saved override over the defaults.
    expect(JSON.parse(templatesBox().value)).toEqual(edited);

    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    await pane.user.click(await screen.findByRole('button', { name: '一键核验' }));
    await readCounts();
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    const narrative = await screen.findByTestId('narrative');
    expect(narrative.textContent).toContain('截至本期，共核验16项指标。');
    expect(narrative.textContent).not.toContain('全年16项指标中');
  });

  it('resets the editor to the default templates', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { templates: { 'zh-CN': { overall: OVERALL } } });
    expect(JSON.parse(templatesBox().value).overall).toBe(OVERALL);
    await replaceText(pane, templatesBox(), '{ broken');
    await pane.user.click(screen.getByRole('button', { name: '检查模板' }));
    await screen.findAllByRole('listitem');
    await pane.user.click(screen.getByRole('button', { name: '恢复默认模板' }));
    expect(JSON.parse(templatesBox().value)).toEqual(DEFAULT_TEMPLATES['zh-CN']);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(savedSettings(port)).toHaveLength(1));
    // Defaults are not stored as overrides: the override is gone.
    expect(savedSettings(port)[0]?.templates).toEqual({});
  });

  it('edits the templates of the other language without touching this one', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { templates: { 'zh-CN': { overall: OVERALL } } });
    await pane.user.selectOptions(screen.getByRole('combobox', { name: '模板语言' }), 'English');
    expect(JSON.parse(templatesBox().value)).toEqual(DEFAULT_TEMPLATES['en-US']);
    const text = 'Checked {total} indicators.';
    await replaceText(
      pane,
      templatesBox(),
      JSON.stringify({ ...DEFAULT_TEMPLATES['en-US'], overall: text }),
    );
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(savedSettings(port)).toHaveLength(1));
    expect(savedSettings(port)[0]?.templates).toEqual({
      'zh-CN': { overall: OVERALL },
      'en-US': { overall: text },
    });
  });

  it.each([
    ['above 100', '150'],
    ['negative', '-5'],
    ['empty', ''],
  ])('refuses a severe gap that is %s', async (_case, value) => {
    const port = new FakePort();
    const pane = await openSettings(port);
    const field = screen.getByRole('spinbutton', { name: SEVERE });
    await replaceText(pane, field, value);
    expect(await screen.findByText(PERCENT_INVALID)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(savedSettings(port)).toEqual([]);
  });

  it('refuses an expected progress above 100 but accepts a blank one', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { expectedProgress: 0.6 });
    const field = screen.getByRole('spinbutton', { name: EXPECTED });
    await replaceText(pane, field, '101');
    expect(await screen.findByText(PERCENT_INVALID)).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    expect(savedSettings(port)).toEqual([]);
    await replaceText(pane, field, '');
    expect(screen.queryByText(PERCENT_INVALID)).toBeNull();
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(savedSettings(port)).toHaveLength(1));
    expect(savedSettings(port)[0]?.expectedProgress).toBeNull();
  });

  it('saves the gap, expected progress and output mode, and the check uses them', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' });
    await replaceText(pane, screen.getByRole('spinbutton', { name: SEVERE }), '5');
    await replaceText(pane, screen.getByRole('spinbutton', { name: EXPECTED }), '40');
    await pane.user.click(screen.getByRole('radio', { name: '单独的结果工作表' }));
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(savedSettings(port)).toHaveLength(1));
    expect(savedSettings(port)[0]).toMatchObject({
      severeGap: 0.05,
      expectedProgress: 0.4,
      outputMode: 'sheet',
    });
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    expect(await screen.findByText(/序时进度: 40%/)).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    const [write] = port.callsOf('writeMarks');
    expect(write?.options.mode).toBe('sheet');
    expect(write?.report.expectedProgress).toBe(0.4);
  });

  it('switches the pane to the language chosen and words the confirmation in it', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    const language = screen.getByRole('combobox', { name: '语言' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['跟随 Office', '简体中文', 'English']);
    await pane.user.selectOptions(language, 'English');
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(noticeText()).toBe('Settings saved in this workbook.'));
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeTruthy();
    expect(savedSettings(port)[0]?.locale).toBe('en-US');
  });

  it('keeps the form when saving fails, and says why', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    port.failNext('saveSettings', new HostError('settings-failed'));
    await replaceText(pane, screen.getByRole('spinbutton', { name: SEVERE }), '30');
    await pane.user.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(noticeText()).toBe('出错了无法在工作簿中读取或保存设置。'));
    expect((screen.getByRole('spinbutton', { name: SEVERE }) as HTMLInputElement).value).toBe('30');
  });
});
