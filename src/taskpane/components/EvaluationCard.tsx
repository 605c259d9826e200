// A 绩效自评表's total: the score by the rule and its grade, the table's own total and grade where
// they differ, and the budget's execution; the table's cells are one click away.
import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { GRADE_EN, GRADE_ZH, SCORE_TOLERANCE } from '../../core';
import type { Evaluation, Grade, Locale } from '../../core';
import { percent } from '../format';
import { useI18n } from '../i18n/I18nContext';
import { evaluationText } from '../i18n/evaluationStrings';
import type { EvaluationStringKey } from '../i18n/evaluationStrings';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  total: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, fontSize: tokens.fontSizeBase200 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  note: { margin: 0, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
});

const points = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

const gradeName = (grade: Grade, locale: Locale): string =>
  (locale === 'en-US' ? GRADE_EN : GRADE_ZH)[grade];

export function EvaluationCard(props: {
  evaluation: Evaluation;
  onLocate: (cells: string[]) => void;
}) {
  const { locale } = useI18n();
  const styles = useStyles();
  const say = (key: EvaluationStringKey, values?: Record<string, string | number>) =>
    evaluationText(locale, key, values);
  const { evaluation } = props;
  const { score, tableScore, budget } = evaluation;
  const max = points(evaluation.maxScore, locale);
  const tableDiffers =
    score !== null && tableScore !== null && Math.abs(score - tableScore) > SCORE_TOLERANCE;
  const tableGrade = evaluation.tableGrade ?? null;
  const gradeDiffers =
    tableGrade !== null && evaluation.grade !== null && tableGrade !== evaluation.grade;
  const locate = (cell: string | undefined) => (cell ? () => props.onLocate([cell]) : undefined);
  const cellLink = (text: string, cell: string | undefined) =>
    cell ? (
      <Link as="button" title={say('evalLocate')} onClick={locate(cell)}>
        {text}
      </Link>
    ) : (
      text
    );

  return (
    <section className={styles.card} aria-labelledby="evaluation-heading" data-testid="evaluation">
      <h2 id="evaluation-heading" className={styles.heading}>
        {say('evalTitle')}
      </h2>
      {score === null ? (
        <p className={mergeClasses(styles.line, styles.warn)}>{say('evalNoScore')}</p>
      ) : (
        <p className={styles.total} data-testid="evaluation-total">
          {say('evalScore', { score: points(score, locale), max })}
          {evaluation.grade &&
            ` · ${say('evalGrade', { grade: gradeName(evaluation.grade, locale) })}`}
        </p>
      )}
      {tableScore !== null && (
        <p className={mergeClasses(styles.line, tableDiffers && styles.warn)}>
          {cellLink(
            say('evalTableScore', { score: points(tableScore, locale) }),
            evaluation.cells.tableScore,
          )}
          {tableDiffers &&
            score !== null &&
            say('evalTableDiffers', { score: points(score, locale) })}
        </p>
      )}
      {tableGrade !== null && (
        <p className={mergeClasses(styles.line, gradeDiffers && styles.warn)}>
          {cellLink(
            say('evalTableGrade', { grade: gradeName(tableGrade, locale) }),
            evaluation.cells.grade,
          )}
        </p>
      )}
      {budget !== null && budget.rate !== null && (
        <p className={styles.line}>
          {cellLink(
            budget.score !== null && budget.maxScore !== null
              ? say('evalBudget', {
                  rate: percent(budget.rate, locale),
                  score: points(budget.score, locale),
                  max: points(budget.maxScore, locale),
                })
              : say('evalBudgetNoScore', { rate: percent(budget.rate, locale) }),
            budget.cells.spent,
          )}
        </p>
      )}
      <p className={styles.note}>{say('evalRule')}</p>
    </section>
  );
}
