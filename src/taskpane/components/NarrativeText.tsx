// The narrative as the pane shows it: figures from cells are buttons that locate their source.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Narrative, Paragraph } from '../../core';
import { useI18n } from '../i18n/I18nContext';

// Start-aligned: justified text at pane widths spreads characters apart (Word output stays justified).
const useStyles = makeStyles({
  page: {
    fontFamily: `'FangSong', 'STFangsong', 'FangSong_GB2312', ${tokens.fontFamilyBase}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase500,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}`, textIndent: '2em', textAlign: 'start' },
  title: {
    textIndent: 0,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  heading1: { fontWeight: tokens.fontWeightSemibold },
  heading2: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: {
    font: 'inherit',
    padding: '0 1px',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    cursor: 'pointer',
    textIndent: 0,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

function ParagraphView(props: { paragraph: Paragraph; onLocate: (cells: string[]) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const kindClass =
    props.paragraph.kind === 'title'
      ? styles.title
      : props.paragraph.kind === 'heading1'
        ? styles.heading1
        : props.paragraph.kind === 'heading2'
          ? styles.heading2
          : undefined;
  return (
    <p className={mergeClasses(styles.paragraph, kindClass)} data-kind={props.paragraph.kind}>
      {props.paragraph.segments.map((segment, index) =>
        segment.kind === 'value' && segment.cells.length > 0 ? (
          <button
            key={index}
            type="button"
            className={styles.value}
            title={`${t('cell')} ${segment.cells.join(', ')}`}
            data-cells={segment.cells.join(',')}
            onClick={() => props.onLocate(segment.cells)}
          >
            {segment.text}
          </button>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

export function NarrativeText(props: {
  narrative: Narrative;
  onLocate: (cells: string[]) => void;
}) {
  const styles = useStyles();
  return (
    <article className={styles.page} lang={props.narrative.locale} data-testid="narrative">
      {props.narrative.paragraphs.map((paragraph, index) => (
        <ParagraphView key={index} paragraph={paragraph} onLocate={props.onLocate} />
      ))}
    </article>
  );
}
