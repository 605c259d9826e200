import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef } from 'react';
import { resolveProgress } from '../../core';
import { percent } from '../format';
import { useI18n } from '../i18n/I18nContext';
import type { Pane } from '../state/usePane';

// Excel-only controls and the results (with the wording of issues, 表格识别) load when needed.
const TablePreview = lazy(
  () => import(/* webpackChunkName: "preview" */ '../components/TablePreview'),
);
const SourcePicker = lazy(
  () => import(/* webpackChunkName: "excel-ui" */ '../components/SourcePicker'),
);
const CheckResults = lazy(() => import(/* webpackChunkName: "results" */ './CheckResults'));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: '140px' },
  expected: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
});

export function CheckView({ pane }: { pane: Pane }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const report = pane.result?.report ?? null;
  // No date of the user's: the check took it from the table's title or the calendar; show that one.
  const checkedAsOf = pane.settings.asOf === null && report?.asOf ? report : null;
  const asOf = checkedAsOf?.asOf ?? pane.options.asOf;
  const expected = checkedAsOf
    ? checkedAsOf.expectedProgress
    : resolveProgress(pane.options).expectedProgress;
  const canCheck = pane.busy === null && (!pane.standalone || pane.table !== null);

  return (
    <div className={styles.view}>
      {pane.standalone && (
        <div className={styles.row}>
          <Button onClick={pane.loadSample} disabled={pane.busy !== null}>
            {t('loadSample')}
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={pane.busy !== null}>
            {t('importFile')}
          </Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".xlsx,.csv,.xlsm,.txt"
            aria-label={t('importFile')}
            data-testid="file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void pane.importUserFile(file);
            }}
          />
        </div>
      )}
      <div className={styles.row}>
        <Field label={t('asOf')} hint={t('asOfHint')} className={styles.grow}>
          <Input
            type="date"
            value={asOf}
            onChange={(_, data) => data.value && pane.chooseAsOf(data.value)}
          />
        </Field>
        {!pane.standalone && (
          <Suspense fallback={null}>
            <SourcePicker
              className={styles.grow}
              value={pane.settings.source}
              onChange={pane.chooseSource}
            />
          </Suspense>
        )}
      </div>
      <span className={styles.expected}>
        {t('expected')}: {percent(expected, locale)}
      </span>
      <Button
        appearance="primary"
        size="large"
        disabled={!canCheck}
        onClick={() => void pane.check()}
        aria-busy={pane.busy === 'check'}
      >
        {pane.busy === 'check' ? t('checking') : t('runCheck')}
      </Button>
      {pane.busy === 'import' && <p aria-busy="true">{t('importing')}</p>}
      {!report && pane.busy === null && !pane.standalone && <p>{t('noDataExcel')}</p>}
      {pane.standalone && !pane.table && pane.busy === null && <p>{t('noData')}</p>}
      {report ? (
        <Suspense key="results" fallback={<p aria-busy="true">{t('loading')}</p>}>
          <CheckResults pane={pane} />
        </Suspense>
      ) : (
        // Before the results, their code loads (and shows nothing): they show as the check ends.
        (pane.table || pane.busy) && (
          <Suspense key="ahead" fallback={null}>
            <CheckResults pane={pane} />
          </Suspense>
        )
      )}
      {pane.standalone && pane.table && (
        <Suspense fallback={null}>
          <TablePreview
            grid={pane.table.grid}
            sheetName={pane.table.sheetName}
            located={pane.located}
          />
        </Suspense>
      )}
    </div>
  );
}
