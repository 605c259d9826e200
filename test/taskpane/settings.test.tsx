/** @jest-environment jsdom */
// The settings view: saved as it changes (our validation only), results marked stale after a change
// that affects them, and the summary's templates as a form (one box per sentence, raw JSON under 高级).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_TEMPLATES } from '../../src/core';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Settings } from '../../src/core/settings';
import { HostError } from '../../src/core';
import { FakePort } from './fakePort';
import { noticeText, readCounts, renderExcel } from './renderPane';
import type { PaneHarness } from './renderPane';

const SEVERE = '严重滞后阈值（低于序时进度的百分点）';
const EXPECTED = '序时进度（留空则按截至日期计算）';
const PERCENT_INVALID = '请输入 0 到 100 之间的数字。';
const SAVED = '更改会自动保存到当前工作簿。';
const NOT_SAVED = '有无效的内容，未保存；修正后会自动保存。';
const OVERALL = '截至本期，共核验{total}项指标。';

async function openSettings(port: FakePort, settings: Partial<Settings> = {}, check = false) {
  port.stored = { settings: { ...DEFAULT_SETTINGS, ...settings }, invalid: [] };
  const pane = renderExcel(port);
  await waitFor(() => expect(port.callsOf('loadSettings')).toHaveLength(1));
  const asOf = settings.asOf ?? '2026-04-30';
  await waitFor(() =>
    expect((screen.getByLabelText('截至日期') as HTMLInputElement).value).toBe(asOf),
  );
  if (check) {
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
  }
  await pane.user.click(screen.getByRole('tab', { name: '设置' }));
  await screen.findByTestId('settings-status');
  return pane;
}

async function replaceText(pane: PaneHarness, field: HTMLElement, text: string): Promise<void> {
  await pane.user.clear(field);
  if (text === '') return;
  await pane.user.click(field);
  // paste, not type: braces are key descriptors for user-event's type().
  await pane.user.paste(text);
}

/** Longer than the save's delay: what was going to be saved has been. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 600)));

/** Replaces a box's text in one change (clear and paste would pass through an empty text). */
const setText = (box: HTMLElement, text: string) =>
  fireEvent.change(box, { target: { value: text } });

const savedSettings = (port: FakePort): Settings[] =>
  port.callsOf('saveSettings').map((call) => call.settings);
const lastSaved = (port: FakePort): Settings | undefined => savedSettings(port).at(-1);
const status = (): string => screen.getByTestId('settings-status').textContent ?? '';
const field = (name: string): HTMLInputElement =>
  screen.getByRole('textbox', { name }) as HTMLInputElement;

/** Opens one sentence of the template form and returns its text box. */
async function openSentence(pane: PaneHarness, label: string): Promise<HTMLTextAreaElement> {
  await pane.user.click(screen.getByRole('button', { name: new RegExp(`^${label}`) }));
  return (await screen.findByRole('textbox', { name: label })) as HTMLTextAreaElement;
}

describe('settings view', () => {
  it('shows the stored settings, with no native validation to cover our messages', async () => {
    const port = new FakePort();
    await openSettings(port, { severeGap: 0.15, expectedProgress: 0.6, outputMode: 'sheet' });
    expect(field(SEVERE).value).toBe('15');
    expect(field(EXPECTED).value).toBe('60');
    expect(
      (screen.getByRole('radio', { name: '单独的结果工作表' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(status()).toBe(SAVED);
    // No Save button to forget, and nothing that makes the browser show its own bubble.
    expect(screen.queryByRole('button', { name: '保存设置' })).toBeNull();
    const form = field(SEVERE).closest('form');
    expect(form?.noValidate).toBe(true);
    for (const input of form?.querySelectorAll('input, textarea') ?? []) {
      expect(['min', 'max', 'required', 'pattern'].filter((a) => input.hasAttribute(a))).toEqual(
        [],
      );
    }
  });

  it('saves a change without a Save button, and the check uses it', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' });
    await replaceText(pane, field(SEVERE), '5');
    await replaceText(pane, field(EXPECTED), '40');
    await pane.user.click(screen.getByRole('radio', { name: '单独的结果工作表' }));
    await waitFor(() =>
      expect(lastSaved(port)).toEqual({
        ...DEFAULT_SETTINGS,
        asOf: '2026-06-30',
        severeGap: 0.05,
        expectedProgress: 0.4,
        outputMode: 'sheet',
      }),
    );
    await waitFor(() => expect(status()).toBe(SAVED));
    expect(noticeText()).toBeNull();
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    expect(await screen.findByText(/序时进度: 40%/)).toBeTruthy();
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    const [write] = port.callsOf('writeMarks');
    expect(write?.options.mode).toBe('sheet');
    expect(write?.report.expectedProgress).toBe(0.4);
  });

  it('does not lose a change when the user leaves the tab at once', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    const severe = field(SEVERE);
    await pane.user.clear(severe);
    // Typed, then straight to another tab: no time for the delayed save.
    fireEvent.change(severe, { target: { value: '35' } });
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    await waitFor(() => expect(lastSaved(port)?.severeGap).toBe(0.35));
    await pane.user.click(screen.getByRole('tab', { name: '设置' }));
    expect(field(SEVERE).value).toBe('35');
  });

  it.each([
    ['above 100', '150'],
    ['negative', '-5'],
    ['empty', ''],
    ['not a number', '二十'],
  ])('refuses a severe gap that is %s, in our words only, and saves nothing', async (_c, value) => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await replaceText(pane, field(SEVERE), value);
    expect(await screen.findByText(PERCENT_INVALID)).toBeTruthy();
    expect(field(SEVERE).getAttribute('aria-invalid')).toBe('true');
    expect(field(SEVERE).validity.valid).toBe(true); // the browser has nothing to complain about
    expect(status()).toBe(NOT_SAVED);
    fireEvent.blur(field(SEVERE));
    await settle();
    expect(savedSettings(port)).toEqual([]);
  });

  it.each([
    ['full-width digits', '２５', 0.25],
    ['a percent sign', '25%', 0.25],
    ['a decimal', '12.5', 0.125],
  ])('reads a severe gap written with %s', async (_case, value, expected) => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await replaceText(pane, field(SEVERE), value);
    await waitFor(() => expect(lastSaved(port)?.severeGap).toBe(expected));
    expect(screen.queryByText(PERCENT_INVALID)).toBeNull();
  });

  it('saves the valid fields while another one is not valid', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { expectedProgress: 0.6 });
    await replaceText(pane, field(SEVERE), '150');
    await replaceText(pane, field(EXPECTED), '');
    await waitFor(() => expect(lastSaved(port)?.expectedProgress).toBeNull());
    expect(lastSaved(port)?.severeGap).toBe(DEFAULT_SETTINGS.severeGap);
    expect(field(SEVERE).value).toBe('150');
  });

  it('marks the results stale after a change that affects them, and re-checks from the bar', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' }, true);
    expect(screen.queryByTestId('stale')).toBeNull();
    await replaceText(pane, field(SEVERE), '100');
    await waitFor(() => expect(lastSaved(port)?.severeGap).toBe(1));
    await pane.user.click(screen.getByRole('tab', { name: '核验' }));
    const bar = await screen.findByTestId('stale');
    expect(bar.textContent).toContain('设置已更改，下面的结果是按原设置得出的。');
    await pane.user.click(within(bar).getByRole('button', { name: '重新核验' }));
    await waitFor(() => expect(port.callsOf('writeMarks')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('stale')).toBeNull());
    expect(port.callsOf('writeMarks')[1]?.report.summary.severelyBehind).toBe(0);
  });

  it('marks the results stale when the as-of date changes, and not when it is set back', async () => {
    const port = new FakePort();
    await openSettings(port, { asOf: '2026-06-30' }, true);
    fireEvent.click(screen.getByRole('tab', { name: '核验' }));
    fireEvent.change(screen.getByLabelText('截至日期'), { target: { value: '2026-09-30' } });
    expect(await screen.findByTestId('stale')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('截至日期'), { target: { value: '2026-06-30' } });
    await waitFor(() => expect(screen.queryByTestId('stale')).toBeNull());
  });

  it('switches the pane to the language chosen', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    const language = screen.getByRole('combobox', { name: '语言' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['跟随 Office', '简体中文', 'English']);
    await pane.user.selectOptions(language, 'English');
    await waitFor(() => expect(lastSaved(port)?.locale).toBe('en-US'));
    expect(
      (await screen.findByRole('tab', { name: 'Settings' })).getAttribute('aria-selected'),
    ).toBe('true');
    expect(
      await screen.findByText('Changes are saved in this workbook as you make them.'),
    ).toBeTruthy();
  });

  it('keeps the form when saving fails, and says why', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    port.failNext('saveSettings', new HostError('settings-failed'));
    await replaceText(pane, field(SEVERE), '30');
    await waitFor(() => expect(noticeText()).toBe('出错了无法在工作簿中读取或保存设置。'));
    expect(field(SEVERE).value).toBe('30');
    // The next change is saved, and the failure's message goes.
    await replaceText(pane, field(SEVERE), '31');
    await waitFor(() => expect(lastSaved(port)?.severeGap).toBe(0.31));
    await waitFor(() => expect(noticeText()).toBeNull());
  });
});

describe('summary templates as a form', () => {
  it('edits one sentence, previews it on the current table, saves only it, and the summary uses it', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' }, true);
    const box = await openSentence(pane, '总体情况');
    expect(box.value).toBe(DEFAULT_TEMPLATES['zh-CN'].overall);
    const preview = () => screen.getByTestId('sentence-preview').textContent;
    await waitFor(() => expect(preview()).toMatch(/^截至6月底，全年16项指标中，2项已完成全年目标/));

    await replaceText(pane, box, OVERALL);
    await waitFor(() => expect(preview()).toBe('截至本期，共核验16项指标。'));
    await waitFor(() =>
      expect(lastSaved(port)?.templates).toEqual({ 'zh-CN': { overall: OVERALL } }),
    );
    expect(screen.getByRole('button', { name: /^总体情况\s*已修改/ })).toBeTruthy();

    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    const narrative = await screen.findByTestId('narrative');
    expect(narrative.textContent).toContain('截至本期，共核验16项指标。');
    expect(narrative.textContent).not.toContain('全年16项指标中');
  });

  it('inserts a placeholder chip at the caret', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' }, true);
    const box = await openSentence(pane, '数量类指标');
    await replaceText(pane, box, '{name}完成。');
    box.setSelectionRange(6, 6); // after {name}
    const chips = screen.getByRole('group', { name: '占位符' });
    const chip = within(chips).getByRole('button', { name: '{value}' });
    expect(chip.getAttribute('title')).toBe('完成值');
    await pane.user.click(chip);
    expect(box.value).toBe('{name}{value}完成。');
    expect(box.selectionStart).toBe(13);
    await waitFor(() =>
      expect(screen.getByTestId('sentence-preview').textContent).toBe(
        '全社会研发投入1.9亿元完成。',
      ),
    );
  });

  it('says what is wrong with a malformed sentence, saves nothing, and resets it', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { asOf: '2026-06-30' }, true);
    const box = await openSentence(pane, '总体情况');
    setText(box, '共{count}项指标。');
    expect(
      await screen.findByText(/^模板“overall”使用了未知的占位符“\{count\}”。.*\{total\}/),
    ).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('sentence-preview')).toBeNull();
    expect(status()).toBe(NOT_SAVED);

    setText(box, '{total');
    expect(await screen.findByText(/^模板“overall”有语法错误/)).toBeTruthy();
    fireEvent.blur(box);
    await settle();
    expect(savedSettings(port)).toEqual([]);

    await pane.user.click(screen.getByRole('button', { name: '恢复默认' }));
    expect(box.value).toBe(DEFAULT_TEMPLATES['zh-CN'].overall);
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(status()).toBe(SAVED);
  });

  it('resets a stored sentence to the default, which removes the override', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { templates: { 'zh-CN': { overall: OVERALL } } });
    const box = await openSentence(pane, '总体情况');
    expect(box.value).toBe(OVERALL);
    expect(screen.getByTestId('sentence-preview').textContent).toBe(
      '核验表格后，可在此预览这一句。',
    );
    await pane.user.click(screen.getByRole('button', { name: '恢复默认' }));
    await waitFor(() => expect(lastSaved(port)?.templates).toEqual({}));
  });

  it('keeps the raw JSON under 高级, in step with the boxes', async () => {
    const port = new FakePort();
    const pane = await openSettings(port);
    await pane.user.click(screen.getByRole('button', { name: /^高级/ }));
    const raw = screen.getByRole('textbox', { name: /^高级/ }) as HTMLTextAreaElement;
    expect(JSON.parse(raw.value)).toEqual(DEFAULT_TEMPLATES['zh-CN']);

    await replaceText(pane, raw, '{"overall": ');
    expect(await screen.findByText(/^不是有效的 JSON：/)).toBeTruthy();
    expect(savedSettings(port)).toEqual([]);

    await replaceText(pane, raw, JSON.stringify({ bogus: 'x', overall: OVERALL }));
    expect(await screen.findByText(/^bogus: 未知的模板编号“bogus”/)).toBeTruthy();
    await waitFor(() =>
      expect(lastSaved(port)?.templates).toEqual({ 'zh-CN': { overall: OVERALL } }),
    );
    const box = await openSentence(pane, '总体情况');
    expect(box.value).toBe(OVERALL);
  });

  it('edits the templates of the other language without touching this one', async () => {
    const port = new FakePort();
    const pane = await openSettings(port, { templates: { 'zh-CN': { overall: OVERALL } } });
    await pane.user.selectOptions(screen.getByRole('combobox', { name: '模板语言' }), 'English');
    const box = await openSentence(pane, '总体情况');
    expect(box.value).toBe(DEFAULT_TEMPLATES['en-US'].overall);
    const text = 'Checked {total} indicators.';
    await replaceText(pane, box, text);
    await waitFor(() =>
      expect(lastSaved(port)?.templates).toEqual({
        'zh-CN': { overall: OVERALL },
        'en-US': { overall: text },
      }),
    );
  });
});
