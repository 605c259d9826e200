// Inside 表格识别: whether the table is a 绩效自评表 (scores) or a progress table, and which
// indicators are better lower (逆向指标) where the table does not say. Saved with the reading.
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { CheckMode, CheckRun, SavedReading, Settings } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { readingText } from '../i18n/readingStrings';
import type { ReadingStringKey } from '../i18n/readingStrings';
import { appliedReading, withDirection, withMode } from '../reading/changes';
import type { DirectionChoice } from '../reading/changes';
import { lowerCandidates, matchingNames } from '../reading/lowerCandidates';
import { ChoiceSelect } from './ChoiceSelect';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: { fontSize: tokens.fontSizeBase200, padding: 0 },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** Names offered while typing (a table can hold thousands of indicators). */
const SUGGESTIONS = 20;

export interface JudgingChoicesProps {
  run: CheckRun;
  settings: Settings;
  busy: boolean;
  onChoose: (readings: SavedReading[]) => void;
  className?: string;
}

export function JudgingChoices({ run, settings, busy, onChoose, className }: JudgingChoicesProps) {
  const { locale } = useI18n();
  const styles = useStyles();
  const listId = useId();
  const say = (key: ReadingStringKey, values?: Record<string, string | number>) =>
    readingText(locale, key, values);
  const { report } = run;
  const applied = appliedReading(settings, run);
  const lower = useMemo(() => applied?.lower ?? [], [applied]);
  const higher = useMemo(() => applied?.higher ?? [], [applied]);
  const candidates = useMemo(
    () => lowerCandidates(report, [...lower, ...higher]),
    [report, lower, higher],
  );
  const [typed, setTyped] = useState('');
  const suggestions = useMemo(
    () => (typed.trim() === '' ? [] : matchingNames(report, typed, SUGGESTIONS)),
    [report, typed],
  );
  const choose = (readings: SavedReading[] | null) => readings && onChoose(readings);
  const direct = (name: string, choice: DirectionChoice) =>
    choose(withDirection(settings, run, name, choice));
  const directionOf = (name: string): DirectionChoice =>
    lower.includes(name) ? 'lower' : higher.includes(name) ? 'higher' : 'unconfirmed';
  const known = new Set(report.indicators.map((indicator) => indicator.name));
  const name = typed.trim();
  const addable = known.has(name) && !lower.includes(name);
  const directions = [
    { value: 'unconfirmed', label: say('directionUnconfirmed') },
    { value: 'lower', label: say('directionLower') },
    { value: 'higher', label: say('directionHigher') },
  ];
  const detected = report.evaluation ? say('kindSelfEval') : say('kindProgress');

  return (
    <div className={className}>
      <div className={styles.group}>
        <ChoiceSelect
          label={say('tableKind')}
          choices={[
            { value: 'auto', label: say('kindAuto', { kind: detected }) },
            { value: 'selfeval', label: say('kindSelfEval') },
            { value: 'progress', label: say('kindProgress') },
          ]}
          value={applied?.mode ?? 'auto'}
          disabled={busy}
          onChange={(mode) => choose(withMode(settings, run, mode as CheckMode))}
        />
        <fieldset className={styles.fieldset} data-testid="lower-choices">
          <legend className={styles.legend}>{say('lowerTitle')}</legend>
          {candidates.length === 0 && <p className={styles.note}>{say('lowerNone')}</p>}
          {candidates.map((candidate) => (
            <ChoiceSelect
              key={candidate.name}
              label={
                candidate.hint
                  ? say('lowerHinted', { name: candidate.name, hint: candidate.hint })
                  : candidate.name
              }
              choices={directions}
              value={directionOf(candidate.name)}
              disabled={busy}
              onChange={(choice) => direct(candidate.name, choice as DirectionChoice)}
            />
          ))}
          <div className={styles.add}>
            <Field label={say('lowerAdd')} size="small" className={styles.grow}>
              <Input
                size="small"
                value={typed}
                list={listId}
                disabled={busy}
                onChange={(_, data) => setTyped(data.value)}
              />
            </Field>
            <datalist id={listId}>
              {suggestions.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <Button
              size="small"
              disabled={busy || !addable}
              onClick={() => {
                direct(name, 'lower');
                setTyped('');
              }}
            >
              {say('lowerAddButton')}
            </Button>
          </div>
          <p className={styles.note}>{say('lowerHint')}</p>
        </fieldset>
      </div>
    </div>
  );
}
