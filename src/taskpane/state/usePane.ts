// The pane's state and the actions behind its buttons, for Excel and standalone alike.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  checkOptionsFrom,
  clearOutcome,
  DEFAULT_SETTINGS,
  describeWrite,
  hostErrorMessage,
  lastFinishedMonthEnd,
  SAMPLE_GRID,
} from '../../core';
import type { CheckRun, Locale, Settings, WorkbookPort, HostName } from '../../core';
import { format } from '../i18n/strings';
import type { StringKey } from '../i18n/strings';
import type { LoadedTable, MemoryWorkbook } from '../standalone/memoryWorkbook';
import type { Engine } from '../worker/engine';

export type Intent = 'success' | 'warning' | 'error' | 'info';
/** The message bar at the top of the pane. */
export interface Banner {
  intent: Intent;
  text: string;
}

export interface PaneEnv {
  port: WorkbookPort;
  /** Present in standalone mode only. */
  memory: MemoryWorkbook | null;
  /** The spreadsheet the pane runs in (Excel unless said otherwise): names it in badges and errors. */
  host?: HostName;
  displayLocale: Locale;
  today: () => Date;
  /** Reads, checks and writes the narrative; default: the pane's worker (main thread without one). */
  engine?: Engine;
}

export type CheckResult = CheckRun;

const SAMPLE_NAME = 'sample.xlsx';
/** No located cells (one array: the preview does not render again for a new empty one). */
const NOTHING: string[] = [];

/** The engine loads with the first import or check; the pane shows without it. */
const loadEngine = async (): Promise<Engine> =>
  (await import(/* webpackChunkName: "engine" */ '../worker/engine')).paneEngine();

export function usePane(env: PaneEnv) {
  const { port, memory, host } = env;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const defaultAsOf = lastFinishedMonthEnd(env.today());
  const [table, setTable] = useState<LoadedTable | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [editedText, setEditedText] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [notice, setNotice] = useState<Banner | null>(null);
  const [located, setLocated] = useState<string[]>(NOTHING);
  /** Bumped when the workbook's settings arrive: the settings form starts again from them. */
  const [settingsLoads, setSettingsLoads] = useState(0);
  const locale: Locale = settings.locale ?? env.displayLocale;
  const options = useMemo(
    () => ({
      ...checkOptionsFrom(settings, locale, env.today()),
      asOf: settings.asOf ?? defaultAsOf,
    }),
    [settings, locale, env, defaultAsOf],
  );
  const t = useCallback(
    (key: StringKey, values?: Record<string, string | number>) => format(locale, key, values),
    [locale],
  );

  const engine = useCallback(
    () => (env.engine ? Promise.resolve(env.engine) : loadEngine()),
    [env],
  );

  const fail = useCallback(
    (error: unknown) => setNotice({ intent: 'error', text: hostErrorMessage(error, locale, host) }),
    [locale, host],
  );

  useEffect(() => {
    let live = true;
    port.loadSettings().then(
      ({ settings: stored, invalid }) => {
        if (!live) return;
        setSettings(stored);
        // A settings form opened meanwhile started from the defaults: it starts again.
        if (JSON.stringify(stored) !== JSON.stringify(DEFAULT_SETTINGS)) {
          setSettingsLoads((n) => n + 1);
        }
        const shownLocale = stored.locale ?? env.displayLocale;
        if (invalid.length > 0) {
          const names = invalid.join(', ');
          setNotice({ intent: 'warning', text: format(shownLocale, 'settingsInvalid', { names }) });
        }
      },
      (error: unknown) => live && fail(error),
    );
    port.takeLastNotice().then(
      (pending) => {
        if (live && pending) {
          setNotice({ intent: pending.tone, text: [pending.title, ...pending.lines].join(' ') });
        }
      },
      () => undefined, // informative only: a failure here must not hide the settings' outcome
    );
    memory?.onSelect((_sheet, cells) => setLocated(cells));
    // Once the pane is idle, the engine starts (in its worker) and loads what the first import
    // or check needs, while the user looks for a file.
    const idle = globalThis.requestIdleCallback?.(
      () => void engine().then((ready) => ready.warm(memory !== null)),
      { timeout: 3000 },
    );
    return () => {
      live = false;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
    // Settings are read once per pane start; later changes come from this pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port, memory]);

  const adoptTable = useCallback(
    (loaded: LoadedTable) => {
      memory?.load(loaded);
      setTable(loaded);
      setResult(null);
      setEditedText(null);
      setLocated(NOTHING);
      const text = loaded.fileName
        ? t('loadedSheet', { file: loaded.fileName, sheet: loaded.sheetName })
        : t('loadedFile', { name: loaded.sheetName });
      setNotice({ intent: 'info', text });
    },
    [memory, t],
  );

  const loadSample = useCallback(
    () => adoptTable({ grid: SAMPLE_GRID, sheetName: SAMPLE_NAME }),
    [adoptTable],
  );

  const importUserFile = useCallback(
    async (file: File) => {
      setBusy('import');
      try {
        const { importFile } = await import(
          /* webpackChunkName: "engine" */ '../standalone/importFile'
        );
        const ahead = { settings, locale, today: env.today() };
        const outcome = await importFile(file, await engine(), ahead);
        if (outcome.ok) adoptTable(outcome.table);
        else setNotice({ intent: 'error', text: t('importFailed', { reason: t(outcome.reason) }) });
      } catch (error) {
        setNotice({ intent: 'error', text: t('importFailed', { reason: String(error) }) });
      } finally {
        setBusy(null);
      }
    },
    [t, adoptTable, engine, settings, locale, env],
  );

  /** Checks the table; with other settings than the stored ones when given (a new reading). */
  const check = useCallback(
    async (using: Settings = settings) => {
      setBusy('check');
      setNotice(null);
      try {
        // The use case loads with the first check; the host reads here, the engine checks.
        const checker = await engine();
        const { runCheckSteps } = await import(/* webpackChunkName: "engine" */ '../../core');
        const request = { settings: using, locale, today: env.today() };
        const run = await runCheckSteps(port, request, (source, options) =>
          checker.check(source.grid, options),
        );
        setResult(run);
        setEditedText(null);
        setLocated(NOTHING);
        const write = describeWrite(run.summary, locale);
        setNotice(write ? { intent: write.tone, text: write.text } : null);
      } catch (error) {
        fail(error);
      } finally {
        setBusy(null);
      }
    },
    [port, settings, locale, env, fail, engine],
  );

  const locate = useCallback(
    async (cells: string[]) => {
      if (!result || cells.length === 0) return;
      try {
        await port.selectCells(result.source.sheetName, cells);
      } catch (error) {
        fail(error);
      }
    },
    [port, result, fail],
  );

  // Saves run one after another, so the last change is the one stored.
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const saveFailure = useRef<Banner | null>(null);
  /** Stores settings (the form saves on change); says nothing when it worked, why when it did not. */
  const saveSettings = useCallback(
    (next: Settings): Promise<boolean> => {
      const run = saving.current.then(async () => {
        try {
          await port.saveSettings(next);
          setSettings(next);
          setNotice((shown) => (shown === saveFailure.current ? null : shown));
          return true;
        } catch (error) {
          const banner: Banner = {
            intent: 'error',
            text: hostErrorMessage(error, next.locale ?? env.displayLocale, host),
          };
          saveFailure.current = banner;
          setNotice(banner);
          return false;
        }
      });
      saving.current = run;
      return run;
    },
    [port, host, env.displayLocale],
  );

  /** A choice made on the check view, saved with the workbook at once (the ribbon uses it too). */
  const choose = useCallback(
    (change: Partial<Settings>) => {
      const next = { ...settings, ...change };
      setSettings(next);
      port.saveSettings(next).catch(fail);
    },
    [port, settings, fail],
  );
  const chooseSource = useCallback((source: Settings['source']) => choose({ source }), [choose]);
  // The default date is stored as null, so it keeps following the calendar.
  const chooseAsOf = useCallback(
    (value: string) => choose({ asOf: value === defaultAsOf ? null : value }),
    [choose, defaultAsOf],
  );

  // Results are stale once a setting they were computed with changes (the summary's templates
  // are not among them: the summary follows them live).
  const checkedWith = JSON.stringify([options, settings.source]);
  const [checked, setChecked] = useState({ result, with: checkedWith });
  if (checked.result !== result) setChecked({ result, with: checkedWith });
  const stale = result !== null && checked.with !== checkedWith;

  // Edited summary text: what would discard it asks first (App shows the question).
  const [discardAnswer, setDiscardAnswer] = useState<((ok: boolean) => void) | null>(null);
  const confirmDiscard = useCallback(
    (): Promise<boolean> =>
      editedText === null
        ? Promise.resolve(true)
        : new Promise((resolve) =>
            setDiscardAnswer(() => (ok: boolean) => {
              setDiscardAnswer(null);
              resolve(ok);
            }),
          ),
    [editedText],
  );

  const clearMarks = useCallback(async () => {
    try {
      await port.clearMarks();
      setNotice({ intent: 'success', text: clearOutcome(locale).lines.join(' ') });
    } catch (error) {
      fail(error);
    }
  }, [port, locale, fail]);

  return {
    standalone: memory !== null,
    host: host ?? 'excel',
    locale,
    settings,
    chooseSource,
    /** What the next check uses (as-of date, thresholds), derived from the settings. */
    options,
    chooseAsOf,
    table,
    result,
    editedText,
    setEditedText,
    busy,
    notice,
    setNotice,
    located,
    loadSample,
    importUserFile,
    check,
    /** A choice saved with the workbook at once (the ribbon uses it too). */
    choose,
    locate,
    /** The engine that reads, checks and writes the narrative (a worker where there is one). */
    engine,
    engineInWorker: env.engine ? env.engine.where() === 'worker' : typeof Worker === 'function',
    saveSettings,
    settingsLoads,
    /** The results on screen were computed with other settings than the current ones. */
    stale,
    /** Resolves true when nothing is edited or the user agrees to lose the edits. */
    confirmDiscard,
    /** The pending question's answer, while one is asked. */
    discardAnswer,
    clearMarks,
  };
}

export type Pane = ReturnType<typeof usePane>;
