import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { issueMessage } from '../../core';
import type { Issue } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { useListRowStyles } from './listRow';
import { VirtualList } from './VirtualList';

const useStyles = makeStyles({
  layout: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  message: { flexGrow: 1, overflowWrap: 'anywhere' },
  // A long list's rows are of one height: three lines of the message (all of it in its tooltip).
  clamp: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: '3',
    overflow: 'hidden',
    height: `calc(3 * ${tokens.lineHeightBase300})`,
  },
});

/** The core's message starts with the cell; the list shows the cell in its own column. */
function withoutCell(message: string, cell: string): string {
  return message.startsWith(cell) ? message.slice(cell.length).replace(/^[:：]\s*/, '') : message;
}

function IssueRow(props: { issue: Issue; onLocate: (cells: string[]) => void; fixed: boolean }) {
  const { issue, onLocate, fixed } = props;
  const { t, locale } = useI18n();
  const styles = useStyles();
  const rows = useListRowStyles();
  const message = withoutCell(issueMessage(issue, locale), issue.cell);
  return (
    <button
      type="button"
      className={mergeClasses(rows.row, styles.layout)}
      data-code={issue.code}
      data-cell={issue.cell}
      onClick={() => onLocate([issue.cell])}
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
      <span
        className={mergeClasses(styles.message, fixed && styles.clamp)}
        title={fixed ? message : undefined}
      >
        {message}
      </span>
    </button>
  );
}

/** Every issue, however many: a long list renders only the rows in view. */
export function IssueList(props: { issues: Issue[]; onLocate: (cells: string[]) => void }) {
  const { t } = useI18n();
  const { issues } = props;
  if (issues.length === 0) return <p>{t('noIssues')}</p>;
  return (
    <VirtualList
      count={issues.length}
      label={t('issues')}
      rowHeight={77}
      itemKey={(index) => {
        const issue = issues[index];
        return `${index}:${issue?.cell ?? ''}:${issue?.code ?? ''}`;
      }}
      renderItem={(index, fixed) => {
        const issue = issues[index];
        return issue ? <IssueRow issue={issue} onLocate={props.onLocate} fixed={fixed} /> : null;
      }}
    />
  );
}
