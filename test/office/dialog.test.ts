// showDialog: settles whatever the dialog does, and closes it whenever it is still open.
import { showDialog } from '../../src/office/host/dialog';

type Handler = (arg: { error: number } | { message: string }) => void;
const globals = globalThis as { Office?: unknown };

function installDialog(opened: 'succeeded' | 'failed' = 'succeeded') {
  const handlers: Record<string, Handler> = {};
  const close = jest.fn();
  globals.Office = {
    AsyncResultStatus: { Failed: 'failed', Succeeded: 'succeeded' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    context: {
      requirements: { isSetSupported: () => true },
      ui: {
        displayDialogAsync: (
          _url: string,
          _options: unknown,
          callback: (result: unknown) => void,
        ) =>
          callback({
            status: opened,
            error: { code: 12007 },
            value: {
              close,
              addEventHandler: (type: string, handler: Handler) => (handlers[type] = handler),
            },
          }),
      },
    },
  };
  return { handlers, close };
}

const options = { height: 30, width: 30, timeoutMs: 60_000 };

afterEach(() => {
  delete globals.Office;
  jest.useRealTimers();
});

describe('showDialog', () => {
  it('resolves on the page message and closes the dialog', async () => {
    const { handlers, close } = installDialog();
    const shown = showDialog('https://localhost/commands.html', options);
    handlers.message?.({ message: 'close' });
    await expect(shown).resolves.toBe('message');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('treats 12006 as the user closing it: resolved, nothing left to close', async () => {
    const { handlers, close } = installDialog();
    const shown = showDialog('https://localhost/commands.html', options);
    handlers.event?.({ error: 12006 });
    await expect(shown).resolves.toBe('closed');
    expect(close).not.toHaveBeenCalled();
  });

  it.each([12002, 12003])(
    'treats %i (the page did not load) as a failure and closes the empty dialog',
    async (code) => {
      const { handlers, close } = installDialog();
      const shown = showDialog('https://localhost/commands.html', options);
      handlers.event?.({ error: code });
      await expect(shown).rejects.toMatchObject({ code: 'host-error', hostCode: String(code) });
      expect(close).toHaveBeenCalledTimes(1);
    },
  );

  it('closes the dialog itself when the time is up', async () => {
    jest.useFakeTimers();
    const { close } = installDialog();
    const shown = showDialog('https://localhost/commands.html', options);
    jest.advanceTimersByTime(60_000);
    await expect(shown).resolves.toBe('timeout');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('rejects when the dialog cannot open (e.g. 12007: one is already open)', async () => {
    installDialog('failed');
    await expect(showDialog('https://localhost/commands.html', options)).rejects.toMatchObject({
      code: 'unsupported-api',
    });
  });
});
