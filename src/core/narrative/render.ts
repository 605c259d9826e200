// ICU MessageFormat → segments: rich values (figures with their cells) come back as themselves.
import type { IntlMessageFormat } from 'intl-messageformat';
import { messageFormat } from '../icu';
import type { Locale, Segment } from '../types';
import type { Rich } from './templateSpec';

export type TemplateValue = string | number | Rich;

const MAX_CACHED = 500;
// Keyed by the template string itself (no concatenated key: V8 keeps a string's hash).
const compiled: Record<Locale, Map<string, IntlMessageFormat>> = {
  'zh-CN': new Map(),
  'en-US': new Map(),
};

/** Parses a template (cached); throws the parser's SyntaxError on bad syntax. */
export function compile(template: string, locale: Locale): IntlMessageFormat {
  const cache = compiled[locale] ?? compiled['zh-CN'];
  let format = cache.get(template);
  if (format === undefined) {
    // ignoreTag: '<' in a template is text, never a rich-text tag.
    format = messageFormat(template, locale, { ignoreTag: true });
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(template, format);
  }
  return format;
}

export const rich = (...segments: Segment[]): Rich => ({ segments });
export const EMPTY: Rich = rich();

/** Appends segments, merging neighbouring text. */
export function pushSegments(target: Segment[], segments: readonly Segment[]): Segment[] {
  for (const segment of segments) {
    if (segment.kind === 'text' && segment.text === '') continue;
    const last = target[target.length - 1];
    if (segment.kind === 'text' && last?.kind === 'text') {
      target[target.length - 1] = { kind: 'text', text: last.text + segment.text };
    } else target.push(segment);
  }
  return target;
}

/** Joins rendered pieces with a separator into one rich value. */
export function joinRich(pieces: readonly Rich[], separator: string): Rich {
  const segments: Segment[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) pushSegments(segments, [{ kind: 'text', text: separator }]);
    pushSegments(segments, piece.segments);
  });
  return { segments };
}

/** Formats a template; throws when a value is missing or of the wrong kind. */
export function render(
  template: string,
  locale: Locale,
  values: Readonly<Record<string, TemplateValue>>,
): Segment[] {
  const parts = compile(template, locale).formatToParts<Rich>(values);
  const segments: Segment[] = [];
  for (const part of parts) {
    const { value } = part;
    if (typeof value === 'string') pushSegments(segments, [{ kind: 'text', text: value }]);
    else {
      if (gluesDigits(segments, value.segments)) {
        pushSegments(segments, [{ kind: 'text', text: DIGIT_SEPARATOR[locale] }]);
      }
      pushSegments(segments, value.segments);
    }
  }
  return segments;
}

/** Between a name ending in a digit and a figure: 示范基地1为3个, never 示范基地13个. */
const DIGIT_SEPARATOR: Record<Locale, string> = { 'zh-CN': '为', 'en-US': ' ' };
const ENDS_WITH_DIGIT = /[0-9０-９][.,]?$/;
const STARTS_WITH_DIGIT = /^[0-9０-９]/;

function gluesDigits(before: readonly Segment[], after: readonly Segment[]): boolean {
  const last = before[before.length - 1];
  const first = after.find((segment) => segment.text !== '');
  return (
    last !== undefined &&
    first !== undefined &&
    ENDS_WITH_DIGIT.test(last.text) &&
    STARTS_WITH_DIGIT.test(first.text)
  );
}
