// The pane's wording is compiled at build and formatted without the ICU parser: the compiled
// messages must format exactly as the text does, in both locales, with every placeholder.
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { STRINGS } from '../../src/taskpane/i18n/strings';
import type { StringKey } from '../../src/taskpane/i18n/strings';

interface Plugin {
  definitions?: Record<string, string>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require(path.resolve(__dirname, '../../webpack.shared.js')) as {
  icuPlugins: (webpack: unknown) => Plugin[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugins = shared.icuPlugins(require('webpack'));
const defined = plugins.find((plugin) => plugin.definitions?.__PANE_MESSAGES__)?.definitions;
const compiled = JSON.parse(defined?.__PANE_MESSAGES__ ?? 'null') as Record<
  string,
  Record<StringKey, MessageFormatElement[]>
>;

/** Values for every placeholder a message may name (numbers where plurals need them). */
const VALUES = new Proxy({} as Record<string, string | number>, {
  get: (_, name) =>
    typeof name === 'string' && /count|rows|row|total/i.test(name) ? 2 : `«${String(name)}»`,
  has: () => true,
});

describe.each(Object.keys(STRINGS) as (keyof typeof STRINGS)[])('%s', (locale) => {
  it.each(Object.keys(STRINGS[locale]) as StringKey[])('%s formats the same compiled', (key) => {
    const ast = compiled[locale]?.[key];
    expect(ast).toBeDefined();
    const text = STRINGS[locale][key];
    const names = [...text.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '');
    const values = Object.fromEntries(names.map((name) => [name, VALUES[name] ?? '']));
    expect(new IntlMessageFormat(ast ?? [], locale).format(values)).toBe(
      new IntlMessageFormat(text, locale).format(values),
    );
  });
});
