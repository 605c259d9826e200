import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { issueMessage } from '../../core';
import type { Issue } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { useListRowStyles } from './listRow';

const useStyles = makeStyles({
  layout: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  message: { flexGrow: 1, overflowWrap: 'anywhere' },
  more: { padding: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
});

/** Issues beyond this are counted, not rendered (a broken sheet can yield thousands). */
const ISSUES_SHOWN = 300;

/** The core's message starts with the cell; the list shows the cell in its own column. */
function withoutCell(message: string, cell: string): string {
  return message.startsWith(cell) ? message.slice(cell.length).replace(/^[:：]\s*/, '') : message;
}

export function IssueList(props: { issues: Issue[]; onLocate: (cells: string[]) => void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const rows = useListRowStyles();
  if (props.issues.length === 0) return <p>{t('noIssues')}</p>;
  return (
    <ul className={rows.list} aria-label={t('issues')}>
      {props.issues.slice(0, ISSUES_SHOWN).map((issue, index) => (
        <li key={`${index}:${issue.cell}:${issue.code}`}>
          <button
            type="button"
            className={mergeClasses(rows.row, styles.layout)}
            data-code={issue.code}
            data-cell={issue.cell}
            onClick={() => props.onLocate([issue.cell])}
          >
            <Badge
              className={styles.badge}
              appearance="tint"
              shape="rounded"
              color={issue.severity === 'error' ? 'danger' : 'warning'}
            >
              {t(issue.severity === 'error' ? 'severityError' : 'severityWarning')}
            </Badge>
            <span className={styles.cell}>{issue.cell}</span>
            <span className={styles.message}>
              {withoutCell(issueMessage(issue, locale), issue.cell)}
            </span>
          </button>
        </li>
      ))}
      {props.issues.length > ISSUES_SHOWN && (
        <li className={styles.more}>
          {t('moreIssues', { count: props.issues.length - ISSUES_SHOWN })}
        </li>
      )}
    </ul>
  );
}
