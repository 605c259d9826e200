// What the ribbon buttons do, through the port and the one use case; `notify` shows the outcome.
import {
  checkAndMark,
  checkOutcome,
  clearOutcome,
  failureOutcome,
  HostError,
  loadRunSettings,
} from '../core';
import type { Locale, WorkbookPort } from '../core';
import type { DialogNotice } from './notice';

export interface CommandDeps {
  port: WorkbookPort;
  /** Office's display language, used until the settings say otherwise. */
  displayLocale: () => Locale;
  today: () => Date;
  /** Shows the notice; resolves when the user has seen it (or it timed out). */
  notify: (notice: DialogNotice) => Promise<void>;
  now?: () => number;
}

/**
 * Office ends a function command's runtime about 5 minutes after it starts
 * (learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands). A write that has not
 * begun 2.5 minutes in is not begun: the write and the notice (at most 90 s) must fit in the rest,
 * and a write cut off half-way would leave marks no record names.
 */
export const WRITE_BY_MS = 150_000;

/** The port, refusing to start a write after `writeBy` (ms since the epoch). */
function writingBefore(port: WorkbookPort, writeBy: number, now: () => number): WorkbookPort {
  return {
    readSource: (kind) => port.readSource(kind),
    writeMarks: (report, source, options) =>
      now() > writeBy
        ? Promise.reject(new HostError('out-of-time'))
        : port.writeMarks(report, source, options),
    clearMarks: () => port.clearMarks(),
    selectCells: (sheetName, addresses) => port.selectCells(sheetName, addresses),
    loadSettings: () => port.loadSettings(),
    saveSettings: (settings) => port.saveSettings(settings),
    takeLastNotice: () => port.takeLastNotice(),
  };
}

/** 一键核验: reads the settings, checks the table the user is on, marks it, says how it went. */
export async function checkCommand(deps: CommandDeps): Promise<DialogNotice> {
  const now = deps.now ?? Date.now;
  const port = writingBefore(deps.port, now() + WRITE_BY_MS, now);
  let locale = deps.displayLocale();
  let notice: DialogNotice;
  try {
    const run = await loadRunSettings(port, locale);
    locale = run.locale;
    const { report, summary } = await checkAndMark(port, run.settings, locale, deps.today());
    notice = { locale, ...checkOutcome(report, summary, run.invalid, locale) };
  } catch (error) {
    notice = { locale, ...failureOutcome(error, locale, 'check') };
  }
  await deps.notify(notice);
  return notice;
}

/** 清除标记: removes what the add-in wrote. */
export async function clearCommand(deps: CommandDeps): Promise<DialogNotice> {
  let locale = deps.displayLocale();
  let notice: DialogNotice;
  try {
    locale = (await loadRunSettings(deps.port, locale)).locale;
    await deps.port.clearMarks();
    notice = { locale, ...clearOutcome(locale) };
  } catch (error) {
    notice = { locale, ...failureOutcome(error, locale, 'clear') };
  }
  await deps.notify(notice);
  return notice;
}

/** Runs a command for a ribbon event and always tells Office it is finished. */
export async function completeAfter(
  event: { completed: () => void },
  job: () => Promise<unknown>,
): Promise<void> {
  try {
    await job();
  } finally {
    event.completed();
  }
}
