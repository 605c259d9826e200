import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { DEFAULT_TEMPLATES, LOCALES, validateTemplates } from '../../core';
import type { Locale, TemplateSet } from '../../core';
import type { OutputMode, Settings } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { Pane } from '../state/usePane';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  templates: { fontFamily: tokens.fontFamilyMonospace, minHeight: '240px' },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };
const localeOptions = LOCALES.map((locale) => (
  <option key={locale} value={locale}>
    {LOCALE_NAMES[locale]}
  </option>
));

/** Percent text ('20', '') → fraction, or undefined when it is not a percentage. */
function percentToFraction(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : undefined;
}

const asPercentText = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 10000) / 100);

/** What the editor shows: the stored overrides over the defaults, as JSON. */
const templatesText = (settings: Settings, locale: Locale): string =>
  JSON.stringify({ ...DEFAULT_TEMPLATES[locale], ...settings.templates[locale] }, null, 2);

/** Only the entries that differ from the defaults are stored. */
function overrides(templates: TemplateSet, locale: Locale): TemplateSet {
  const defaults = DEFAULT_TEMPLATES[locale];
  return Object.fromEntries(
    Object.entries(templates).filter(([id, text]) => defaults[id] !== text),
  );
}

/** Stores a locale's overrides; none at all leaves no empty entry behind. */
function withTemplates(
  all: Settings['templates'],
  locale: Locale,
  set: TemplateSet,
): Settings['templates'] {
  const next = { ...all };
  if (Object.keys(set).length > 0) next[locale] = set;
  else delete next[locale];
  return next;
}

function PercentField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}) {
  const { t } = useI18n();
  return (
    <Field label={props.label} validationMessage={props.invalid ? t('percentInvalid') : undefined}>
      <Input
        type="number"
        min={0}
        max={100}
        step={1}
        value={props.value}
        contentAfter="%"
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

export default function SettingsView({ pane }: { pane: Pane }) {
  const { t } = useI18n();
  const styles = useStyles();
  const stored = pane.settings;
  const [severeGap, setSevereGap] = useState(asPercentText(stored.severeGap));
  const [expected, setExpected] = useState(asPercentText(stored.expectedProgress));
  const [outputMode, setOutputMode] = useState<OutputMode>(stored.outputMode);
  const [language, setLanguage] = useState<Locale | 'auto'>(stored.locale ?? 'auto');
  const [templateLocale, setTemplateLocale] = useState<Locale>(pane.locale);
  const [templates, setTemplates] = useState(() => templatesText(stored, pane.locale));
  const [templateErrors, setTemplateErrors] = useState<string[] | null>(null);
  const severeValue = percentToFraction(severeGap);
  const expectedValue = percentToFraction(expected);

  /** The editor's templates as overrides, or the problems found (worded in the UI locale). */
  const checkTemplates = (): { ok: true; set: TemplateSet } | { ok: false; errors: string[] } => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(templates);
    } catch (error) {
      return { ok: false, errors: [`JSON: ${(error as Error).message}`] };
    }
    const result = validateTemplates(parsed, pane.locale);
    if (!result.ok) {
      return {
        ok: false,
        errors: result.errors.map((e) => (e.id ? `${e.id}: ${e.message}` : e.message)),
      };
    }
    return { ok: true, set: overrides(result.templates, templateLocale) };
  };

  const save = async () => {
    const checked = checkTemplates();
    setTemplateErrors(checked.ok ? null : checked.errors);
    if (!checked.ok || severeValue === undefined || severeValue === null) return;
    if (expectedValue === undefined) return;
    const next: Settings = {
      ...stored,
      severeGap: severeValue,
      expectedProgress: expectedValue,
      outputMode,
      locale: language === 'auto' ? null : language,
      templates: withTemplates(stored.templates, templateLocale, checked.set),
    };
    await pane.saveSettings(next);
  };

  return (
    <form
      className={styles.view}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <PercentField
        label={t('severeGap')}
        value={severeGap}
        onChange={setSevereGap}
        invalid={severeValue === undefined || severeValue === null}
      />
      <PercentField
        label={t('expectedOverride')}
        value={expected}
        onChange={setExpected}
        invalid={expectedValue === undefined}
      />
      <Field label={t('outputMode')}>
        <RadioGroup value={outputMode} onChange={(_, d) => setOutputMode(d.value as OutputMode)}>
          <Radio value="column" label={t('outputColumn')} />
          <Radio value="sheet" label={t('outputSheet')} />
        </RadioGroup>
      </Field>
      <Field label={t('language')}>
        <Select value={language} onChange={(_, d) => setLanguage(d.value as Locale | 'auto')}>
          <option value="auto">{t('languageAuto')}</option>
          {localeOptions}
        </Select>
      </Field>
      <Field label={t('templateLanguage')}>
        <Select
          value={templateLocale}
          onChange={(_, d) => {
            const next = d.value as Locale;
            setTemplateLocale(next);
            setTemplates(templatesText(stored, next));
            setTemplateErrors(null);
          }}
        >
          {localeOptions}
        </Select>
      </Field>
      <Field
        label={t('templates')}
        hint={t('templatesHint')}
        validationState={
          templateErrors === null ? 'none' : templateErrors.length ? 'error' : 'success'
        }
        validationMessage={
          templateErrors === null ? undefined : templateErrors.length === 0 ? (
            t('templatesOk')
          ) : (
            <ul className={styles.errors}>
              {templateErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )
        }
      >
        <Textarea
          className={styles.templates}
          resize="vertical"
          spellCheck={false}
          value={templates}
          onChange={(_, d) => setTemplates(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          onClick={() => {
            const checked = checkTemplates();
            setTemplateErrors(checked.ok ? [] : checked.errors);
          }}
        >
          {t('validate')}
        </Button>
        <Button
          onClick={() => {
            setTemplates(JSON.stringify(DEFAULT_TEMPLATES[templateLocale], null, 2));
            setTemplateErrors(null);
          }}
        >
          {t('resetTemplates')}
        </Button>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t('save')}
        </Button>
        {!pane.standalone && (
          <Button onClick={() => void pane.clearMarks()}>{t('clearMarks')}</Button>
        )}
      </div>
    </form>
  );
}
