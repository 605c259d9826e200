// Wording of the results' rows that only the results chunk needs (ICU MessageFormat): kept out of
// the start-up strings. zh-CN is the default.
import type { IntlMessageFormat } from 'intl-messageformat';
import { messageFormat } from '../../core';
import type { Locale } from '../../core';

const zhCN = {
  score: '得分 {score}/{maxScore}',
  scoreNone: '得分 —/{maxScore}',
  tableScore: '表内得分 {tableScore}',
} as const;

export type ResultStringKey = keyof typeof zhCN;

const enUS: Record<ResultStringKey, string> = {
  score: 'Score {score}/{maxScore}',
  scoreNone: 'Score —/{maxScore}',
  tableScore: 'Table gives {tableScore}',
};

export const RESULT_STRINGS: Record<Locale, Record<ResultStringKey, string>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

const formats = new Map<string, IntlMessageFormat>();

export function resultText(
  locale: Locale,
  key: ResultStringKey,
  values: Record<string, string | number> = {},
): string {
  const id = `${locale}:${key}`;
  let message = formats.get(id);
  if (!message) {
    message = messageFormat(RESULT_STRINGS[locale][key], locale);
    formats.set(id, message);
  }
  return String(message.format(values));
}
