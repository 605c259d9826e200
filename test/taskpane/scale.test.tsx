/** @jest-environment jsdom */
// Issue 14 in the pane (jsdom): the engine in a worker (a stand-in running in this process) and
// on the main thread give the same pane; what shows after loading; the score of a 自评表's row
// (issue 12).
import './polyfills'; // before the core: its decoders need TextDecoder
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { checkTable } from '../../src/core';
import type { CellGrid, Indicator } from '../../src/core';
import { IndicatorList } from '../../src/taskpane/components/IndicatorList';
import { I18nContext, i18nFor } from '../../src/taskpane/i18n/I18nContext';
import { MemoryWorkbook } from '../../src/taskpane/standalone/memoryWorkbook';
import { createEngine } from '../../src/taskpane/worker/engine';
import { countyTable, makeCsv, makeXlsx } from '../fixtures/generate/cli';
import { FakeWorker } from './fakeWorker';
import {
  indicatorButtons,
  locatedCells,
  noticeText,
  readCounts,
  renderStandalone,
  setAsOf,
} from './renderPane';

const SAMPLE_COUNTS = { total: '16', done: '2', onTrack: '10', behind: '4', errors: '0' };

describe('the pane with its engine in a worker', () => {
  it('imports, checks and writes the summary through the worker, as on the main thread', async () => {
    const worker = new FakeWorker();
    const engine = createEngine(() => worker);
    const pane = renderStandalone('zh-CN', new MemoryWorkbook(), engine);
    await pane.user.click(await screen.findByRole('button', { name: '加载示例' }));
    await setAsOf('截至日期', '2026-06-30');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    expect(await readCounts()).toEqual(SAMPLE_COUNTS);
    expect(indicatorButtons('指标')).toHaveLength(16);
    // The summary is written in the worker; the view waits for it.
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '总结' }));
    });
    const narrative = await screen.findByTestId('narrative');
    expect(narrative.textContent).toContain(
      '截至6月底，全年16项指标中，2项已完成全年目标，10项达到序时进度，4项滞后于序时进度',
    );
    await pane.user.click(within(narrative).getByRole('button', { name: '1.9亿元' }));
    await waitFor(() => expect(locatedCells()).toEqual(['D3']));
    expect(worker.jobs).toEqual(['check', 'narrate']);

    // An .xlsx read in the worker: the notice names the file and its sheet.
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '核验' }));
    });
    const bytes = new Uint8Array(await makeXlsx(countyTable(), 'Sheet1'));
    await pane.user.upload(
      await screen.findByLabelText('导入 .xlsx/.csv'),
      new File([bytes], '指标.xlsx'),
    );
    await waitFor(() => expect(noticeText()).toBe('已载入：指标.xlsx（工作表：Sheet1）'));
    // The worker checks the table it read at once, with the settings of the moment (no round
    // trip through the pane): its report answers the id the read named.
    expect(worker.jobs).toEqual(['check', 'narrate', 'read']);
    const read = worker.requests.at(-1);
    const aheadId = read?.kind === 'read' ? read.ahead?.id : undefined;
    expect(read).toMatchObject({ ahead: { locale: 'zh-CN', settings: expect.any(Object) } });
    await waitFor(() =>
      expect(worker.responses.some((r) => r.id === aheadId && 'ok' in r && r.ok)).toBe(true),
    );
    // The preview shows cells in their number format: 0.025 as 2.50%.
    const preview = screen.getByRole('table', { name: '表格预览' });
    expect(preview.querySelector('td[data-cell="C9"]')?.textContent).toBe('2.50%');

    // 一键核验 shows that check (no other); the summary is written from the report the worker holds.
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    expect((await readCounts()).total).toBe('8');
    expect(worker.jobs).toEqual(['check', 'narrate', 'read']);
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '总结' }));
    });
    await waitFor(() => expect(worker.jobs).toHaveLength(4));
    expect(worker.requests.at(-1)).toMatchObject({ kind: 'narrate', report: { held: aheadId } });
    // The summary of the earlier report stays in the DOM, hidden, until the new one is written.
    await waitFor(() => expect(screen.getByTestId('narrative').textContent).toContain('8项指标'));

    // Another setting, another check.
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '核验' }));
    });
    await setAsOf('截至日期', '2026-09-30');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() => expect(worker.jobs).toHaveLength(5));
    expect(worker.requests.at(-1)).toMatchObject({
      kind: 'check',
      grid: { held: read?.id },
      options: { asOf: '2026-09-30' },
    });
  });
});

describe('after loading a table (issue 14)', () => {
  it('no longer says that no data is loaded, for the sample and for an import', async () => {
    const pane = renderStandalone();
    expect(screen.getByText(/尚未加载数据/)).toBeTruthy();
    await pane.user.click(await screen.findByRole('button', { name: '加载示例' }));
    expect(noticeText()).toBe('已载入：sample.xlsx');
    expect(screen.queryByText(/尚未加载数据/)).toBeNull();

    const csv = new Uint8Array(makeCsv(countyTable(), 'gb18030'));
    await pane.user.upload(
      await screen.findByLabelText('导入 .xlsx/.csv'),
      new File([csv], '指标.csv'),
    );
    await waitFor(() => expect(noticeText()).toBe('已载入：指标.csv'));
    expect(screen.queryByText(/尚未加载数据/)).toBeNull();
  });
});

// A 绩效自评表: 分值 and 得分 columns; the second row's 得分 disagrees with the rule's.
const SELF_EVAL: CellGrid = {
  address: 'A1',
  values: [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '数量指标', '培训人次', '≥100人次', '100人次', 10, 10],
    ['产出指标', '数量指标', '示范村', '≥10个', '5个', 10, 9],
  ],
};

function renderList(indicators: Indicator[], locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return render(
    <I18nContext.Provider value={i18nFor(locale)}>
      <IndicatorList indicators={indicators} expected={0.5} onLocate={() => {}} />
    </I18nContext.Provider>,
  );
}

describe('the score of a 绩效自评表 row (issue 12)', () => {
  const report = checkTable(SELF_EVAL, { asOf: '2026-12-31', locale: 'zh-CN' });
  const [full, off] = report.indicators;

  it('reads the table as a 自评表 with the rule’s score and the table’s', () => {
    expect(full).toMatchObject({ maxScore: 10, score: 10, tableScore: 10 });
    expect(off).toMatchObject({ maxScore: 10, score: 5, tableScore: 9 });
  });

  it('shows 得分 score/maxScore, and 表内得分 where the table differs by more than 0.01', () => {
    renderList(report.indicators);
    const [first, second] = indicatorButtons('指标');
    expect(within(first as HTMLElement).getByTestId('score').textContent).toBe('得分 10/10');
    expect(within(first as HTMLElement).queryByTestId('table-score')).toBeNull();
    expect(within(second as HTMLElement).getByTestId('score').textContent).toBe(
      '得分 5/10 表内得分 9',
    );
    expect(within(second as HTMLElement).getByTestId('table-score').className).not.toBe('');
  });

  it('takes the table’s 得分 when the rule gives none, and words it in English', () => {
    const base = full as Indicator;
    renderList(
      [
        { ...base, score: null, tableScore: 7.456 },
        { ...base, row: 99, score: 6, tableScore: 6.005 },
      ],
      'en-US',
    );
    const [first, second] = indicatorButtons('Indicators');
    expect(within(first as HTMLElement).getByTestId('score').textContent).toBe('Score 7.46/10');
    expect(within(second as HTMLElement).getByTestId('score').textContent).toBe('Score 6/10');
  });

  it('shows no score on a progress table', () => {
    const progress = checkTable(
      {
        address: 'A1',
        values: [
          ['指标名称', '年度目标', '累计完成'],
          ['专利', 10, 5],
        ],
      },
      { asOf: '2026-06-30' },
    );
    renderList(progress.indicators);
    expect(screen.queryByTestId('score')).toBeNull();
  });
});
