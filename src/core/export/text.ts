// Narrative → plain text: one line per paragraph, then the appendix table after a blank line.
import type { Narrative } from '../types';
import { appendixLines } from './appendixText';

/** The prose alone (what a user edits): one line per paragraph. */
export function narrativeProseToText(narrative: Narrative): string {
  const paragraphs = Array.isArray(narrative?.paragraphs) ? narrative.paragraphs : [];
  return paragraphs
    .map((paragraph) => (paragraph.segments ?? []).map((segment) => segment.text).join(''))
    .join('\n');
}

export function narrativeToText(narrative: Narrative): string {
  const prose = narrativeProseToText(narrative);
  const appendix = narrative?.appendix;
  if (appendix === undefined || !Array.isArray(appendix.rows)) return prose;
  const locale = narrative.locale === 'en-US' ? 'en-US' : 'zh-CN';
  return `${prose}\n\n${appendixLines(appendix, locale).join('\n')}`;
}
