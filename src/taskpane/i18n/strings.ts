// Pane wording: the messages of paneMessages.ts formatted (ICU MessageFormat, intl-messageformat).
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../../core';
import { STRINGS } from './paneMessages';
import type { StringKey } from './paneMessages';

export { STRINGS } from './paneMessages';
export type { StringKey, Strings } from './paneMessages';

/** The wording compiled at build (webpack.shared.js icuPlugins); not defined under Jest. */
declare const __PANE_MESSAGES__: Record<Locale, Record<StringKey, MessageFormatElement[]>>;

const message = (locale: Locale, key: StringKey): string | MessageFormatElement[] =>
  typeof __PANE_MESSAGES__ === 'undefined' ? STRINGS[locale][key] : __PANE_MESSAGES__[locale][key];

const formats = new Map<string, IntlMessageFormat>();

export function format(
  locale: Locale,
  key: StringKey,
  values: Record<string, string | number> = {},
): string {
  const id = `${locale}:${key}`;
  let compiled = formats.get(id);
  if (!compiled) {
    compiled = new IntlMessageFormat(message(locale, key), locale);
    formats.set(id, compiled);
  }
  return String(compiled.format(values));
}
