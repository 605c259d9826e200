// Text normalisation shared by header matching and cell parsing.

/** Longest text we try to read as a number or header; longer cells are plain text. */
export const MAX_CELL_TEXT = 200;

/** Text made only of printable ASCII and CJK ideographs is already NFKC-normal (fast path). */
const NEEDS_NFKC = /[^\u0020-\u007e\u4e00-\u9fff]/;
/** Nothing to change at all: no whitespace, nothing outside ASCII and CJK ideographs. */
const ALREADY_COMPACT = /^[\u0021-\u007e\u4e00-\u9fff]*$/;

/** Invisible format characters: zero-width space/joiners, LRM/RLM, word joiner, BOM. */
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff]/g;
const HAS_ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff]/;

function nfkc(text: string): string {
  return NEEDS_NFKC.test(text)
    ? text
        .normalize('NFKC')
        .replace(/[\u2212\u2012\u2013]/g, '-')
        .replace(ZERO_WIDTH, '')
    : text;
}

/** Full-width → half-width (NFKC), unified dashes, zero-width marks and whitespace removed. */
export function compact(text: string): string {
  if (ALREADY_COMPACT.test(text)) return text;
  const normal = nfkc(text);
  return /\s/.test(normal) ? normal.replace(/\s+/g, '') : normal;
}

/** Trimmed, NFKC-normalised, zero-width marks dropped, inner whitespace collapsed: for names and labels. */
function tidy(text: string): string {
  if (ALREADY_COMPACT.test(text)) return text;
  const normal = nfkc(text);
  return /\s/.test(normal) ? normal.replace(/\s+/g, ' ').trim() : normal;
}

/** Full-width punctuation (（）：，％…): kept as written in names. */
const KEPT_IN_NAMES = /[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;
const NFKC_RUN = /[^\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/**
 * An indicator name as the user wrote it: like cellText, but full-width brackets and punctuation
 * stay full-width ('（第1单位）'). Matching normalises names itself (compact).
 */
export function asWritten(value: unknown): string {
  if (typeof value !== 'string') return cellText(value);
  const text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  if (!KEPT_IN_NAMES.test(text)) return tidy(text);
  const normal = text.replace(NFKC_RUN, nfkc);
  return /\s/.test(normal) ? normal.replace(/\s+/g, ' ').trim() : normal;
}

/** Short excerpt of user text for issue params. */
export function excerpt(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Only whitespace and zero-width marks. */
export function blankText(text: string): boolean {
  return text.trim() === '' || (HAS_ZERO_WIDTH.test(text) && compact(text) === '');
}

/** Names, units and labels as text: strings tidied, finite numbers written out, anything else ''. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') {
    return tidy(value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value);
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
