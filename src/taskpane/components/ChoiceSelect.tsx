// One labelled Fluent Select (a native dropdown: at home in a 320 px pane, and it adds nothing to
// the start-up bundle) of the 表格识别 panel: a role's column(s), or the header row.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { Choice } from '../reading/choices';

/** The value of the "none" option (column letters are upper case, so it cannot be one). */
export const NONE = 'none';

const useStyles = makeStyles({
  label: { fontSize: tokens.fontSizeBase200 },
  select: { minWidth: 0 },
});

export interface ChoiceSelectProps {
  label: string;
  choices: readonly Choice[];
  /** The chosen value; '' when nothing is chosen (the placeholder shows). */
  value: string;
  /** Offered first as "no column"; absent: the role needs a column. */
  noneLabel?: string;
  placeholder?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}

export function ChoiceSelect(props: ChoiceSelectProps) {
  const styles = useStyles();
  const { choices, value } = props;
  const known = value === '' || value === NONE || choices.some((c) => c.value === value);
  return (
    <Field label={{ children: props.label, className: styles.label }} size="small">
      <Select
        size="small"
        className={styles.select}
        value={value}
        disabled={props.disabled ?? false}
        onChange={(_, data) => props.onChange(data.value)}
      >
        {value === '' && (
          <option value="" disabled>
            {props.placeholder ?? ''}
          </option>
        )}
        {props.noneLabel !== undefined && <option value={NONE}>{props.noneLabel}</option>}
        {!known && <option value={value}>{value}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
