// One sentence of the summary: its template in a text box, its placeholders as chips that insert
// at the caret, the reason it cannot be used, a preview on the current table and a reset.
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircle16Filled } from '@fluentui/react-icons';
import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import { TEMPLATE_PARAMS } from '../../../core';
import type { CheckReport, Locale, ParamKind, TemplateSet } from '../../../core';
import { useI18n } from '../../i18n/I18nContext';
import { editText } from '../../i18n/editStrings';
import { placeholderMeaning, sentenceLabel } from './sentenceLabels';
import { sentencePreview } from './sentencePreview';

const useStyles = makeStyles({
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  changed: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace },
  caption: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  preview: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'start',
  },
  value: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
});

/** What kind of value a placeholder takes, for its tooltip. */
function kindHint(kind: ParamKind): string {
  if (kind.kind === 'choice') return kind.options.join(' | ');
  return kind.kind === 'count' ? '#' : '';
}

export interface SentenceFieldProps {
  id: string;
  text: string;
  defaultText: string;
  /** Problems worded for the user; none when the sentence can be used. */
  problems: string[];
  templateLocale: Locale;
  /** The usable templates of the other sentences (the preview uses them too). */
  usable: TemplateSet;
  report: CheckReport | null;
  onChange: (id: string, text: string) => void;
}

export function SentenceField(props: SentenceFieldProps) {
  const { id, text, problems } = props;
  const { locale } = useI18n();
  const styles = useStyles();
  const box = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const label = sentenceLabel(id, locale);
  const params = (TEMPLATE_PARAMS as Record<string, Record<string, ParamKind>>)[id] ?? {};

  useLayoutEffect(() => {
    if (caret.current === null || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [text]);

  const insert = (name: string) => {
    const token = `{${name}}`;
    const start = box.current?.selectionStart ?? text.length;
    const end = box.current?.selectionEnd ?? text.length;
    caret.current = start + token.length;
    props.onChange(id, text.slice(0, start) + token + text.slice(end));
  };

  return (
    <AccordionItem value={id}>
      <AccordionHeader size="small">
        <span className={styles.header}>
          {label}
          {text !== props.defaultText && (
            <span className={styles.changed}>{editText(locale, 'changed')}</span>
          )}
          {problems.length > 0 && <ErrorCircle16Filled className={styles.error} />}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Field
          label={label}
          validationMessage={problems.length > 0 ? problems.join(' ') : undefined}
        >
          <Textarea
            ref={box}
            resize="vertical"
            spellCheck={false}
            value={text}
            onChange={(_, data) => props.onChange(id, data.value)}
          />
        </Field>
        {Object.keys(params).length > 0 && (
          <div className={styles.chips} role="group" aria-label={editText(locale, 'placeholders')}>
            {Object.entries(params).map(([name, kind]) => {
              const meaning = placeholderMeaning(name, locale);
              const hint = [meaning, kindHint(kind)].filter(Boolean).join(' · ');
              return (
                <Button
                  key={name}
                  size="small"
                  shape="circular"
                  className={styles.chip}
                  title={hint || undefined}
                  onClick={() => insert(name)}
                >
                  {`{${name}}`}
                </Button>
              );
            })}
          </div>
        )}
        {problems.length === 0 && <Preview {...props} />}
        {text !== props.defaultText && (
          <Button
            appearance="subtle"
            size="small"
            onClick={() => props.onChange(id, props.defaultText)}
          >
            {editText(locale, 'resetSentence')}
          </Button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

function Preview(props: SentenceFieldProps) {
  const { locale } = useI18n();
  const styles = useStyles();
  const { report, templateLocale, usable, id } = props;
  // Typing stays responsive on a large table: the preview follows when there is time.
  const text = useDeferredValue(props.text);
  const preview = useMemo(
    () => (report ? sentencePreview(report, templateLocale, usable, id, text) : null),
    [report, templateLocale, usable, id, text],
  );
  const caption = <p className={styles.caption}>{editText(locale, 'preview')}</p>;
  if (preview === null || preview.kind === 'unused') {
    return (
      <p className={styles.caption} data-testid="sentence-preview">
        {editText(locale, preview === null ? 'previewNoTable' : 'previewNone')}
      </p>
    );
  }
  return (
    <div>
      {caption}
      <p className={styles.preview} lang={templateLocale} data-testid="sentence-preview">
        {preview.segments.length === 0
          ? editText(locale, 'previewEmpty')
          : preview.segments.map((segment, index) => (
              <span key={index} className={mergeClasses(segment.kind === 'value' && styles.value)}>
                {segment.text}
              </span>
            ))}
      </p>
    </div>
  );
}
