// Units: a base unit with an optional magnitude prefix (万元 = 10⁴ 元), conversion between
// compatible units, and the few count words that are used interchangeably.
import { compact } from './text';

export interface UnitParts {
  /** Base unit without magnitude, e.g. '元', '人次', '%'; '' for a bare magnitude such as '万'. */
  base: string;
  factor: number;
}

const PERCENT_WORDS = new Set(['百分比', 'percent', 'pct']);

const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['百万', 1e6],
  ['千万', 1e7],
  ['万', 1e4],
  ['亿', 1e8],
];

/** Units we recognise on sight (used to tell '（亿元）' from '（含续建）' in labels). */
const KNOWN_BASES = new Set([
  ...'元 美元 人民币 人次 人 名 位 个 件 项 家 户 所 座 台 套'.split(' '),
  ...'批 篇 份 册 本 部 款 种 条 次 场 场次 期 班 亩 吨'.split(' '),
  ...'% ‰ 个百分点 平方米'.split(' '),
  '',
]);

/** Words that name the same kind of count, pairwise (件 = 项 for patents, 期 = 场次 for trainings). */
const SYNONYMS: readonly (readonly string[])[] = [
  ['件', '项', '个'],
  ['家', '个'],
  ['人', '名', '位'],
  ['次', '场', '场次', '期'],
];

const unitCache = new Map<string, string | null>();
const UNIT_CACHE_LIMIT = 512;

/** Normalises a unit as written ('万 元', '人（次）', '百分比') → '万元', '人次', '%'; empty → null. */
export function normalizeUnit(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const cached = unitCache.get(raw);
  if (cached !== undefined) return cached;
  const unit = compact(raw)
    .replace(/[()[\]【】]/g, '')
    .toLowerCase();
  const normal = unit === '' ? null : PERCENT_WORDS.has(unit) ? '%' : unit;
  if (unitCache.size < UNIT_CACHE_LIMIT) unitCache.set(raw, normal);
  return normal;
}

export function splitUnit(unit: string): UnitParts {
  if (unit === '千元') return { base: '元', factor: 1e3 };
  for (const [prefix, factor] of MAGNITUDES) {
    if (unit.startsWith(prefix)) {
      const rest = splitUnit(unit.slice(prefix.length));
      return { base: rest.base, factor: factor * rest.factor };
    }
  }
  return { base: unit, factor: 1 };
}

export function isKnownUnit(unit: string): boolean {
  return KNOWN_BASES.has(splitUnit(unit).base);
}

/** Letters that can make a unit we do not list (台套, 公顷, km, m2, 万元/人); no digits or symbols. */
const UNIT_WORD = /^[\u4e00-\u9fffa-z°·]+[23]?(?:\/[\u4e00-\u9fffa-z°·]+[23]?)?$/i;

/** A normalised unit that reads as one: known, or a short word of letters. '2', '%%', '😀' are not. */
export function isPlausibleUnit(unit: string): boolean {
  return isKnownUnit(unit) || (unit.length <= 8 && UNIT_WORD.test(splitUnit(unit).base));
}

function sameKind(a: string, b: string): boolean {
  return a === b || SYNONYMS.some((group) => group.includes(a) && group.includes(b));
}

/** Rounds to 12 significant digits, dropping binary noise (3.37 × 10⁴ = 33700.000000000004). */
export function clean(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  const digits = 11 - Math.floor(Math.log10(Math.abs(value)));
  if (digits <= 0 || digits > 22) return Number(value.toPrecision(12));
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Converts a value written in `from` into `to`. A bare magnitude ('3万') fits any unit;
 * `null` means "no unit": the value is taken as it stands. Incompatible units → null.
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  if (from === null || from === to) return value;
  const source = splitUnit(from);
  if (to === null) return clean(value * source.factor);
  const target = splitUnit(to);
  if (source.base !== '' && !sameKind(source.base, target.base)) return null;
  return clean((value * source.factor) / target.factor);
}
