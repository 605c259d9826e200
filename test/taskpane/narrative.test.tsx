/** @jest-environment jsdom */
// The summary tab's actions: copy for Word, copy plain text, download .docx.
import { screen, waitFor } from '@testing-library/react';
import { noticeText, renderStandalone, setAsOf } from './renderPane';
import type { PaneHarness } from './renderPane';

/** Makes document.execCommand('copy') fire a copy event and keeps what was put on it. */
function interceptCopy(): Map<string, string> {
  const data = new Map<string, string>();
  document.execCommand = (command: string): boolean => {
    if (command !== 'copy') return false;
    const event = new Event('copy', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', {
      value: { setData: (type: string, value: string) => data.set(type, value) },
    });
    document.dispatchEvent(event);
    return true;
  };
  return data;
}

async function summaryOfSample(pane: PaneHarness, tab = '总结'): Promise<HTMLElement> {
  await pane.user.click(await screen.findByRole('button', { name: /加载示例|Load sample/ }));
  await setAsOf(pane.env.displayLocale === 'en-US' ? 'As of' : '截至日期', '2026-06-30');
  await pane.user.click(screen.getByRole('button', { name: /一键核验|Check now/ }));
  await screen.findByTestId('summary-counts');
  await pane.user.click(screen.getByRole('tab', { name: tab }));
  return screen.findByTestId('narrative');
}

const original = {
  execCommand: Object.getOwnPropertyDescriptor(document, 'execCommand'),
  createObjectURL: URL.createObjectURL,
  revokeObjectURL: URL.revokeObjectURL,
};

afterEach(() => {
  if (original.execCommand) Object.defineProperty(document, 'execCommand', original.execCommand);
  else delete (document as Partial<Document>).execCommand;
  URL.createObjectURL = original.createObjectURL;
  URL.revokeObjectURL = original.revokeObjectURL;
  jest.restoreAllMocks();
});

describe('summary tab', () => {
  it('asks for a check first', async () => {
    const pane = renderStandalone();
    await pane.user.click(screen.getByRole('tab', { name: '总结' }));
    expect(await screen.findByText('核验后将在这里生成工作总结。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '复制到 Word' })).toBeNull();
  });

  it('copies the summary for Word as HTML and plain text', async () => {
    const pane = renderStandalone();
    await summaryOfSample(pane);
    const clipboard = interceptCopy();
    await pane.user.click(screen.getByRole('button', { name: '复制到 Word' }));
    await waitFor(() => expect(noticeText()).toBe('已复制，可直接粘贴到 Word。'));
    expect(clipboard.get('text/html')).toContain('仿宋_GB2312');
    expect(clipboard.get('text/html')).toContain('全社会研发投入完成');
    expect(clipboard.get('text/plain')).toContain(
      '全社会研发投入完成1.9亿元，完成年度目标的52.8%，同比增长17.3%',
    );
  });

  it('copies the edited text, as plain text only, with the appendix table', async () => {
    const pane = renderStandalone();
    await summaryOfSample(pane);
    await pane.user.click(screen.getByRole('button', { name: '编辑文字' }));
    const editor = screen.getByRole('textbox', { name: '编辑文字' });
    await pane.user.clear(editor);
    await pane.user.type(editor, '手工改写的总结。');
    const clipboard = interceptCopy();
    await pane.user.click(screen.getByRole('button', { name: '复制纯文本' }));
    await waitFor(() => expect(noticeText()).toBe('已复制纯文本。'));
    // The edited prose, then the appendix table as generated (it is not in the edit box).
    expect([...clipboard.keys()]).toEqual(['text/plain']);
    const copied = clipboard.get('text/plain') ?? '';
    expect(copied.startsWith('手工改写的总结。\n\n附表：指标完成情况表\n序号\t指标')).toBe(true);
    expect(copied.split('\n')).toHaveLength(20); // prose, blank, 附表, header, 16 indicators
  });

  it('says how to copy by hand when the clipboard cannot be written', async () => {
    const pane = renderStandalone();
    await summaryOfSample(pane);
    // jsdom has no execCommand; the Clipboard API (user-event's stand-in) refuses too.
    const denied = () => Promise.reject(new DOMException('Write permission denied.'));
    jest.spyOn(navigator.clipboard, 'write').mockImplementation(denied);
    jest.spyOn(navigator.clipboard, 'writeText').mockImplementation(denied);
    await pane.user.click(screen.getByRole('button', { name: '复制到 Word' }));
    await waitFor(() =>
      expect(noticeText()).toBe('出错了无法写入剪贴板。请选中文字后按 Ctrl+C 复制。'),
    );
  });

  it('downloads a .docx named after the as-of date', async () => {
    const pane = renderStandalone();
    await summaryOfSample(pane);
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource): string => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:summary';
    };
    URL.revokeObjectURL = () => {};
    const links: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      links.push(this);
    });
    await pane.user.click(screen.getByRole('button', { name: '下载 .docx' }));
    await waitFor(() => expect(noticeText()).toBe('已生成 工作总结-2026-06-30.docx。'), {
      timeout: 5000,
    });
    expect(links.map((link) => [link.download, link.href])).toEqual([
      ['工作总结-2026-06-30.docx', 'blob:summary'],
    ]);
    expect(blobs[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(blobs[0]?.size).toBeGreaterThan(2000);
    // The link was only a vehicle for the download.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('names the English download work-summary', async () => {
    const pane = renderStandalone('en-US');
    await summaryOfSample(pane, 'Summary');
    URL.createObjectURL = () => 'blob:summary';
    URL.revokeObjectURL = () => {};
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await pane.user.click(screen.getByRole('button', { name: 'Download .docx' }));
    await waitFor(() => expect(noticeText()).toBe('work-summary-2026-06-30.docx is ready.'), {
      timeout: 5000,
    });
  });
});
