import {
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, memo, Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nContext, i18nFor } from './i18n/I18nContext';
import { usePane } from './state/usePane';
import type { Pane, PaneEnv } from './state/usePane';
import { CheckView } from './views/CheckView';

// Only the check view is needed at start; the others load when first opened.
const NarrativeView = lazy(
  () => import(/* webpackChunkName: "narrative" */ './views/NarrativeView'),
);
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ './views/SettingsView'));
// Shown only when needed: the stale-results bar and the question before edits are discarded.
const guards = () => import(/* webpackChunkName: "guards" */ './components/PaneGuards');
const StaleBar = lazy(() => guards().then((m) => ({ default: m.StaleBar })));
const DiscardDialog = lazy(() => guards().then((m) => ({ default: m.DiscardDialog })));

type View = 'check' | 'narrative' | 'settings';

/** A view's panel; a hidden one is not rendered again until it is shown (it keeps its state). */
const Panel = memo(
  (props: { label: string; hidden: boolean; children: ReactNode }) => (
    <div role="tabpanel" aria-label={props.label} hidden={props.hidden}>
      {props.children}
    </div>
  ),
  (before, after) => before.hidden && after.hidden,
);
const VIEWS = ['check', 'narrative', 'settings'] as const;
const TAB_NAMES = {
  check: 'tabCheck',
  narrative: 'tabNarrative',
  settings: 'tabSettings',
} as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '720px',
    margin: '0 auto',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  title: { margin: 0 },
  mode: { color: tokens.colorNeutralForeground3 },
  // The tabs stay in reach wherever a view is scrolled to (each view keeps its own position).
  tabs: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});

export function App({ env }: { env: PaneEnv }) {
  const pane = usePane(env);
  const styles = useStyles();
  const [view, setView] = useState<View>('check');
  // Views stay mounted once opened, and each keeps its own scroll position.
  const [opened, setOpened] = useState<View[]>(['check']);
  const scrolls = useRef<Partial<Record<View, number>>>({});
  useLayoutEffect(() => {
    const top = scrolls.current[view] ?? 0;
    if (window.scrollY !== top) window.scrollTo(0, top);
  }, [view]);
  // Once asked, the dialog stays mounted and only closes (an unmounted open dialog leaves the
  // next one hidden from assistive technology); each question is a fresh dialog (its own key).
  const [asked, setAsked] = useState<{ count: number; answer: unknown }>({
    count: 0,
    answer: null,
  });
  if (pane.discardAnswer && pane.discardAnswer !== asked.answer) {
    setAsked({ count: asked.count + 1, answer: pane.discardAnswer });
  }
  const i18n = useMemo(() => i18nFor(pane.locale), [pane.locale]);
  const { t } = i18n;
  // A re-check or a new table would discard an edited summary: ask first.
  const guard =
    <A extends unknown[]>(action: (...args: A) => Promise<void> | void) =>
    async (...args: A) => {
      if (await pane.confirmDiscard()) await action(...args);
    };
  const guarded: Pane = {
    ...pane,
    check: guard(pane.check),
    loadSample: guard(pane.loadSample),
    importUserFile: guard(pane.importUserFile),
  };
  const views = {
    check: <CheckView pane={guarded} />,
    narrative: <NarrativeView pane={guarded} />,
    settings: <SettingsView key={pane.settingsLoads} pane={guarded} />,
  };

  return (
    <FluentProvider theme={webLightTheme} lang={pane.locale}>
      <I18nContext.Provider value={i18n}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Title3 as="h1" className={styles.title}>
              {t('appTitle')}
            </Title3>
            <Caption1 className={styles.mode}>
              {pane.standalone
                ? t('standaloneBadge')
                : pane.host === 'wps'
                  ? t('wpsBadge')
                  : t('excelBadge')}
            </Caption1>
          </header>
          {pane.standalone && (
            <MessageBar intent="info">
              <MessageBarBody>{t('standaloneHint')}</MessageBarBody>
            </MessageBar>
          )}
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_, data) => {
              const next = data.value as View;
              scrolls.current[view] = window.scrollY;
              setOpened((shown) => (shown.includes(next) ? shown : [...shown, next]));
              setView(next);
            }}
          >
            {VIEWS.map((name) => (
              <Tab key={name} value={name}>
                {t(TAB_NAMES[name])}
              </Tab>
            ))}
          </TabList>
          {pane.notice && (
            <MessageBar
              intent={pane.notice.intent}
              role={pane.notice.intent === 'error' ? 'alert' : 'status'}
              data-testid="notice"
            >
              <MessageBarBody>
                {pane.notice.intent === 'error' && (
                  <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
                )}
                {pane.notice.text}
              </MessageBarBody>
            </MessageBar>
          )}
          <Suspense fallback={null}>
            {pane.stale && view !== 'settings' && <StaleBar pane={guarded} />}
            {asked.count > 0 && <DiscardDialog key={asked.count} answer={pane.discardAnswer} />}
          </Suspense>
          {opened.map((name) => (
            <Panel key={name} label={t(TAB_NAMES[name])} hidden={name !== view}>
              <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>{views[name]}</Suspense>
            </Panel>
          ))}
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
