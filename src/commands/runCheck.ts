// What the two ribbon buttons do, with Office reached only through the port and `notify`.
import { checkTable } from '../core';
import type { Locale } from '../core';
import { checkOptionsFrom } from '../core/settings';
import { toAdapterError } from '../office/errors';
import type { WorkbookPort } from '../office/types';
import { checkNotice, clearedNotice, errorNotice } from './notice';
import type { Notice } from './notice';

export interface CommandDeps {
  port: WorkbookPort;
  /** Office's display language, used until the settings say otherwise. */
  displayLocale: () => Locale;
  today: () => Date;
  /** Shows the notice; resolves when the user has seen it (or it timed out). */
  notify: (notice: Notice) => Promise<void>;
}

/** Reads the settings, checks the table the user is on, marks the results, and says how it went. */
export async function runCheck(deps: CommandDeps): Promise<Notice> {
  let locale = deps.displayLocale();
  let notice: Notice;
  try {
    const { settings, invalid } = await deps.port.loadSettings();
    locale = settings.locale ?? locale;
    const source = await deps.port.readSource(settings.source);
    const options = checkOptionsFrom(settings, locale, deps.today());
    const report = checkTable(source.grid, options);
    const summary = await deps.port.writeMarks(report, source, {
      mode: settings.outputMode,
      locale,
    });
    notice = checkNotice(report, summary, invalid, locale);
  } catch (error) {
    notice = errorNotice(toAdapterError(error), locale);
  }
  await deps.notify(notice);
  return notice;
}

export async function clearMarks(deps: CommandDeps): Promise<Notice> {
  let locale = deps.displayLocale();
  let notice: Notice;
  try {
    const { settings } = await deps.port.loadSettings();
    locale = settings.locale ?? locale;
    await deps.port.clearMarks();
    notice = clearedNotice(locale);
  } catch (error) {
    notice = errorNotice(toAdapterError(error), locale, true);
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
