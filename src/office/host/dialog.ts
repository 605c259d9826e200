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
 * Opens `url` (same domain as the add-in, https) and resolves when the page calls
 * messageParent, the user closes it, or the timeout passes; the dialog is closed in every case.
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
        const finish = (end: DialogEnd) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          if (end !== 'closed') dialog.close();
          resolve(end);
        };
        const timer = setTimeout(() => finish('timeout'), options.timeoutMs);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish('message'));
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish('closed'));
      },
    );
  });
}
