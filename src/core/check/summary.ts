// Status counts; they always add up to the number of indicators.
import type { Indicator, Status, Summary } from '../types';

const FIELD: Record<Status, Exclude<keyof Summary, 'total'>> = {
  done: 'done',
  'on-track': 'onTrack',
  behind: 'behind',
  'severely-behind': 'severelyBehind',
  'no-target': 'noTarget',
  invalid: 'invalid',
  qualitative: 'qualitative',
};

export function summarize(indicators: readonly Indicator[]): Summary {
  const summary: Summary = {
    total: indicators.length,
    done: 0,
    onTrack: 0,
    behind: 0,
    severelyBehind: 0,
    noTarget: 0,
    invalid: 0,
    qualitative: 0,
  };
  for (const indicator of indicators) summary[FIELD[indicator.status]]++;
  return summary;
}
