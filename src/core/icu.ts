// ICU MessageFormat for text known only at run time (templates, lazily loaded wording). The pane's
// start-up bundle carries intl-messageformat without its parser (its own wording is compiled at
// build: webpack.shared.js); what is parsed at run time is parsed here and handed over as an AST.
import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './types';

export interface MessageOptions {
  /** '<' is text, never a rich-text tag. */
  ignoreTag?: boolean;
}

/** Compiles `text`; throws the parser's SyntaxError on bad syntax. */
export function messageFormat(
  text: string,
  locale: Locale,
  options: MessageOptions = {},
): IntlMessageFormat {
  const ast = parse(text, { ...options, locale: new Intl.Locale(locale) });
  return new IntlMessageFormat(ast, locale, undefined, options);
}
