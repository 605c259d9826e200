// The ribbon's callbacks (ribbon.xml names them ribbon.OnAddinLoad, ribbon.OnAction, …). WPS calls
// them synchronously: each one returns at once, never throws into WPS, and reports any failure
// in a message; a command runs on and shows its outcome when it is done.
import { checkCommand, clearCommand, failureOutcome } from '../../core';
import type { CommandDeps, CommandOptions, Locale, Outcome } from '../../core';
import type { RibbonControl } from '../types';
import { RIBBON_WORDING } from './wording';

export const BUTTONS = {
  check: 'btnRunCheck',
  pane: 'btnOpenPane',
  clear: 'btnClearMarks',
} as const;

/** Icons next to the entry page (relative paths, as the wpsjs templates return them). */
export const IMAGES: Record<string, string> = {
  [BUTTONS.check]: 'images/check.png',
  [BUTTONS.pane]: 'images/icon.png',
  [BUTTONS.clear]: 'images/clear.png',
};

export interface RibbonDeps extends Omit<CommandDeps, 'notify'> {
  /** Shows the outcome to the user (a message box). */
  notify: (outcome: Outcome) => void;
  openPane: () => void;
}

/** The one ribbon command logic of the core, worded for WPS 表格. */
const IN_WPS: CommandOptions = { host: 'wps' };

export interface Ribbon {
  OnAddinLoad(ribbonUI?: unknown): boolean;
  OnAction(control?: RibbonControl): boolean;
  GetImage(control?: RibbonControl): string;
  OnGetEnabled(control?: RibbonControl): boolean;
}

type Action = 'check' | 'clear' | 'pane';

export function createRibbon(deps: RibbonDeps): Ribbon {
  let busy = false;
  const localeNow = (): Locale => {
    try {
      return deps.displayLocale();
    } catch {
      return 'zh-CN';
    }
  };
  const say = (outcome: Outcome): void => {
    try {
      deps.notify(outcome);
    } catch {
      // notify keeps what it cannot show for the pane; nothing more can be done from here
    }
  };
  const fail = (action: Action, error: unknown): void => {
    const locale = localeNow();
    const outcome = failureOutcome(error, locale, action === 'clear' ? 'clear' : 'check', 'wps');
    say(action === 'pane' ? { ...outcome, title: RIBBON_WORDING[locale].paneFailed } : outcome);
  };
  const commandDeps: CommandDeps = {
    ...deps,
    notify: ({ locale: _locale, ...outcome }) => deps.notify(outcome),
  };
  const run = (action: Action, job: (commandDeps: CommandDeps) => Promise<Outcome>): void => {
    if (busy) {
      const t = RIBBON_WORDING[localeNow()];
      say({ tone: 'warning', title: t.title, lines: [t.busy] });
      return;
    }
    busy = true;
    job(commandDeps)
      .catch((error: unknown) => fail(action, error))
      .finally(() => {
        busy = false;
      });
  };

  return {
    OnAddinLoad: () => true,
    OnAction(control) {
      try {
        const id = control?.Id;
        if (id === BUTTONS.check) run('check', (d) => checkCommand(d, IN_WPS));
        else if (id === BUTTONS.clear) run('clear', (d) => clearCommand(d, IN_WPS));
        else if (id === BUTTONS.pane) deps.openPane();
      } catch (error) {
        fail(control?.Id === BUTTONS.pane ? 'pane' : 'check', error);
      }
      return true;
    },
    GetImage: (control) => IMAGES[control?.Id ?? ''] ?? 'images/icon.png',
    OnGetEnabled: () => true,
  };
}
