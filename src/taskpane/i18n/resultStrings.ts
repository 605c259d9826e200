// Wording of the results' rows that only the results chunk needs (ICU MessageFormat): kept out of
// the start-up strings. zh-CN is the default.
import type { Locale } from '../../core';
import { messageTable } from './messageTable';

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

export const resultText = messageTable(RESULT_STRINGS);
