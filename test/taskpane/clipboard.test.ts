/** @jest-environment jsdom */
// copyToClipboard: a copy event via execCommand first (works in Office on the web's iframe),
// then the async Clipboard API, and false when neither can write.
import { copyToClipboard } from '../../src/taskpane/clipboard';

const PAYLOAD = {
  html: '<p style="font-family:仿宋_GB2312">一、总体情况</p>',
  text: '一、总体情况',
};

/** A document whose execCommand('copy') fires a copy event carrying a recording clipboardData. */
function documentWithCopy(options: { clipboardData?: boolean; result?: boolean } = {}) {
  const doc = document.implementation.createHTMLDocument('copy');
  const data = new Map<string, string>();
  const clipboardData = { setData: (type: string, value: string) => data.set(type, value) };
  const commands: string[] = [];
  let defaultPrevented = false;
  doc.execCommand = (command: string): boolean => {
    commands.push(command);
    const event = new Event('copy', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', {
      value: options.clipboardData === false ? null : clipboardData,
    });
    doc.dispatchEvent(event);
    defaultPrevented = event.defaultPrevented;
    return options.result ?? true;
  };
  return { doc, data, commands, prevented: () => defaultPrevented };
}

function documentWhereCopyThrows(): Document {
  const doc = document.implementation.createHTMLDocument('no copy');
  doc.execCommand = () => {
    throw new Error('execCommand is not supported');
  };
  return doc;
}

/** What the fake ClipboardItem was given, readable after the write. */
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
  get types(): string[] {
    return Object.keys(this.items);
  }
}

interface FakeClipboard {
  write?: jest.Mock<Promise<void>, [FakeClipboardItem[]]>;
  writeText: jest.Mock<Promise<void>, [string]>;
}

function installClipboard(clipboard: FakeClipboard | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
}

function installClipboardItem(present: boolean): void {
  Object.defineProperty(globalThis, 'ClipboardItem', {
    configurable: true,
    writable: true,
    value: present ? FakeClipboardItem : undefined,
  });
}

const blobText = (blob: Blob | undefined): Promise<string> =>
  new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

afterEach(() => {
  installClipboard(undefined);
  installClipboardItem(false);
});

describe('copyToClipboard', () => {
  it('puts text/html and text/plain on the copy event and needs no Clipboard API', async () => {
    const writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    installClipboard({ writeText });
    const { doc, data, commands, prevented } = documentWithCopy();
    await expect(copyToClipboard(PAYLOAD, doc)).resolves.toBe(true);
    expect(commands).toEqual(['copy']);
    expect(Object.fromEntries(data)).toEqual({
      'text/html': PAYLOAD.html,
      'text/plain': PAYLOAD.text,
    });
    // The event's own data is used, not the page's selection.
    expect(prevented()).toBe(true);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('puts only text/plain on the event for plain text', async () => {
    const { doc, data } = documentWithCopy();
    await expect(copyToClipboard({ text: 'plain' }, doc)).resolves.toBe(true);
    expect(Object.fromEntries(data)).toEqual({ 'text/plain': 'plain' });
  });

  it('removes its copy listener afterwards', async () => {
    const { doc, data } = documentWithCopy();
    await copyToClipboard({ text: 'first' }, doc);
    data.clear();
    doc.execCommand('copy');
    expect(data.size).toBe(0);
  });

  it.each([
    ['execCommand throws', () => documentWhereCopyThrows()],
    ['the copy event has no clipboardData', () => documentWithCopy({ clipboardData: false }).doc],
  ])('falls back to navigator.clipboard.write with both types when %s', async (_case, makeDoc) => {
    installClipboardItem(true);
    const write = jest.fn<Promise<void>, [FakeClipboardItem[]]>(() => Promise.resolve());
    const writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    installClipboard({ write, writeText });
    await expect(copyToClipboard(PAYLOAD, makeDoc())).resolves.toBe(true);
    expect(write).toHaveBeenCalledTimes(1);
    expect(writeText).not.toHaveBeenCalled();
    const [item] = write.mock.calls[0]?.[0] ?? [];
    expect(item?.types).toEqual(['text/html', 'text/plain']);
    expect(item?.items['text/html']?.type).toBe('text/html');
    await expect(blobText(item?.items['text/html'])).resolves.toBe(PAYLOAD.html);
    await expect(blobText(item?.items['text/plain'])).resolves.toBe(PAYLOAD.text);
  });

  it('falls back to writeText for plain text, or when ClipboardItem is missing', async () => {
    const write = jest.fn<Promise<void>, [FakeClipboardItem[]]>(() => Promise.resolve());
    const writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    installClipboard({ write, writeText });
    installClipboardItem(true);
    await expect(copyToClipboard({ text: 'plain' }, documentWhereCopyThrows())).resolves.toBe(true);
    installClipboardItem(false);
    await expect(copyToClipboard(PAYLOAD, documentWhereCopyThrows())).resolves.toBe(true);
    expect(writeText.mock.calls).toEqual([['plain'], [PAYLOAD.text]]);
    expect(write).not.toHaveBeenCalled();
  });

  it('uses writeText when the clipboard has no write()', async () => {
    installClipboardItem(true);
    const writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    installClipboard({ writeText });
    await expect(copyToClipboard(PAYLOAD, documentWhereCopyThrows())).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith(PAYLOAD.text);
  });

  it('returns false when execCommand copies nothing and there is no Clipboard API', async () => {
    installClipboard(undefined);
    const { doc } = documentWithCopy({ clipboardData: false, result: false });
    await expect(copyToClipboard(PAYLOAD, doc)).resolves.toBe(false);
    await expect(copyToClipboard(PAYLOAD, documentWhereCopyThrows())).resolves.toBe(false);
  });

  it('returns false when the Clipboard API refuses (no permission, no focus)', async () => {
    installClipboardItem(true);
    const denied = (): Promise<void> =>
      Promise.reject(new DOMException('Document is not focused.'));
    installClipboard({
      write: jest.fn<Promise<void>, [FakeClipboardItem[]]>(denied),
      writeText: jest.fn<Promise<void>, [string]>(denied),
    });
    await expect(copyToClipboard(PAYLOAD, documentWhereCopyThrows())).resolves.toBe(false);
    await expect(copyToClipboard({ text: 'x' }, documentWhereCopyThrows())).resolves.toBe(false);
  });
});
