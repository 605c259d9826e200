// Narrative → plain text: one line per paragraph.
import type { Narrative } from '../types';

export function narrativeToText(narrative: Narrative): string {
  const paragraphs = Array.isArray(narrative?.paragraphs) ? narrative.paragraphs : [];
  return paragraphs
    .map((paragraph) => (paragraph.segments ?? []).map((segment) => segment.text).join(''))
    .join('\n');
}
