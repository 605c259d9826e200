import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Indicator } from '../../core';
import { indicatorCells, percent, yoyText } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { resultText } from '../i18n/resultStrings';
import { useListRowStyles } from './listRow';
import { StatusBadge } from './StatusBadge';
import { VirtualList } from './VirtualList';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignContent: 'start',
    rowGap: tokens.spacingVerticalXXS,
  },
  child: { paddingLeft: tokens.spacingHorizontalXXL },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // A long list's rows keep to one line each (the name and the figures end in … when too long).
  clip: { minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  fixedDetail: { flexWrap: 'nowrap', overflow: 'hidden' },
  keep: { flexShrink: 0 },
  noBar: { gridColumn: '1 / -1', height: '6px' },
  detail: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  scoreOff: { color: tokens.colorPaletteDarkOrangeForeground1 },
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

function Bar(props: { indicator: Indicator; expected: number; fixed: boolean }) {
  const { indicator, expected } = props;
  const styles = useStyles();
  const rate = indicator.completionRate;
  // No rate, no bar; in a long list its room stays, so that every row has the same height.
  if (rate === null)
    return props.fixed ? <div className={styles.noBar} aria-hidden="true" /> : null;
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

/** Points as the table writes them: at most two decimals. */
const points = (value: number): string => String(Math.round(value * 100) / 100);

/** 绩效自评表: the score against 分值, and the table's own 得分 where it differs (issue 12). */
function Score({ indicator, className }: { indicator: Indicator; className?: string }) {
  const { locale } = useI18n();
  const styles = useStyles();
  const { maxScore, tableScore } = indicator;
  if (typeof maxScore !== 'number') return null;
  const score = indicator.score ?? tableScore ?? null;
  const max = points(maxScore);
  const differs =
    typeof tableScore === 'number' &&
    typeof indicator.score === 'number' &&
    Math.abs(tableScore - indicator.score) > 0.01;
  return (
    <span data-testid="score" className={className}>
      {score === null
        ? resultText(locale, 'scoreNone', { maxScore: max })
        : resultText(locale, 'score', { score: points(score), maxScore: max })}
      {differs && (
        <span className={styles.scoreOff} data-testid="table-score">
          {' '}
          {resultText(locale, 'tableScore', { tableScore: points(tableScore) })}
        </span>
      )}
    </span>
  );
}

function IndicatorRow({
  indicator,
  expected,
  onLocate,
  fixed,
}: {
  indicator: Indicator;
  expected: number;
  onLocate: (cells: string[]) => void;
  fixed: boolean;
}) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const rows = useListRowStyles();
  const rate = indicator.completionRate;
  const yoy = yoyText(indicator, locale);
  const clip = fixed && styles.clip;
  return (
    <button
      type="button"
      className={mergeClasses(rows.row, styles.layout, indicator.parent !== null && styles.child)}
      title={t('selectHint')}
      data-status={indicator.status}
      data-row={indicator.row}
      onClick={() => onLocate(indicatorCells(indicator))}
    >
      <span className={mergeClasses(styles.name, clip)} title={fixed ? indicator.name : undefined}>
        {indicator.name}
      </span>
      <StatusBadge status={indicator.status} />
      <Bar indicator={indicator} expected={expected} fixed={fixed} />
      <span className={mergeClasses(styles.detail, fixed && styles.fixedDetail)}>
        <span className={mergeClasses(clip, fixed && styles.keep)}>
          {rate === null
            ? t('completionNone')
            : t('completion', {
                rate: percent(rate, locale),
                expected: percent(expected, locale),
              })}
        </span>
        <Score indicator={indicator} className={mergeClasses(clip, fixed && styles.keep)} />
        <span className={mergeClasses(clip)}>
          {yoy === null ? t('yoyNone') : t('yoy', { value: yoy })}
        </span>
      </span>
    </button>
  );
}

export function IndicatorList(props: {
  indicators: Indicator[];
  expected: number;
  onLocate: (cells: string[]) => void;
}) {
  const { t } = useI18n();
  const { indicators } = props;
  if (indicators.length === 0) return <p>{t('noRows')}</p>;
  return (
    <VirtualList
      count={indicators.length}
      label={t('indicators')}
      rowHeight={67}
      itemKey={(index) => {
        const indicator = indicators[index];
        return indicator ? `${indicator.row}:${indicator.name}` : String(index);
      }}
      renderItem={(index, fixed) => {
        const indicator = indicators[index];
        return indicator ? (
          <IndicatorRow
            indicator={indicator}
            expected={props.expected}
            onLocate={props.onLocate}
            fixed={fixed}
          />
        ) : null;
      }}
    />
  );
}
