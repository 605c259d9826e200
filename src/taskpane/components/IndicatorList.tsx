import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Indicator } from '../../core';
import { indicatorCells, percent, yoyText } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { useListRowStyles } from './listRow';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    rowGap: tokens.spacingVerticalXXS,
  },
  child: { paddingLeft: tokens.spacingHorizontalXXL },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  detail: {
    gridColumn: '1 / -1',
    display: 'flex',
    justifyContent: 'space-between',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  bar: {
    gridColumn: '1 / -1',
    position: 'relative',
    height: '6px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
  },
  fill: { position: 'absolute', top: 0, bottom: 0, left: 0 },
  good: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  late: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground3 },
  expected: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: '2px',
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

function Bar({ indicator, expected }: { indicator: Indicator; expected: number }) {
  const styles = useStyles();
  const rate = indicator.completionRate;
  if (rate === null) return null;
  const tone =
    indicator.status === 'severely-behind'
      ? styles.bad
      : indicator.status === 'behind'
        ? styles.late
        : styles.good;
  return (
    <div className={styles.bar} aria-hidden="true">
      <div
        className={mergeClasses(styles.fill, tone)}
        style={{ width: `${Math.min(rate, 1) * 100}%` }}
      />
      <div className={styles.expected} style={{ left: `${Math.min(expected, 1) * 100}%` }} />
    </div>
  );
}

export function IndicatorList(props: {
  indicators: Indicator[];
  expected: number;
  onLocate: (cells: string[]) => void;
}) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const rows = useListRowStyles();
  if (props.indicators.length === 0) return <p>{t('noRows')}</p>;
  return (
    <ul className={rows.list} aria-label={t('indicators')}>
      {props.indicators.map((indicator) => {
        const rate = indicator.completionRate;
        const yoy = yoyText(indicator, locale);
        return (
          <li key={`${indicator.row}:${indicator.name}`}>
            <button
              type="button"
              className={mergeClasses(
                rows.row,
                styles.layout,
                indicator.parent !== null && styles.child,
              )}
              title={t('selectHint')}
              data-status={indicator.status}
              onClick={() => props.onLocate(indicatorCells(indicator))}
            >
              <span className={styles.name}>{indicator.name}</span>
              <StatusBadge status={indicator.status} />
              <Bar indicator={indicator} expected={props.expected} />
              <span className={styles.detail}>
                <span>
                  {rate === null
                    ? t('completionNone')
                    : t('completion', {
                        rate: percent(rate, locale),
                        expected: percent(props.expected, locale),
                      })}
                </span>
                <span>{yoy === null ? t('yoyNone') : t('yoy', { value: yoy })}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
