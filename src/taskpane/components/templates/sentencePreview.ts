// One sentence of the summary as the current table makes it: the whole summary is built by the
// core with that sentence's template between two private-use marks, and the first text between
// them is that sentence (its figures keep their cells).
import { buildNarrative } from '../../../core';
import type { CheckReport, Locale, Segment, TemplateSet } from '../../../core';

const START = '\uE000';
const END = '\uE001';
const MARKS = /[\uE000\uE001]/g;

export type SentencePreview =
  | { kind: 'shown'; segments: Segment[] }
  /** The summary of this table does not use the sentence (or is withheld). */
  | { kind: 'unused' };

export function sentencePreview(
  report: CheckReport,
  locale: Locale,
  templates: TemplateSet,
  id: string,
  template: string,
): SentencePreview {
  const marked = { ...templates, [id]: `${START}${template}${END}` };
  const narrative = buildNarrative(report, { locale, templates: marked });
  const segments: Segment[] = [];
  let inside = false;
  for (const paragraph of narrative.paragraphs) {
    for (const segment of paragraph.segments) {
      let text = segment.text;
      if (!inside) {
        const start = text.indexOf(START);
        if (start < 0) continue;
        inside = true;
        text = text.slice(start + 1);
      }
      const end = text.indexOf(END);
      const piece = (end < 0 ? text : text.slice(0, end)).replace(MARKS, '');
      if (piece !== '') segments.push({ ...segment, text: piece });
      if (end >= 0) return { kind: 'shown', segments };
    }
  }
  return { kind: 'unused' };
}
