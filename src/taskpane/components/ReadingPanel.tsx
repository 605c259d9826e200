// 表格识别 / How the table was read: the reading in one line, and a dropdown per role and for the
// header row. A choice checks the table again at once and is saved with the workbook. When the
// reading is unsure the panel opens by itself, highlighted, with the issue naming the candidates.
import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import { issueMessage, readingIsUnsure, ROLES } from '../../core';
import type { CheckRun, IssueCode, Role, SavedReading, Settings } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { readingText } from '../i18n/readingStrings';
import type { ReadingStringKey } from '../i18n/readingStrings';
import { appliedReading, withColumn, withHeaderRow, withoutReading } from '../reading/changes';
import {
  columnChoices,
  groupChoices,
  headerRowChoices,
  lettersOf,
  readingPairs,
  roleNames,
} from '../reading/choices';
import { ChoiceSelect, NONE } from './ChoiceSelect';
import { JudgingChoices } from './JudgingChoices';

/** Issues that put the reading in doubt; the panel shows them. */
const DOUBTS: ReadonlySet<IssueCode> = new Set([
  'ambiguous-reading',
  'not-indicator-table',
  'missing-column',
  'no-header',
]);
/** Roles every indicator table needs: no "none" for them. */
const REQUIRED: ReadonlySet<Role> = new Set(['name', 'actual']);

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  unsure: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  toggle: {
    justifyContent: 'space-between',
    width: '100%',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  heading: { margin: 0 },
  line: {
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  wide: { gridColumn: '1 / -1' },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface ReadingPanelProps {
  run: CheckRun;
  settings: Settings;
  standalone: boolean;
  /** A check is running: no new choice until it is done. */
  busy: boolean;
  onChoose: (readings: SavedReading[]) => void;
}

export default function ReadingPanel(props: ReadingPanelProps) {
  const { locale } = useI18n();
  const styles = useStyles();
  const bodyId = useId();
  const say = (key: ReadingStringKey, values?: Record<string, string | number>) =>
    readingText(locale, key, values);
  const { run, settings, busy } = props;
  const { report, source } = run;
  const table = report.table ?? null;
  const unsure = table === null || readingIsUnsure(report);
  const [open, setOpen] = useState(unsure);
  // Each unsure reading opens the panel, even after the user closed it.
  useEffect(() => {
    if (unsure) setOpen(true);
  }, [report, unsure]);
  const columns = useMemo(
    () => (table ? columnChoices(source.grid, table.headerRows) : []),
    [source.grid, table],
  );
  const groups = useMemo(
    () => groupChoices(columns, lettersOf(table, 'name')[0]),
    [columns, table],
  );
  const rows = useMemo(() => headerRowChoices(source.grid, locale), [source.grid, locale]);
  const names = roleNames(locale);
  const applied = appliedReading(settings, run);
  const doubts = report.issues.filter((issue) => DOUBTS.has(issue.code));
  // A role the reading could not decide shows no column until the user picks one (the guess too).
  const undecided = new Set(
    report.issues.flatMap((issue) =>
      issue.code === 'ambiguous-reading' ? [issue.params.role] : [],
    ),
  );
  const choose = (readings: SavedReading[] | null) => readings && props.onChoose(readings);
  const chooseColumn = (role: Role, value: string) =>
    choose(withColumn(settings, run, role, value === NONE ? [] : value.split('+')));

  return (
    <section
      className={mergeClasses(styles.panel, unsure && styles.unsure)}
      aria-label={say('readingTitle')}
      data-testid="reading-panel"
      data-unsure={unsure}
    >
      <h2 className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {say('readingTitle')}
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </Button>
      </h2>
      <p className={styles.line} data-testid="reading-line">
        {table
          ? say('readingLine', { row: table.headerRow, pairs: readingPairs(table, locale) })
          : say('readingNoHeader')}
      </p>
      {unsure && doubts.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="reading-doubts">
          <MessageBarBody>
            <strong>{say('readingUnsure')}</strong>
            {doubts.map((issue, index) => (
              <div key={`${index}:${issue.code}`} data-code={issue.code}>
                {issueMessage(issue, locale)}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {open && (
        <div id={bodyId} className={styles.fields}>
          <div className={styles.wide}>
            <ChoiceSelect
              label={say('headerRow')}
              choices={rows}
              value={table ? String(table.headerRow) : ''}
              placeholder={say('headerRow')}
              disabled={busy}
              onChange={(row) => choose(withHeaderRow(settings, run, Number(row)))}
            />
          </div>
          {table &&
            ROLES.map((role) => {
              const letters = undecided.has(role) ? [] : lettersOf(table, role);
              const empty = REQUIRED.has(role) || undecided.has(role) ? '' : NONE;
              return (
                <ChoiceSelect
                  key={role}
                  label={names[role]}
                  choices={role === 'group' ? groups : columns}
                  value={letters.length > 0 ? letters.join('+') : empty}
                  {...(REQUIRED.has(role) ? {} : { noneLabel: say('noColumn') })}
                  placeholder={say('chooseColumn')}
                  disabled={busy}
                  onChange={(value) => chooseColumn(role, value)}
                />
              );
            })}
          {table && (
            <JudgingChoices
              className={styles.wide}
              run={run}
              settings={settings}
              busy={busy}
              onChoose={props.onChoose}
            />
          )}
          <p className={mergeClasses(styles.note, styles.wide)}>{say('readingHint')}</p>
          {applied && (
            <div className={mergeClasses(styles.footer, styles.wide)}>
              <p className={styles.note}>
                {say(props.standalone ? 'readingSavedLocal' : 'readingSaved')}
              </p>
              <Button
                size="small"
                disabled={busy}
                onClick={() => choose(withoutReading(settings, run))}
              >
                {say('readingReset')}
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
