// The Excel ribbon's commands: the core's one command logic (src/core/host/ribbonCommands.ts),
// within the time Office gives a function command; `notify` shows the outcome in a dialog.
import { checkCommand as check, clearCommand as clear } from '../core';
import type { CommandDeps as CoreCommandDeps } from '../core';
import type { DialogNotice } from './notice';

export interface CommandDeps extends Omit<CoreCommandDeps, 'notify'> {
  /** Shows the notice; resolves when the user has seen it (or it timed out). */
  notify: (notice: DialogNotice) => Promise<void>;
}

/**
 * Office ends a function command's runtime about 5 minutes after it starts
 * (learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands). A write that has not
 * begun 2.5 minutes in is not begun: the write and the notice (at most 90 s) must fit in the rest,
 * and a write cut off half-way would leave marks no record names.
 */
export const WRITE_BY_MS = 150_000;

/** 一键核验: reads the settings, checks the table the user is on, marks it, says how it went. */
export const checkCommand = (deps: CommandDeps): Promise<DialogNotice> =>
  check(deps, { writeWithinMs: WRITE_BY_MS });

/** 清除标记: removes what the add-in wrote. */
export const clearCommand = (deps: CommandDeps): Promise<DialogNotice> => clear(deps);

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
