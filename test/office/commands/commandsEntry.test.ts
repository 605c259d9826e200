/** @jest-environment jsdom */
import { LAST_NOTICE_KEY } from '../../../src/office/store/documentSettings';
import { decodeNotice, NOTICE_PARAM } from '../../../src/commands/notice';
import { installFakeOffice } from '../fake/install';
import type { FakeOffice } from '../fake/install';
import { TABLE } from '../fixtures';

let office: FakeOffice;

async function load(search = ''): Promise<void> {
  window.history.replaceState(null, '', `/commands.html${search}`);
  await jest.isolateModulesAsync(async () => {
    await import('../../../src/commands/commands');
  });
}

afterEach(() => office.uninstall());

describe('commands.html as function file', () => {
  it('associates runCheck and clearMarks after Office.onReady', async () => {
    office = installFakeOffice();
    await load();
    expect([...office.associated.keys()]).toEqual(['runCheck', 'clearMarks']);
  });

  it('runCheck shows a dialog with the notice and completes the event when it closes', async () => {
    office = installFakeOffice();
    office.model.addSheet('Sheet1').put('B2', TABLE);
    await load();
    const completed = jest.fn();
    const done = office.associated.get('runCheck')?.({ completed });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const dialog = office.dialogs[0];
    expect(dialog).toBeDefined();
    const url = new URL(dialog?.url ?? '');
    expect(url.pathname).toBe('/commands.html');
    expect(decodeNotice(url.searchParams.get(NOTICE_PARAM))?.title).toBe('核验完成');
    expect(completed).not.toHaveBeenCalled();
    dialog?.message('close');
    await done;
    expect(dialog?.closed).toBe(true);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('keeps the notice for the task pane when no dialog can be shown', async () => {
    office = installFakeOffice({ dialogApi: false });
    office.model.addSheet('Sheet1');
    await load();
    const completed = jest.fn();
    await office.associated.get('runCheck')?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const stored = JSON.parse(JSON.parse(office.store.persisted.get(LAST_NOTICE_KEY) ?? '""'));
    expect(stored).toMatchObject({ tone: 'error', title: '核验未完成' });
  });
});

describe('commands.html as the notice dialog', () => {
  it('renders the notice as text, and OK tells the parent to close', async () => {
    office = installFakeOffice();
    const messageParent = jest.fn();
    (globalThis as { Office?: { context: { ui: unknown } } }).Office!.context.ui = {
      messageParent,
    };
    const notice = {
      locale: 'zh-CN',
      tone: 'error',
      title: '核验未完成',
      lines: ['<b>不是标签</b>'],
    };
    await load(`?${NOTICE_PARAM}=${encodeURIComponent(JSON.stringify(notice))}`);
    expect(document.querySelector('h1')?.textContent).toBe('核验未完成');
    expect(document.querySelector('p')?.textContent).toBe('<b>不是标签</b>');
    expect(document.querySelector('b')).toBeNull();
    expect(document.querySelector('[role="alert"]')).not.toBeNull();
    expect(office.associated.size).toBe(0);
    document.querySelector('button')?.click();
    expect(messageParent).toHaveBeenCalledWith('close');
  });
});
