import { makeStyles, Subtitle2, tokens, ToggleButton, Toolbar } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckReport, Indicator, Issue } from '../../core';
import { IndicatorList } from '../components/IndicatorList';
import { IssueList } from '../components/IssueList';
import { SummaryCounts } from '../components/SummaryCounts';
import { useI18n } from '../i18n/I18nContext';
import type { StringKey } from '../i18n/strings';

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

export default function CheckResults(props: {
  report: CheckReport;
  onLocate: (cells: string[]) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const { report } = props;
  const shown = useMemo(() => filtered(report.indicators, report.issues, filter), [report, filter]);
  return (
    <div className={styles.results}>
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
          indicators={shown}
          expected={report.expectedProgress}
          onLocate={props.onLocate}
        />
      </section>
      <section className={styles.section} aria-labelledby="issues-heading">
        <Subtitle2 as="h2" id="issues-heading" className={styles.heading}>
          {t('issues')} ({report.issues.length})
        </Subtitle2>
        <IssueList issues={report.issues} onLocate={props.onLocate} />
      </section>
    </div>
  );
}
