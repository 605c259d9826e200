import { makeStyles, Subtitle2, tokens, ToggleButton, Toolbar } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { asOfNote } from '../../core';
import type { Indicator, Issue, SavedReading } from '../../core';
import { EvaluationCard } from '../components/EvaluationCard';
import { IndicatorList } from '../components/IndicatorList';
import { IssueList } from '../components/IssueList';
// In this chunk, not lazily: a lazy panel suspended the results' first render, and React shows
// content that suspended at most every 300 ms (the results came 370 ms after the check, or the
// panel appeared above the counts that much later and moved everything the user was looking at).
import ReadingPanel from '../components/ReadingPanel';
import { SummaryCounts } from '../components/SummaryCounts';
import { useI18n } from '../i18n/I18nContext';
import type { StringKey } from '../i18n/strings';
import type { Pane } from '../state/usePane';

type Filter = 'all' | 'behind' | 'errors';

const FILTERS: { value: Filter; label: StringKey }[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'behind', label: 'filterBehind' },
  { value: 'errors', label: 'filterErrors' },
];

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  asOfNote: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function filtered(indicators: Indicator[], issues: Issue[], filter: Filter): Indicator[] {
  if (filter === 'behind') {
    return indicators.filter((i) => i.status === 'behind' || i.status === 'severely-behind');
  }
  if (filter === 'errors') {
    const rows = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row));
    return indicators.filter((i) => i.status === 'invalid' || rows.has(i.row));
  }
  return indicators;
}

/** The results of the last check: how the table was read, the counts, indicators and issues. */
export default function CheckResults({ pane }: { pane: Pane }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const run = pane.result;
  const report = run?.report;
  const shown = useMemo(
    () => (report ? filtered(report.indicators, report.issues, filter) : []),
    [report, filter],
  );
  if (!run || !report) return null;
  const note = asOfNote(report, locale);
  const locate = (cells: string[]) => void pane.locate(cells);
  // A reading the user chose: the table is checked again with it, then it is saved with the
  // workbook (after the check, so that a failure to save is the message left on screen).
  const chooseReading = (readings: SavedReading[]) =>
    void pane.check({ ...pane.settings, readings }).then(() => pane.choose({ readings }));
  return (
    <div className={styles.results}>
      <ReadingPanel
        run={run}
        settings={pane.settings}
        standalone={pane.standalone}
        busy={pane.busy !== null}
        onChoose={chooseReading}
      />
      {note && (
        <p className={styles.asOfNote} data-testid="as-of-note">
          {note}
        </p>
      )}
      {report.evaluation && <EvaluationCard evaluation={report.evaluation} onLocate={locate} />}
      <SummaryCounts report={report} />
      <section className={styles.section} aria-labelledby="indicators-heading">
        <Subtitle2 as="h2" id="indicators-heading" className={styles.heading}>
          {t('indicators')}
        </Subtitle2>
        <Toolbar aria-label={t('indicators')} size="small">
          {FILTERS.map((option) => (
            <ToggleButton
              key={option.value}
              size="small"
              checked={filter === option.value}
              onClick={() => setFilter(option.value)}
            >
              {t(option.label)}
            </ToggleButton>
          ))}
        </Toolbar>
        <IndicatorList
          key={filter}
          indicators={shown}
          expected={report.expectedProgress}
          onLocate={locate}
        />
      </section>
      <section className={styles.section} aria-labelledby="issues-heading">
        <Subtitle2 as="h2" id="issues-heading" className={styles.heading}>
          {t('issues')} ({report.issues.length})
        </Subtitle2>
        <IssueList issues={report.issues} onLocate={locate} />
      </section>
    </div>
  );
}
