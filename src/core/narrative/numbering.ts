// Heading numbers as a Chinese report writes them (一、 （一）) and their English counterparts (I. (a)).
import type { Locale } from '../types';

const DIGITS_ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = DIGITS_ZH[n % 10] ?? '';
  if (tens === 0) return ones;
  return `${tens === 1 ? '' : (DIGITS_ZH[tens] ?? '')}十${ones}`;
}

const ROMAN: readonly [number, string][] = [
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function romanNumeral(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, symbol] of ROMAN) {
    for (; rest >= value; rest -= value) text += symbol;
  }
  return text;
}

const letter = (n: number): string => String.fromCharCode(96 + (((n - 1) % 26) + 1));

/** '一、' / 'I. ' */
export const level1Number = (n: number, locale: Locale): string =>
  locale === 'en-US' ? `${romanNumeral(n)}. ` : `${chineseNumeral(n)}、`;

/** '（一）' / '(a) ' */
export const level2Number = (n: number, locale: Locale): string =>
  locale === 'en-US' ? `(${letter(n)}) ` : `（${chineseNumeral(n)}）`;
