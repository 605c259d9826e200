// Wording that loads with a lazy chunk: a table of ICU messages per locale, each compiled once
// (through the core's messageFormat, which brings the parser the start-up bundle does without).
import type { IntlMessageFormat } from 'intl-messageformat';
import { messageFormat } from '../../core';
import type { Locale } from '../../core';

export type MessageValues = Record<string, string | number>;

/** The formatter of one table: (locale, key, values) → text. */
export function messageTable<Key extends string>(tables: Record<Locale, Record<Key, string>>) {
  const formats = new Map<string, IntlMessageFormat>();
  return (locale: Locale, key: Key, values: MessageValues = {}): string => {
    const id = `${locale}:${key}`;
    let message = formats.get(id);
    if (!message) {
      message = messageFormat(tables[locale][key], locale);
      formats.set(id, message);
    }
    return String(message.format(values));
  };
}
