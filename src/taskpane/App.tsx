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
import { lazy, Suspense, useMemo, useState } from 'react';
import { I18nContext, i18nFor } from './i18n/I18nContext';
import { usePane } from './state/usePane';
import type { PaneEnv } from './state/usePane';
import { CheckView } from './views/CheckView';

// Only the check view is needed at start; the others load when first opened.
const NarrativeView = lazy(
  () => import(/* webpackChunkName: "narrative" */ './views/NarrativeView'),
);
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ './views/SettingsView'));

type View = 'check' | 'narrative' | 'settings';

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
});

export function App({ env }: { env: PaneEnv }) {
  const pane = usePane(env);
  const styles = useStyles();
  const [view, setView] = useState<View>('check');
  const i18n = useMemo(() => i18nFor(pane.locale), [pane.locale]);
  const { t } = i18n;

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
          <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
            <Tab value="check">{t('tabCheck')}</Tab>
            <Tab value="narrative">{t('tabNarrative')}</Tab>
            <Tab value="settings">{t('tabSettings')}</Tab>
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
          <div
            role="tabpanel"
            aria-label={t(
              view === 'check' ? 'tabCheck' : view === 'narrative' ? 'tabNarrative' : 'tabSettings',
            )}
          >
            <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
              {view === 'check' && <CheckView pane={pane} />}
              {view === 'narrative' && <NarrativeView pane={pane} />}
              {view === 'settings' && (
                <SettingsView key={JSON.stringify(pane.settings)} pane={pane} />
              )}
            </Suspense>
          </div>
        </main>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
