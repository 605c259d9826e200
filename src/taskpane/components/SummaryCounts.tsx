import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { editText } from '../i18n/editStrings';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    // As many tiles per row as fit: at 320 px they wrap instead of overflowing.
    gridTemplateColumns: 'repeat(auto-fit, minmax(52px, 1fr))',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  cell: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  total: { backgroundColor: tokens.colorNeutralBackground4 },
  label: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorPaletteGreenForeground1 },
  behind: { color: tokens.colorPaletteDarkOrangeForeground1 },
  errors: { color: tokens.colorPaletteRedForeground1 },
});

/** The total, then one tile per status group: the groups add up to the total. */
export function SummaryCounts({ report }: { report: CheckReport }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { summary } = report;
  const items: { key: string; label: string; value: number; className?: string }[] = [
    { key: 'total', label: t('countTotal'), value: summary.total },
    { key: 'done', label: t('countDone'), value: summary.done, className: styles.done },
    { key: 'onTrack', label: t('countOnTrack'), value: summary.onTrack },
    {
      key: 'behind',
      label: t('countBehind'),
      value: summary.behind + summary.severelyBehind,
      className: styles.behind,
    },
    { key: 'noTarget', label: editText(locale, 'countNoTarget'), value: summary.noTarget },
    { key: 'qualitative', label: editText(locale, 'countQualitative'), value: summary.qualitative },
    { key: 'errors', label: t('countErrors'), value: summary.invalid, className: styles.errors },
  ];
  const shown = items.filter(
    (item) => item.value > 0 || !['noTarget', 'qualitative'].includes(item.key),
  );
  return (
    <dl className={styles.grid} data-testid="summary-counts">
      {shown.map((item) => (
        <div
          key={item.key}
          className={mergeClasses(styles.cell, item.key === 'total' && styles.total)}
          data-count={item.key}
        >
          <dt className={styles.label}>{item.label}</dt>
          <dd className={mergeClasses(styles.value, item.className)}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
