/** @jest-environment jsdom */
import type { DialogNotice as Notice } from '../../../src/commands/notice';
import { AUTO_CLOSE_MS, renderNotice } from '../../../src/commands/noticePage';

const notice = (tone: Notice['tone']): Notice => ({
  locale: 'en-US',
  tone,
  title: 'Check finished',
  lines: ['5 indicators', 'Status written in G3:G8.'],
});

describe('notice page', () => {
  it('shows title, lines and an OK button, and closes itself after a while', () => {
    const close = jest.fn();
    const schedule = jest.fn();
    renderNotice(document, notice('success'), close, schedule);
    expect(document.documentElement.lang).toBe('en-US');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '5 indicators',
      'Status written in G3:G8.',
    ]);
    expect(document.querySelector('[role="status"]')).not.toBeNull();
    expect(document.activeElement?.textContent).toBe('OK');
    expect(schedule).toHaveBeenCalledWith(close, AUTO_CLOSE_MS.success);
  });

  it('waits for the user on errors', () => {
    const schedule = jest.fn();
    renderNotice(document, notice('error'), jest.fn(), schedule);
    expect(schedule).not.toHaveBeenCalled();
  });
});
