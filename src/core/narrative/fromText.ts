// A narrative the user edited as plain text: one paragraph per non-empty line. A line left as it
// was keeps its paragraph (and so its cell provenance); a changed line keeps the kind of the
// paragraph at its place and becomes plain text. The appendix table is data, not prose: from its
// heading line (附表：指标完成情况表) on, the text is the generated table again; without that line
// the user removed it.
import { appendixHeading } from '../export/appendixText';
import type { Narrative, Paragraph } from '../types';

const paragraphText = (paragraph: Paragraph): string =>
  paragraph.segments.map((segment) => segment.text).join('');

export function narrativeFromText(text: string, base: Narrative): Narrative {
  const unchanged = new Map<string, Paragraph>();
  for (const paragraph of base.paragraphs) {
    const key = paragraphText(paragraph).trim();
    if (!unchanged.has(key)) unchanged.set(key, paragraph);
  }
  let lines = String(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
  const heading = base.appendix ? appendixHeading(base.appendix, base.locale) : null;
  const at = heading === null ? -1 : lines.indexOf(heading);
  if (at >= 0) lines = lines.slice(0, at);
  const paragraphs = lines
    .filter((line) => line !== '')
    .map((line, index): Paragraph => {
      const same = unchanged.get(line);
      if (same) return same;
      const kind = base.paragraphs[index]?.kind ?? 'body';
      return { kind, segments: [{ kind: 'text', text: line }] };
    });
  return at >= 0 && base.appendix
    ? { locale: base.locale, paragraphs, appendix: base.appendix }
    : { locale: base.locale, paragraphs };
}
