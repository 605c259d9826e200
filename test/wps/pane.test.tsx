/** @jest-environment jsdom */
// The shared React pane inside WPS 表格: env from the WPS entry (src/wps/pane/env.ts), the check
// marks the fake sheet, settings come from the workbook, clicking a row selects its cells.
import '../taskpane/polyfills';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { paneEnv } from '../../src/wps/pane/env';
import { setup } from './fixtures';
import type { Setup } from './fixtures';

configure({ asyncUtilTimeout: 5000 });

let s: Setup | null = null;
afterEach(() => s?.uninstall());

describe('the pane in WPS 表格', () => {
  it('runs on the WPS port: the check marks the sheet and the notice says where', async () => {
    s = setup();
    await s.workbook.saveSettings({
      asOf: '2026-06-30',
      expectedProgress: null,
      severeGap: 0.2,
      outputMode: 'column',
      source: 'auto',
      locale: null,
      templates: {},
    });
    const env = paneEnv(window);
    expect(env.memory).toBeNull();
    expect(env.displayLocale).toBe('zh-CN');
    const user = userEvent.setup({ delay: null });
    render(<App env={env} />);
    await waitFor(() =>
      expect((screen.getByLabelText('截至日期') as HTMLInputElement).value).toBe('2026-06-30'),
    );
    // The badge names the host the pane runs in.
    expect(screen.getByText('WPS 表格')).toBeTruthy();
    expect(screen.queryByText('Excel', { exact: true })).toBeNull();
    await user.click(screen.getByRole('button', { name: '一键核验' }));
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toBe(
        '状态已写在 G3:G8 列，共标记 8 个单元格。',
      ),
    );
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    expect(s.sheet.value(4, 6)).toBe('严重滞后');

    const list = await screen.findByRole('list', { name: /指标/ });
    await user.click(within(list).getAllByRole('button')[1] as HTMLElement);
    // The row's cells (发明专利申请, B5:F5) are selected, each one an area.
    await waitFor(() => expect(s?.book.selection.every((area) => area.r0 === 4)).toBe(true));
    expect(s.book.selection).toContainEqual({ r0: 4, c0: 4, r1: 4, c1: 4 });
    expect(s.book.activeSheet).toBe(s.sheet);
  });

  it('opened outside WPS, starts standalone', () => {
    const env = paneEnv(window);
    expect(env.memory).not.toBeNull();
  });

  it('speaks English when WPS does', () => {
    s = setup();
    s.app.uiLanguage = 1033;
    expect(paneEnv(window).displayLocale).toBe('en-US');
  });
});
