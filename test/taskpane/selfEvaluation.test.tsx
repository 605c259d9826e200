/** @jest-environment jsdom */
// Issue 12 in the pane: a 绩效自评表's total and grade, the 表格类型 switch and 逆向指标 chosen in
// 表格识别, each checking the table again at once and saved with the reading.
import './polyfills';
import { screen, waitFor, within } from '@testing-library/react';
import { locatedCells, noticeText, readCounts, renderStandalone } from './renderPane';
import type { PaneHarness } from './renderPane';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

/** A small 自评表: 分值 add up to 100; the table's own total (96) and grade (优) disagree with 86. */
const SELF_EVAL = csv([
  '一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析',
  '产出指标,数量指标,培训人次,≥50人次,50,40,40,',
  '产出指标,数量指标,专利申请,≥100件,75,40,40,申报延后',
  '效益指标,社会效益,服务效果,效果明显,效果明显,20,16,',
  '总分,,,,,100,96,优',
]);

/** A progress table: 单位能耗 has no operator, its name suggests better lower. */
const PROGRESS = csv([
  '指标,单位,年度目标,累计完成',
  '研发投入,亿元,10,6',
  '单位GDP能耗,吨标煤/万元,0.5,0.6',
]);

async function importCsv(pane: PaneHarness, name: string, content: Uint8Array<ArrayBuffer>) {
  const file = new File([content], name, { type: 'text/csv' });
  await pane.user.upload(await screen.findByLabelText(/导入|Import/), file);
  await waitFor(() => expect(noticeText()).toContain(name));
  await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
  await readCounts();
}

const openReading = async (pane: PaneHarness) => {
  const toggle = await screen.findByRole('button', { name: '表格识别' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await pane.user.click(toggle);
};
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const statusOf = (name: string) =>
  screen
    .getAllByRole('button')
    .find((button) => button.dataset.status && button.textContent?.startsWith(name))?.dataset
    .status;

describe('绩效自评表 in the pane', () => {
  it('shows the total by the rule, the grade, and the table’s own total and grade that differ', async () => {
    const pane = renderStandalone();
    await importCsv(pane, 'zp.csv', SELF_EVAL);
    const card = await screen.findByTestId('evaluation');
    expect(within(card).getByTestId('evaluation-total').textContent).toBe('86 / 100 分 · 等级：良');
    expect(card.textContent).toContain('表内总分：96（与按规则计算的 86 不符）');
    expect(card.textContent).toContain('表中自评等级：优');
    // The table's total is one click from its cell.
    await pane.user.click(within(card).getByRole('button', { name: '表内总分：96' }));
    await waitFor(() => expect(locatedCells()).toEqual(['G5']));
  });

  it('a progress table read as 自评表 on request, and back to automatic', async () => {
    const pane = renderStandalone();
    await importCsv(pane, 'p.csv', PROGRESS);
    expect(screen.queryByTestId('evaluation')).toBeNull();
    await openReading(pane);
    expect(select('表格类型').value).toBe('auto');
    expect(select('表格类型').selectedOptions[0]?.text).toBe(
      '自动识别（进度表（完成率与序时进度））',
    );
    await pane.user.selectOptions(select('表格类型'), 'selfeval');
    expect((await screen.findByTestId('evaluation')).textContent).toContain('未计算总分');
    await pane.user.selectOptions(select('表格类型'), 'progress');
    await waitFor(() => expect(screen.queryByTestId('evaluation')).toBeNull());
    await waitFor(async () =>
      expect((await pane.memory.loadSettings()).settings.readings?.[0]?.mode).toBe('progress'),
    );
    await pane.user.selectOptions(select('表格类型'), 'auto');
    await waitFor(async () =>
      expect((await pane.memory.loadSettings()).settings.readings?.[0]?.mode).toBeUndefined(),
    );
  });

  it('逆向指标: the name only asks; said lower, over its ceiling it is behind; said higher, no more asking', async () => {
    const pane = renderStandalone();
    await importCsv(pane, 'p.csv', PROGRESS);
    await openReading(pane);
    const label = '单位GDP能耗（名称含“能耗”，请确认）';
    const choice = () =>
      within(screen.getByTestId('lower-choices')).getByRole('combobox', {
        name: /^单位GDP能耗/,
      }) as HTMLSelectElement;
    expect(screen.getByRole('combobox', { name: label })).toBe(choice());
    expect(choice().value).toBe('unconfirmed');
    expect(statusOf('单位GDP能耗')).toBe('done');
    expect(document.body.textContent).toContain('可能是越低越好的指标');

    await pane.user.selectOptions(choice(), 'lower');
    await waitFor(() => expect(statusOf('单位GDP能耗')).toMatch(/behind/));
    expect((await pane.memory.loadSettings()).settings.readings?.[0]?.lower).toEqual([
      '单位GDP能耗',
    ]);
    expect(choice().value).toBe('lower');

    await pane.user.selectOptions(choice(), 'higher');
    await waitFor(() => expect(statusOf('单位GDP能耗')).toBe('done'));
    const saved = (await pane.memory.loadSettings()).settings.readings?.[0];
    expect(saved).toMatchObject({ higher: ['单位GDP能耗'] });
    expect(saved?.lower).toBeUndefined();
    // Confirmed: the check no longer asks.
    expect(document.body.textContent).not.toContain('可能是越低越好的指标');
    expect(choice().value).toBe('higher');

    // Any other indicator by name.
    const input = within(screen.getByTestId('lower-choices')).getByRole('combobox', {
      name: '按名称添加其他逆向指标',
    });
    await pane.user.type(input, '研发投入');
    await pane.user.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(async () =>
      expect((await pane.memory.loadSettings()).settings.readings?.[0]).toMatchObject({
        lower: ['研发投入'],
        higher: ['单位GDP能耗'],
      }),
    );
  });
});
