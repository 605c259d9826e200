// How long the prose may grow whatever the row count: the full list goes to the appendix table.
import type { Paragraph } from '../types';

/** Characters of the paragraphs as plain text (one line each), title to 下一步. */
export const PROSE_BUDGET = 3000;

export const paragraphLength = (paragraph: Paragraph): number =>
  paragraph.segments.reduce((sum, segment) => sum + segment.text.length, 0);

/** The length of the paragraphs as narrativeToText writes them (joined by line breaks). */
export const proseLength = (paragraphs: readonly Paragraph[]): number =>
  paragraphs.reduce((sum, paragraph) => sum + paragraphLength(paragraph), 0) +
  Math.max(0, paragraphs.length - 1);
