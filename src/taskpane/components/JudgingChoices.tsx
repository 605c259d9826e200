// Inside 表格识别: whether the table is a 绩效自评表 (scores) or a progress table, and which
// indicators are better lower (逆向指标) where the table does not say. Saved with the reading.
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { CheckMode, CheckRun, SavedReading, Settings } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { readingText } from '../i18n/readingStrings';
import type { ReadingStringKey } from '../i18n/readingStrings';
import { appliedReading, withLower, withMode } from '../reading/changes';
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
  const chosen = useMemo(() => applied?.lower ?? [], [applied]);
  const candidates = useMemo(() => lowerCandidates(report, chosen), [report, chosen]);
  const [typed, setTyped] = useState('');
  const suggestions = useMemo(
    () => (typed.trim() === '' ? [] : matchingNames(report, typed, SUGGESTIONS)),
    [report, typed],
  );
  const choose = (readings: SavedReading[] | null) => readings && onChoose(readings);
  const setLower = (names: readonly string[]) => choose(withLower(settings, run, names));
  const known = new Set(report.indicators.map((indicator) => indicator.name));
  const addable = typed.trim() !== '' && known.has(typed.trim()) && !chosen.includes(typed.trim());
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
            <Checkbox
              key={candidate.name}
              label={
                candidate.hint
                  ? say('lowerHinted', { name: candidate.name, hint: candidate.hint })
                  : candidate.name
              }
              checked={chosen.includes(candidate.name)}
              disabled={busy}
              onChange={(_, data) =>
                setLower(
                  data.checked === true
                    ? [...chosen, candidate.name]
                    : chosen.filter((name) => name !== candidate.name),
                )
              }
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
                setLower([...chosen, typed.trim()]);
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
