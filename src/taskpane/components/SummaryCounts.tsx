import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { StringKey } from '../i18n/strings';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(5, 1fr)',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  cell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorPaletteGreenForeground1 },
  behind: { color: tokens.colorPaletteDarkOrangeForeground1 },
  errors: { color: tokens.colorPaletteRedForeground1 },
});

export function SummaryCounts({ report }: { report: CheckReport }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { summary } = report;
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const items: { key: string; label: StringKey; value: number; className?: string }[] = [
    { key: 'total', label: 'countTotal', value: summary.total },
    { key: 'done', label: 'countDone', value: summary.done, className: styles.done },
    { key: 'onTrack', label: 'countOnTrack', value: summary.onTrack },
    {
      key: 'behind',
      label: 'countBehind',
      value: summary.behind + summary.severelyBehind,
      className: styles.behind,
    },
    { key: 'errors', label: 'countErrors', value: errors, className: styles.errors },
  ];
  return (
    <dl className={styles.grid} data-testid="summary-counts">
      {items.map((item) => (
        <div key={item.key} className={styles.cell} data-count={item.key}>
          <dt className={styles.label}>{t(item.label)}</dt>
          <dd className={`${styles.value} ${item.className ?? ''}`}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
