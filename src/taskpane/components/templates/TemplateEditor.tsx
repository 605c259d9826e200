// The summary's templates as a form: one box per sentence (grouped: work summary, self-evaluation),
// and the raw JSON under 高级 for whoever knows ICU MessageFormat.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  makeStyles,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DEFAULT_TEMPLATES, TEMPLATE_IDS, validateTemplates } from '../../../core';
import type { CheckReport, Locale, TemplateSet } from '../../../core';
import { useI18n } from '../../i18n/I18nContext';
import { editText } from '../../i18n/editStrings';
import { SentenceField } from './SentenceField';

const useStyles = makeStyles({
  raw: { fontFamily: tokens.fontFamilyMonospace, minHeight: '240px' },
  rawPanel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const isSelfEval = (id: string): boolean => id.startsWith('selfeval.');
const GROUPS = [
  {
    value: 'progress',
    label: 'sentencesProgress',
    ids: TEMPLATE_IDS.filter((id) => !isSelfEval(id)),
  },
  { value: 'selfeval', label: 'sentencesSelfEval', ids: TEMPLATE_IDS.filter(isSelfEval) },
] as const;

/** Problems of one template, judged in its own language and worded in the pane's. */
export function templateProblems(
  id: string,
  text: unknown,
  templateLocale: Locale,
  uiLocale: Locale,
): string[] {
  const judged = validateTemplates({ [id]: text }, templateLocale);
  if (judged.ok) return [];
  const worded = validateTemplates({ [id]: text }, uiLocale);
  return (worded.ok ? judged.errors : worded.errors).map((error) => error.message);
}

export interface TemplateEditorProps {
  templateLocale: Locale;
  /** The user's templates of that language (valid or not): what the boxes show over the defaults. */
  edits: TemplateSet;
  /** Problems per template id, for the edits that have any. */
  problems: Record<string, string[]>;
  report: CheckReport | null;
  onChange: (edits: TemplateSet) => void;
}

export default function TemplateEditor(props: TemplateEditorProps) {
  const { templateLocale, edits, problems } = props;
  const { locale } = useI18n();
  const styles = useStyles();
  const defaults = DEFAULT_TEMPLATES[templateLocale];
  const texts: TemplateSet = useMemo(() => ({ ...defaults, ...edits }), [defaults, edits]);
  const usable = useMemo(
    () => Object.fromEntries(Object.entries(edits).filter(([id]) => !problems[id])),
    [edits, problems],
  );
  // The JSON as typed while it does not parse; null: the JSON of the boxes.
  const [raw, setRaw] = useState<string | null>(null);
  const [rawError, setRawError] = useState<string | null>(null);

  const changeSentence = (id: string, text: string) => {
    setRaw(null);
    setRawError(null);
    props.onChange({ ...edits, [id]: text });
  };

  const changeRaw = (text: string) => {
    setRaw(text);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setRawError(editText(locale, 'jsonInvalid', { reason: (error as Error).message }));
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      const judged = validateTemplates(parsed, locale);
      setRawError(judged.ok ? null : (judged.errors[0]?.message ?? null));
      return;
    }
    setRawError(null);
    // Kept as written (non-text values as JSON) so that each sentence shows what is wrong.
    props.onChange(
      Object.fromEntries(
        Object.entries(parsed).map(([id, value]) => [
          id,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      ),
    );
  };

  const listed = Object.entries(problems).flatMap(([id, messages]) =>
    messages.map((message) => `${id}: ${message}`),
  );

  return (
    <Accordion multiple collapsible defaultOpenItems={['progress']}>
      {GROUPS.map((group) => (
        <AccordionItem key={group.value} value={group.value}>
          <AccordionHeader>{editText(locale, group.label)}</AccordionHeader>
          <AccordionPanel>
            <Accordion multiple collapsible>
              {group.ids.map((id) => (
                <SentenceField
                  key={id}
                  id={id}
                  text={texts[id] ?? ''}
                  defaultText={defaults[id] ?? ''}
                  problems={problems[id] ?? []}
                  templateLocale={templateLocale}
                  usable={usable}
                  report={props.report}
                  onChange={changeSentence}
                />
              ))}
            </Accordion>
          </AccordionPanel>
        </AccordionItem>
      ))}
      <AccordionItem value="advanced">
        <AccordionHeader>{editText(locale, 'advanced')}</AccordionHeader>
        <AccordionPanel className={styles.rawPanel}>
          <Field
            label={editText(locale, 'advanced')}
            hint={editText(locale, 'advancedHint')}
            validationMessage={
              rawError ??
              (listed.length > 0 ? (
                <ul className={styles.errors}>
                  {listed.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : undefined)
            }
          >
            <Textarea
              className={styles.raw}
              resize="vertical"
              spellCheck={false}
              value={raw ?? JSON.stringify(texts, null, 2)}
              onChange={(_, data) => changeRaw(data.value)}
            />
          </Field>
          <Button
            onClick={() => {
              setRaw(null);
              setRawError(null);
              props.onChange({});
            }}
          >
            {editText(locale, 'resetAll')}
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
