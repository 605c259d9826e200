// Office dialog (DialogApi 1.1) as a promise that settles when the dialog is gone.
import { HostError } from '../../core';

export type DialogEnd = 'message' | 'closed' | 'timeout';

export interface DialogOptions {
  /** Percent of the screen. */
  height: number;
  width: number;
  /** Close it ourselves after this long (ms), so a command never waits forever. */
  timeoutMs: number;
}

/**
 * DialogEventReceived codes (learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors):
 * 12002 the page cannot load, 12003 not https: the dialog is empty, so close it and say the
 * message was not shown; 12006 the user closed it (their choice, not a failure).
 */
const PAGE_FAILED = new Set([12002, 12003]);
const USER_CLOSED = 12006;

/**
 * Opens `url` (same domain as the add-in, https) and resolves when the page calls
 * messageParent, the user closes it, or the timeout passes; the dialog is closed in every case.
 * Rejects when the dialog cannot open or its page cannot load.
 */
export function showDialog(url: string, options: DialogOptions): Promise<DialogEnd> {
  if (typeof Office === 'undefined' || !Office.context?.ui) {
    return Promise.reject(new HostError('no-host'));
  }
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
    return Promise.reject(new HostError('unsupported-api'));
  }
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: options.height, width: options.width, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new HostError('unsupported-api', { cause: result.error }));
          return;
        }
        const dialog = result.value;
        let done = false;
        const finish = (end: DialogEnd | HostError, closeIt: boolean) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          if (closeIt) dialog.close();
          if (end instanceof HostError) reject(end);
          else resolve(end);
        };
        const timer = setTimeout(() => finish('timeout', true), options.timeoutMs);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () =>
          finish('message', true),
        );
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : USER_CLOSED;
          if (PAGE_FAILED.has(code)) {
            finish(new HostError('host-error', { hostCode: String(code) }), true);
          } else {
            finish('closed', code !== USER_CLOSED);
          }
        });
      },
    );
  });
}
