// What the ribbon buttons do in every host (Excel's function commands, WPS 表格's ribbon.xml
// callbacks): through the port and the one use case; `notify` shows the outcome.
import type { HostName } from '../messages/hostWording';
import type { Locale } from '../types';
import { checkAndMark } from './checkAndMark';
import { HostError } from './errors';
import { checkOutcome, clearOutcome, failureOutcome } from './outcome';
import type { Outcome, WorkbookPort } from './port';
import { loadRunSettings } from './steps';

/** An outcome with the language it is worded in. */
export interface CommandNotice extends Outcome {
  locale: Locale;
}

export interface CommandDeps {
  port: WorkbookPort;
  /** The host's display language, used until the settings say otherwise. */
  displayLocale: () => Locale;
  today: () => Date;
  /** Shows the notice; resolves when the user has seen it (or it timed out). */
  notify: (notice: CommandNotice) => Promise<void> | void;
  now?: () => number;
}

export interface CommandOptions {
  /** Whose words a failure is told in ('excel' unless said). */
  host?: HostName;
  /** A write not begun this many ms after the command began is not begun ('out-of-time'). */
  writeWithinMs?: number;
}

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
export async function checkCommand(
  deps: CommandDeps,
  options: CommandOptions = {},
): Promise<CommandNotice> {
  const now = deps.now ?? Date.now;
  const port =
    options.writeWithinMs === undefined
      ? deps.port
      : writingBefore(deps.port, now() + options.writeWithinMs, now);
  let locale = deps.displayLocale();
  let notice: CommandNotice;
  try {
    const run = await loadRunSettings(port, locale);
    locale = run.locale;
    const { report, summary } = await checkAndMark(port, run.settings, locale, deps.today());
    notice = { locale, ...checkOutcome(report, summary, run.invalid, locale) };
  } catch (error) {
    notice = { locale, ...failureOutcome(error, locale, 'check', options.host) };
  }
  await deps.notify(notice);
  return notice;
}

/** 清除标记: removes what the add-in wrote (in this host or the other). */
export async function clearCommand(
  deps: CommandDeps,
  options: CommandOptions = {},
): Promise<CommandNotice> {
  let locale = deps.displayLocale();
  let notice: CommandNotice;
  try {
    locale = (await loadRunSettings(deps.port, locale)).locale;
    await deps.port.clearMarks();
    notice = { locale, ...clearOutcome(locale) };
  } catch (error) {
    notice = { locale, ...failureOutcome(error, locale, 'clear', options.host) };
  }
  await deps.notify(notice);
  return notice;
}
