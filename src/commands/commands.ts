// Function-file entry (commands.html). Ribbon: runCheck (一键核验) and clearMarks (清除标记).
// The same page, opened with ?notice=…, is the small dialog that reports the outcome.
import {
  displayLocale,
  ExcelWorkbook,
  officeJsLoaded,
  saveLastNotice,
  showDialog,
} from '../office';
import { decodeNotice, encodeNotice, NOTICE_PARAM, UNREADABLE_NOTICE } from './notice';
import type { DialogNotice } from './notice';
import { AUTO_CLOSE_MS, renderNotice } from './noticePage';
import { checkCommand, clearCommand, completeAfter } from './ribbonCommands';
import type { CommandDeps } from './ribbonCommands';

function noticeUrl(notice: DialogNotice): string {
  const url = new URL(window.location.href);
  url.hash = '';
  url.search = `?${NOTICE_PARAM}=${encodeNotice(notice)}`;
  return url.toString();
}

async function notify(notice: DialogNotice): Promise<void> {
  const stay = AUTO_CLOSE_MS[notice.tone] ?? 60_000;
  try {
    await showDialog(noticeUrl(notice), { height: 30, width: 30, timeoutMs: stay + 30_000 });
  } catch (error) {
    // No dialog (unsupported host, or one already open): keep the notice for the task pane.
    await saveLastNotice({ ...notice, failedDialog: String(error) });
  }
}

const deps: CommandDeps = {
  port: new ExcelWorkbook(),
  displayLocale,
  today: () => new Date(),
  notify,
};

function start(): void {
  const raw = new URLSearchParams(window.location.search).get(NOTICE_PARAM);
  if (raw !== null) {
    const notice = decodeNotice(raw) ?? UNREADABLE_NOTICE;
    renderNotice(document, notice, () => Office.context.ui.messageParent('close'));
    return;
  }
  Office.actions.associate('runCheck', (event: Office.AddinCommands.Event) =>
    completeAfter(event, () => checkCommand(deps)),
  );
  Office.actions.associate('clearMarks', (event: Office.AddinCommands.Event) =>
    completeAfter(event, () => clearCommand(deps)),
  );
}

// office.js comes from the boot script; without it there is no ribbon to answer.
void officeJsLoaded().then((loaded) => {
  if (loaded) void Office.onReady(start);
});
