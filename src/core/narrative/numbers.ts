// Decimal rounding and digits as a report writes them: 1.005 → 1.01, never 0.30000000000000004.

/** value × 10^places, exact for the decimal the value was typed as (1.5014 × 100 = 150.14). */
export function shift(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  const text = String(value);
  return text.includes('e') ? value * 10 ** places : Number(`${text}e${places}`);
}

/**
 * Binary arithmetic gives the same result as the decimal path unless the scaled value sits
 * within its rounding error of a tie (x.5): then null, and the caller decides on the decimal text.
 */
function roundFast(abs: number, places: number): number | null {
  if (!Number.isInteger(places) || places < 0 || places > 15) return null;
  const factor = 10 ** places;
  const scaled = abs * factor;
  if (!(scaled < 2 ** 52)) return null;
  const distanceToTie = Math.abs(scaled - Math.floor(scaled) - 0.5);
  if (distanceToTie <= scaled * 1e-14 + 1e-9) return null;
  // Both integers are exact, so the division is the correctly rounded decimal.
  return Math.round(scaled) / factor;
}

/** Half away from zero on the decimal value; never returns -0. */
export function roundTo(value: number, places: number): number {
  // From 2^53 on every double is a whole number: nothing to round, and shifting could overflow.
  if (!(Math.abs(value) < 2 ** 53)) return value;
  const abs = Math.abs(value);
  const rounded = roundFast(abs, places) ?? shift(Math.round(shift(abs, places)), -places);
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDecimals: number, maxDecimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${minDecimals}/${maxDecimals}/${grouping}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: grouping,
    });
    formatters.set(key, cached);
  }
  return cached;
}

export interface DigitsOptions {
  /** Decimals kept after rounding. */
  decimals: number;
  /** Keep trailing zeros (45.0%) instead of dropping them (3.2亿元). */
  fixed?: boolean;
  /** Thousands separators (en-US text). */
  grouping?: boolean;
}

/** Plain digits, no exponent: 1.5014, 45.3, 33,700. */
/** Doubles hold 15 significant decimal digits faithfully; decimals beyond them are noise. */
const SIGNIFICANT = 15;

/** The decimals a value can be rounded to without inventing digits (none from 10^15 up). */
export function faithfulDecimals(value: number, decimals: number): number {
  const abs = Math.abs(value);
  const integerDigits = abs < 1 ? 1 : abs < 1e21 ? String(Math.trunc(abs)).length : 22;
  return Math.max(0, Math.min(decimals, SIGNIFICANT - integerDigits));
}

export function digits(value: number, options: DigitsOptions): string {
  const { fixed = false, grouping = false } = options;
  // Rounded to what is faithful; a fixed format still shows its decimals (45.0%).
  const rounded = roundTo(value, faithfulDecimals(value, options.decimals));
  const decimals = fixed ? options.decimals : faithfulDecimals(value, options.decimals);
  // Once rounded, toFixed prints exactly those decimals while every digit is significant
  // (up to 15 significant digits); Intl for grouping and beyond.
  const exact =
    Number.isInteger(decimals) && decimals >= 0 && Math.abs(rounded) * 10 ** decimals < 1e15;
  if (!grouping && exact) {
    const text = rounded.toFixed(decimals);
    return fixed || !text.includes('.') ? text : text.replace(/\.?0+$/, '');
  }
  return formatter(fixed ? decimals : 0, decimals, grouping).format(rounded);
}
