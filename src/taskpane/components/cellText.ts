// A cell as the workbook shows it: the value through its Excel number format (0.025 in 0.00% →
// 2.50%). Covers the formats indicator tables use — General, fixed decimals, thousands, percent,
// scientific, literal text and currency, sections for negatives — and shows anything else plainly.
import type { CellValue } from '../../core';

/** Excel's General: at most 10 significant digits, no trailing zeros. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const precise = Number(value.toPrecision(10));
  return Math.abs(precise) >= 1e11 || (precise !== 0 && Math.abs(precise) < 1e-9)
    ? precise
        .toExponential(5)
        .replace(/\.?0+e/, 'E')
        .replace(/E([+-])(\d)$/, 'E$10$2')
    : String(precise);
}

/** Splits at `;` outside quotes and brackets. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === '\\' && !quoted) {
      current += ch + format.charAt(i + 1);
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    if (ch === ';' && !quoted && !bracket) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

interface Token {
  literal: boolean;
  text: string;
}

/** Literal text (quoted, escaped, currency in [$¥-804]) and format characters, in order. */
function tokens(section: string): Token[] | null {
  const out: Token[] = [];
  const push = (literal: boolean, text: string) => {
    const last = out[out.length - 1];
    if (last && last.literal === literal) last.text += text;
    else out.push({ literal, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push(true, section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      push(true, section.charAt(i + 1));
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? undefined : end);
      if (inside.startsWith('$')) push(true, inside.slice(1).split('-')[0] ?? '');
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      push(true, ' ');
      i++;
    } else if (ch === '*') i++;
    else if (/[Ee]/.test(ch) && /[+-]/.test(section.charAt(i + 1))) {
      push(false, ch + section.charAt(i + 1));
      i++;
    } else if (/[0#?.,%]/.test(ch)) push(false, ch);
    else if (/[ymdhsAP/]/i.test(ch))
      return null; // dates, times, fractions
    else push(true, ch);
  }
  return out;
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One number through one section's placeholders. */
function numberText(value: number, pattern: string, percent: number): string | null {
  const scientific = /[Ee][+-]/.exec(pattern);
  const mantissa = scientific ? pattern.slice(0, scientific.index) : pattern;
  let scaled = value * 100 ** percent;
  const trailingCommas = /,+$/.exec(mantissa.replace(/[^0#?.,]/g, ''))?.[0].length ?? 0;
  const body = mantissa.replace(/,+$/, '');
  scaled /= 1000 ** trailingCommas;
  const [intPart = '', fracPart = ''] = body.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  const maxFrac = (fracPart.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const grouped = intPart.includes(',');
  if (scientific) {
    const [digits = '', exponent = '0'] = Math.abs(scaled).toExponential(maxFrac).split('e');
    const power = Math.abs(Number(exponent));
    const expDigits = pattern.slice(scientific.index + 2).replace(/[^0#]/g, '').length || 2;
    const sign = Number(exponent) < 0 ? '-' : scientific[0].endsWith('+') ? '+' : '';
    return `${digits}E${sign}${String(power).padStart(expDigits, '0')}`;
  }
  const fixed = Math.abs(scaled).toFixed(maxFrac);
  let [whole = '0', fraction = ''] = fixed.split('.');
  while (fraction.length > minFrac && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && minInt === 0) whole = '';
  whole = whole.padStart(minInt, '0');
  if (grouped) whole = withThousands(whole);
  const dot = fracPart !== '' || body.endsWith('.') ? '.' : '';
  return `${whole}${dot}${fraction}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A date serial (days since 1899-12-30) through a date format's y, m, d (else shown plainly). */
function dateText(serial: number, section: string): string | null {
  if (!/^[ymd\s\-/.年月日"]+$/i.test(section.replace(/\[[^\]]*\]/g, ''))) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad2(date.getUTCFullYear() % 100),
    mm: pad2(date.getUTCMonth() + 1),
    m: String(date.getUTCMonth() + 1),
    dd: pad2(date.getUTCDate()),
    d: String(date.getUTCDate()),
  };
  return section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/yyyy|yy|mm|m|dd|d|"([^"]*)"/gi, (token, quoted?: string) =>
      quoted !== undefined ? quoted : (parts[token.toLowerCase()] ?? token),
    );
}

/** A format's sections, split once per format (a table has few formats and many cells). */
const splitFormats = new Map<string, string[]>();
function sectionsOf(format: string): string[] {
  let parts = splitFormats.get(format);
  if (!parts) {
    if (splitFormats.size >= 256) splitFormats.clear();
    parts = sections(format);
    splitFormats.set(format, parts);
  }
  return parts;
}

/** A section's tokens, read once per section. */
const readSections = new Map<string, Token[] | null>();
function tokensOf(section: string): Token[] | null {
  let list = readSections.get(section);
  if (list === undefined) {
    if (readSections.size >= 256) readSections.clear();
    list = tokens(section);
    readSections.set(section, list);
  }
  return list;
}

function formatNumber(value: number, format: string): string {
  const parts = sectionsOf(format);
  let section = parts[0] ?? '';
  let signed = true;
  if (value < 0 && parts.length > 1) {
    section = parts[1] ?? section;
    signed = false; // the negative section writes its own sign or brackets
  } else if (value === 0 && parts.length > 2) section = parts[2] ?? section;
  const unquoted = section.replace(/"[^"]*"/g, '');
  if (/^\s*general\s*$/i.test(section) || unquoted.includes('@') || section.trim() === '') {
    return general(value);
  }
  const list = tokensOf(section);
  if (!list) return dateText(value, section) ?? general(value);
  const pattern = list
    .filter((token) => !token.literal)
    .map((token) => token.text)
    .join('');
  const placeholders = pattern.replace(/%/g, '');
  if (!/[0#?]/.test(placeholders)) {
    const literal = list.map((token) => (token.literal ? token.text : '')).join('');
    return literal.trim() === '' ? general(value) : literal.trimEnd();
  }
  const percent = (pattern.match(/%/g) ?? []).length;
  const number = numberText(value, placeholders.replace(/^[^0#?.]+/, ''), percent);
  if (number === null) return general(value);
  let placed = false;
  const text = list
    .map((token) => {
      if (token.literal) return token.text;
      if (placed || !/[0#?]/.test(token.text)) return token.text.replace(/[^%]/g, '');
      placed = true;
      return number + token.text.replace(/[^%]/g, '');
    })
    .join('')
    .trimEnd();
  return signed && value < 0 && /[1-9]/.test(number) ? `-${text}` : text;
}

/** The text a cell shows: its value through its number format (none for CSV: as written). */
export function cellText(value: CellValue, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  return format === undefined || format === '' ? general(value) : formatNumber(value, format);
}
