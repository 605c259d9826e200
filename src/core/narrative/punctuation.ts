// Locale punctuation between sentences and list items.
import type { Locale } from '../types';

export interface Punctuation {
  /** Between sentences of one paragraph. */
  sentenceGap: string;
  /** Between plain list items: 发明65件、实用新型156件. */
  list: string;
  /** Between list items that carry their own commas: …，同比增长86.7%；… */
  clauses: string;
}

export const PUNCTUATION: Record<Locale, Punctuation> = {
  'zh-CN': { sentenceGap: '', list: '、', clauses: '；' },
  'en-US': { sentenceGap: ' ', list: ', ', clauses: '; ' },
};
