// A narrative the user edited as plain text: one paragraph per non-empty line. A line left as it
// was keeps its paragraph (and so its cell provenance); a changed line keeps the kind of the
// paragraph at its place and becomes plain text.
import type { Narrative, Paragraph } from '../types';

const paragraphText = (paragraph: Paragraph): string =>
  paragraph.segments.map((segment) => segment.text).join('');

export function narrativeFromText(text: string, base: Narrative): Narrative {
  const unchanged = new Map<string, Paragraph>();
  for (const paragraph of base.paragraphs) {
    const key = paragraphText(paragraph).trim();
    if (!unchanged.has(key)) unchanged.set(key, paragraph);
  }
  const lines = String(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const paragraphs = lines.map((line, index): Paragraph => {
    const same = unchanged.get(line);
    if (same) return same;
    const kind = base.paragraphs[index]?.kind ?? 'body';
    return { kind, segments: [{ kind: 'text', text: line }] };
  });
  return { locale: base.locale, paragraphs };
}
