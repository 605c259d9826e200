/** @jest-environment jsdom */
// The sample is titled 2026年上半年: with no date of the user's, the pane checks it as of
// 2026-06-30 (decided in the core, as the CLI does), shows that date and says why.
import './polyfills';
import { screen, waitFor } from '@testing-library/react';
import { readCounts, renderStandalone, setAsOf } from './renderPane';

const asOfInput = () => screen.getByLabelText('截至日期') as HTMLInputElement;

describe('as-of date from the title', () => {
  it('checks the sample as of the end of 上半年 and says so', async () => {
    const pane = renderStandalone();
    await pane.user.click(screen.getByRole('button', { name: '加载示例' }));
    expect(asOfInput().value).toBe('2026-04-30'); // the calendar's, before the table is checked
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    expect(asOfInput().value).toBe('2026-06-30');
    expect((await screen.findByTestId('as-of-note')).textContent).toContain(
      '按标题“2026年上半年”按2026-06-30核验',
    );
    expect(screen.getByText(/序时进度: 50%|序时进度：50%/)).toBeTruthy();
  });

  it('a date the user chose wins over the title', async () => {
    const pane = renderStandalone();
    await pane.user.click(screen.getByRole('button', { name: '加载示例' }));
    await setAsOf('截至日期', '2026-03-31');
    await pane.user.click(screen.getByRole('button', { name: '一键核验' }));
    await readCounts();
    await waitFor(() => expect(asOfInput().value).toBe('2026-03-31'));
    expect(screen.queryByTestId('as-of-note')?.textContent ?? '').not.toContain('按标题');
  });
});
