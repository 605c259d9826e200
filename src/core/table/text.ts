// Text normalisation shared by header matching and cell parsing.

/** Longest text we try to read as a number or header; longer cells are plain text. */
export const MAX_CELL_TEXT = 200;

/** Full-width → half-width (NFKC), unified dashes, whitespace removed. */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\s\u3000\u00a0]+/g, '');
}

/** Trimmed, NFKC-normalised, inner whitespace collapsed: for names and labels shown back to users. */
export function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim();
}

/** Short excerpt of user text for issue params. */
export function excerpt(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}
