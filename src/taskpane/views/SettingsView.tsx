import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_TEMPLATES, LOCALES } from '../../core';
import type { Locale, OutputMode, Settings, TemplateSet } from '../../core';
import TemplateEditor, { templateProblems } from '../components/templates/TemplateEditor';
import { useI18n } from '../i18n/I18nContext';
import { useEditText } from '../i18n/editStrings';
import type { Pane } from '../state/usePane';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { color: tokens.colorNeutralForeground2 },
  templates: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Changes are saved this long after the last keystroke (at once when the form loses focus). */
const SAVE_DELAY_MS = 400;

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };
const localeOptions = LOCALES.map((locale) => (
  <option key={locale} value={locale}>
    {LOCALE_NAMES[locale]}
  </option>
));

/** Percent text ('20', '２０', '20%', '') → fraction; null when blank, undefined when not 0–100. */
function percentToFraction(text: string): number | null | undefined {
  const plain = text.normalize('NFKC').trim().replace(/%$/, '').trim();
  if (plain === '') return null;
  const value = Number(plain);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : undefined;
}

const asPercentText = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 10000) / 100);

interface Draft {
  severeGap: string;
  expected: string;
  outputMode: OutputMode;
  language: Locale | 'auto';
  /** The user's templates per language as typed, valid or not. */
  templates: Settings['templates'];
}

const draftOf = (settings: Settings): Draft => ({
  severeGap: asPercentText(settings.severeGap),
  expected: asPercentText(settings.expectedProgress),
  outputMode: settings.outputMode,
  language: settings.locale ?? 'auto',
  templates: settings.templates,
});

/**
 * The settings the form asks for: each valid field over the stored settings; a field that is not
 * valid keeps its stored value (and a template its stored override), so no valid input waits on it.
 */
function settingsFrom(
  draft: Draft,
  stored: Settings,
  problems: (locale: Locale, id: string, text: string) => boolean,
): Settings {
  const severeGap = percentToFraction(draft.severeGap);
  const expected = percentToFraction(draft.expected);
  const templates: Settings['templates'] = {};
  for (const locale of LOCALES) {
    const kept: TemplateSet = {};
    for (const [id, text] of Object.entries(draft.templates[locale] ?? {})) {
      const usable = problems(locale, id, text) ? stored.templates[locale]?.[id] : text;
      if (usable !== undefined && usable !== DEFAULT_TEMPLATES[locale][id]) kept[id] = usable;
    }
    if (Object.keys(kept).length > 0) templates[locale] = kept;
  }
  return {
    ...stored,
    severeGap: typeof severeGap === 'number' ? severeGap : stored.severeGap,
    expectedProgress: expected === undefined ? stored.expectedProgress : expected,
    outputMode: draft.outputMode,
    locale: draft.language === 'auto' ? null : draft.language,
    templates,
  };
}

function PercentField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}) {
  const e = useEditText();
  // Text, not type=number: no browser bubble over our message, and 20% or ２０ read as typed.
  return (
    <Field label={props.label} validationMessage={props.invalid ? e('percentInvalid') : undefined}>
      <Input
        inputMode="decimal"
        value={props.value}
        contentAfter="%"
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

export default function SettingsView({ pane }: { pane: Pane }) {
  const { locale } = useI18n();
  const e = useEditText();
  const styles = useStyles();
  const [draft, setDraft] = useState(() => draftOf(pane.settings));
  const [templateLocale, setTemplateLocale] = useState<Locale>(pane.locale);
  const [saving, setSaving] = useState(false);
  const change = (fields: Partial<Draft>) => setDraft((current) => ({ ...current, ...fields }));

  // Problems of every edited template, by language and id.
  const problems = useMemo(() => {
    const found: Partial<Record<Locale, Record<string, string[]>>> = {};
    for (const language of LOCALES) {
      const byId: Record<string, string[]> = {};
      for (const [id, text] of Object.entries(draft.templates[language] ?? {})) {
        const messages = templateProblems(id, text, language, locale);
        if (messages.length > 0) byId[id] = messages;
      }
      found[language] = byId;
    }
    return found;
  }, [draft.templates, locale]);
  const next = settingsFrom(draft, pane.settings, (language, id) =>
    Boolean(problems[language]?.[id]),
  );
  const severeInvalid = typeof percentToFraction(draft.severeGap) !== 'number';
  const expectedInvalid = percentToFraction(draft.expected) === undefined;
  const invalid =
    severeInvalid ||
    expectedInvalid ||
    LOCALES.some((language) => Object.keys(problems[language] ?? {}).length > 0);

  // Saved on change: shortly after the last one, or at once when focus leaves the form.
  const pending = useRef<Settings | null>(null);
  const nextJson = JSON.stringify(next);
  const storedJson = JSON.stringify(pane.settings);
  const save = useRef(pane.saveSettings);
  save.current = pane.saveSettings;
  const flush = () => {
    const settings = pending.current;
    pending.current = null;
    if (!settings) return;
    setSaving(true);
    void save.current(settings).finally(() => setSaving(false));
  };
  useEffect(() => {
    if (nextJson === storedJson) return undefined;
    pending.current = next;
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // flush reads refs only; storedJson is compared at each change of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nextJson]);
  // Leaving the pane (or its settings being reloaded) does not drop a change.
  useEffect(() => flush, []);

  const status = invalid
    ? e('settingsNotSaved')
    : saving || nextJson !== storedJson
      ? e('settingsSaving')
      : e(pane.standalone ? 'settingsAutoSaveLocal' : 'settingsAutoSave');

  return (
    <form
      className={styles.view}
      noValidate
      onBlur={flush}
      onSubmit={(event) => {
        event.preventDefault();
        flush();
      }}
    >
      <Caption1 role="status" className={styles.status} data-testid="settings-status">
        {status}
      </Caption1>
      <PercentField
        label={e('severeGap')}
        value={draft.severeGap}
        onChange={(severeGap) => change({ severeGap })}
        invalid={severeInvalid}
      />
      <PercentField
        label={e('expectedOverride')}
        value={draft.expected}
        onChange={(expected) => change({ expected })}
        invalid={expectedInvalid}
      />
      {/* Standalone has no workbook to write results into. */}
      {!pane.standalone && (
        <Field label={e('outputMode')}>
          <RadioGroup
            value={draft.outputMode}
            onChange={(_, d) => change({ outputMode: d.value as OutputMode })}
          >
            <Radio value="column" label={e('outputColumn')} />
            <Radio value="sheet" label={e('outputSheet')} />
          </RadioGroup>
        </Field>
      )}
      <Field label={e('language')}>
        <Select
          value={draft.language}
          onChange={(_, d) => change({ language: d.value as Locale | 'auto' })}
        >
          <option value="auto">{e('languageAuto')}</option>
          {localeOptions}
        </Select>
      </Field>
      <section className={styles.templates} aria-label={e('sentencesTitle')}>
        <Field label={e('templateLanguage')} hint={e('sentencesHint')}>
          <Select value={templateLocale} onChange={(_, d) => setTemplateLocale(d.value as Locale)}>
            {localeOptions}
          </Select>
        </Field>
        <TemplateEditor
          key={templateLocale}
          templateLocale={templateLocale}
          edits={draft.templates[templateLocale] ?? {}}
          problems={problems[templateLocale] ?? {}}
          report={pane.result?.report ?? null}
          onChange={(edits) =>
            setDraft((current) => ({
              ...current,
              templates: { ...current.templates, [templateLocale]: edits },
            }))
          }
        />
      </section>
      {!pane.standalone && (
        <div>
          <Button onClick={() => void pane.clearMarks()}>{e('clearMarks')}</Button>
        </div>
      )}
    </form>
  );
}
