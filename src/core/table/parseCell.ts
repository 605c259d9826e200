// One cell → a typed value: a number with the unit written in the cell, nothing, or why it is not a number.
import type { CellValue } from '../types';
import { MAX_CELL_TEXT, blankText, compact, excerpt } from './text';
import { clean, isKnownUnit, isPlausibleUnit, normalizeUnit } from './units';

export type NotNumberKind =
  'placeholder' | 'excel-error' | 'text' | 'boolean' | 'non-finite' | 'date';

export type ParsedCell =
  | { kind: 'empty' }
  | {
      kind: 'number';
      value: number;
      /** Unit written in the cell itself ('亿元', '万', '%'), null when the cell is a bare number. */
      unit: string | null;
      approximate: boolean;
      /** Trailing text that is no unit ('😀', '%%', ','), left out of `unit`. */
      unknownUnit?: string;
    }
  | { kind: 'invalid'; reason: NotNumberKind; text: string };

const EXCEL_ERROR =
  /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!)$/i;

const PLACEHOLDERS = new Set([
  ...'- -- --- — —— ― ―― – / // \\ … …… ... . ? ?? * ** ***'.split(' '),
  ...'待统计 未统计 暂无 无 空 待定 待核 待核实 待填 待补 不详 未知 缺 略 n/a na null none tbd'.split(
    ' ',
  ),
]);

const FILLER = /^(?:共计|合计|累计|总计|共|计|达到|达|实现)/;
const APPROX_PREFIX = /^(?:大约|约|将近|接近|近|超过|超|逾|不到|不足|多于|少于|不少于|至少)/;
/** A number with x or * standing in for digits: x, xx, x.x, 20xx, XX (with any unit after). */
const MASKED = /^[+-]?[0-9]*[xX×*][0-9xX×*]*(?:\.[0-9xX×*]*)?([^0-9A-Za-z]*)$/;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d{1,3}))?/i;
const APPROX_AFTER_NUMBER = /^(?:多|余|来|\+)/;
const MAGNITUDE = /^(?:百万|千万|万|亿)/;
const APPROX_TAIL = /(?:左右|以上|上下|多|余|\+)$/;
const MAX_UNIT_LENGTH = 8;

export function parseCell(value: CellValue, numberFormat?: string, text?: string): ParsedCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'boolean') {
    return { kind: 'invalid', reason: 'boolean', text: value ? 'TRUE' : 'FALSE' };
  }
  if (typeof value === 'number') return parseNumberCell(value, numberFormat, text);
  if (typeof value !== 'string')
    return { kind: 'invalid', reason: 'text', text: excerpt(String(value)) };
  if (blankText(value)) return { kind: 'empty' };
  if (value.length > MAX_CELL_TEXT)
    return { kind: 'invalid', reason: 'text', text: excerpt(value.trim()) };
  return parseText(value);
}

function parseNumberCell(value: number, numberFormat?: string, text?: string): ParsedCell {
  if (!Number.isFinite(value))
    return { kind: 'invalid', reason: 'non-finite', text: String(value) };
  if (isDateFormat(numberFormat)) {
    const shown = typeof text === 'string' && text.trim() !== '' ? text.trim() : serialDate(value);
    return { kind: 'invalid', reason: 'date', text: excerpt(shown) };
  }
  if (isPercentDisplay(value, numberFormat, text)) {
    const percent = clean(value * 100);
    if (!Number.isFinite(percent)) {
      return { kind: 'invalid', reason: 'non-finite', text: `${String(value)}×100%` };
    }
    return { kind: 'number', value: percent, unit: '%', approximate: false };
  }
  return { kind: 'number', value, unit: formatUnit(numberFormat), approximate: false };
}

function stripFormatLiterals(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

const dateFormats = new Map<string, boolean>();

/** A date or time number format (yyyy-mm-dd, m/d/yyyy, [h]:mm): the cell holds a date serial. */
function isDateFormat(numberFormat?: string): boolean {
  if (typeof numberFormat !== 'string' || numberFormat === '' || numberFormat.length > 100) {
    return false;
  }
  const known = dateFormats.get(numberFormat);
  if (known !== undefined) return known;
  const codes = stripFormatLiterals(numberFormat)
    .replace(/[_*]./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, '');
  const date = /[ymdhs]|[上下]午|am\/pm|a\/p/i.test(codes);
  if (dateFormats.size < 256) dateFormats.set(numberFormat, date);
  return date;
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with the fictitious 1900-02-29 (serial 60). */
function serialDate(serial: number): string {
  const day = Math.floor(serial);
  if (day < 1 || day > 2958465) return String(serial);
  const date = new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * 86_400_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Per number format (a workbook uses a few, for thousands of cells): what it says of the cell. */
function perFormat<T>(read: (format: string) => T): (format: string) => T {
  const known = new Map<string, T>();
  return (format) => {
    if (known.has(format)) return known.get(format) as T;
    const result = read(format);
    if (known.size < 256 && format.length <= 100) known.set(format, result);
    return result;
  };
}

const percentFormat = perFormat((format) => stripFormatLiterals(format).includes('%'));

/** A '%' number format (0.21 shown as 21%), or, without formats, displayed text that reads value × 100 %. */
function isPercentDisplay(value: number, numberFormat?: string, text?: string): boolean {
  if (typeof numberFormat === 'string' && numberFormat !== '') return percentFormat(numberFormat);
  if (typeof text !== 'string' || text.length > MAX_CELL_TEXT) return false;
  const shown = compact(text);
  if (!shown.endsWith('%')) return false;
  const number = Number.parseFloat(shown.replace(/,/g, ''));
  return Number.isFinite(number) && Math.abs(number - value * 100) <= 0.5 + 1e-9;
}

/** A unit written as a literal at the end of a number format: 0.00"万元". */
function formatUnit(numberFormat?: string): string | null {
  return typeof numberFormat === 'string' ? unitOfFormat(numberFormat) : null;
}

const unitOfFormat = perFormat((format): string | null => {
  const literal = /"([^"]{1,8})"\s*$/.exec(format);
  const unit = normalizeUnit(literal?.[1]);
  return unit !== null && isKnownUnit(unit) ? unit : null;
});

/** A line break between two digits: two figures in one cell, not a digit group. */
const BROKEN_NUMBER = /[0-9０-９]\s*[\n\r\v\f\u2028\u2029]\s*[0-9０-９]/;

function parseText(raw: string): ParsedCell {
  const text = compact(raw);
  const shown = excerpt(raw.trim());
  if (BROKEN_NUMBER.test(raw)) return { kind: 'invalid', reason: 'text', text: shown };
  if (EXCEL_ERROR.test(text))
    return { kind: 'invalid', reason: 'excel-error', text: text.toUpperCase() };
  if (PLACEHOLDERS.has(text.toLowerCase()))
    return { kind: 'invalid', reason: 'placeholder', text: shown };

  let rest = text.replace(FILLER, '');
  let approximate = false;
  if (APPROX_PREFIX.test(rest)) {
    approximate = true;
    rest = rest.replace(APPROX_PREFIX, '').replace(FILLER, '');
  }
  if (MASKED.test(rest)) return { kind: 'invalid', reason: 'placeholder', text: shown };

  const number = NUMBER.exec(rest);
  if (!number) return { kind: 'invalid', reason: 'text', text: shown };
  const digits = (number[2] ?? '').replace(/,/g, '');
  const exponent = number[3] === undefined ? '' : `e${number[3]}`;
  const magnitude = Number(`${digits}${exponent}`) * (number[1] === '-' ? -1 : 1);
  const suffix = parseSuffix(rest.slice(number[0].length));
  if (suffix === null || !Number.isFinite(magnitude)) {
    return { kind: 'invalid', reason: 'text', text: shown };
  }
  const parsed: ParsedCell = {
    kind: 'number',
    value: clean(magnitude),
    unit: suffix.unit,
    approximate: approximate || suffix.approximate,
  };
  if (suffix.unknown !== null) parsed.unknownUnit = suffix.unknown;
  return parsed;
}

interface Suffix {
  unit: string | null;
  approximate: boolean;
  /** What follows the number and magnitude when it is no unit. */
  unknown: string | null;
}

/** What follows the digits: '多万元', '万多人次', '余份', '%', '亿元左右'. null when it is not a unit. */
function parseSuffix(suffix: string): Suffix | null {
  let rest = suffix;
  let approximate = false;
  if (APPROX_AFTER_NUMBER.test(rest)) {
    approximate = true;
    rest = rest.slice(1);
  }
  const magnitude = MAGNITUDE.exec(rest)?.[0] ?? '';
  rest = rest.slice(magnitude.length);
  if (magnitude !== '' && APPROX_AFTER_NUMBER.test(rest)) {
    approximate = true;
    rest = rest.slice(1);
  }
  if (APPROX_TAIL.test(rest)) {
    approximate = true;
    rest = rest.replace(APPROX_TAIL, '');
  }
  const unit = normalizeUnit(rest);
  if (unit !== null && (/[0-9]/.test(unit) || unit.length > MAX_UNIT_LENGTH)) return null;
  if (unit !== null && !isPlausibleUnit(unit)) {
    return { unit: magnitude === '' ? null : magnitude, approximate, unknown: unit };
  }
  const full = `${magnitude}${unit ?? ''}`;
  return { unit: full === '' ? null : full, approximate, unknown: null };
}
