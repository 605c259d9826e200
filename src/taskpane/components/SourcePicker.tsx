import { Field, Select } from '@fluentui/react-components';
import type { SourceKind } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { StringKey } from '../i18n/strings';

const SOURCES: { kind: SourceKind; label: StringKey }[] = [
  { kind: 'auto', label: 'sourceAuto' },
  { kind: 'selection', label: 'sourceSelection' },
  { kind: 'table', label: 'sourceTable' },
  { kind: 'sheet', label: 'sourceSheet' },
];

const isSource = (value: string): value is SourceKind => SOURCES.some((s) => s.kind === value);

export default function SourcePicker(props: {
  value: SourceKind;
  onChange: (kind: SourceKind) => void;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('source')} className={props.className}>
      <Select
        value={props.value}
        onChange={(_, data) => isSource(data.value) && props.onChange(data.value)}
      >
        {SOURCES.map((source) => (
          <option key={source.kind} value={source.kind}>
            {t(source.label)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
