// How a figure is written per unit: decimals kept, and the English wording of Chinese units.

/** Counting words: integers in practice, written in 万 from 10,000 up in Chinese (3.37万人次). */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  '件',
  '项',
  '个',
  '家',
  '次',
  '期',
  '场',
  '场次',
  '人',
  '人次',
  '名',
  '户',
  '份',
  '篇',
  '所',
  '台',
  '套',
  '批',
  '村',
  '座',
  '部',
  '册',
  '条',
  '株',
]);

/** Decimals kept for money; 亿元 keeps what the table writes (1.5014亿元). */
export const MONEY_DECIMALS: Readonly<Record<string, number>> = { 亿元: 4, 万元: 2, 元: 2 };

/** en-US: money in RMB million (亿元 ×100, 万元 ÷100, with the decimals that keeps exact). */
export const MONEY_TO_MILLION: Readonly<Record<string, { places: number; decimals: number }>> = {
  亿元: { places: 2, decimals: 2 },
  万元: { places: -2, decimals: 4 },
};

/** en-US words for Chinese counting units; '' when the indicator name already says what is counted. */
export const COUNT_UNITS_EN: Readonly<Record<string, string>> = {
  人次: 'person-times',
  人: 'people',
  名: 'people',
  户: 'households',
  场次: 'sessions',
  场: 'sessions',
  期: 'sessions',
  次: 'times',
  亩: 'mu',
};

/** Decimals for any other unit (or none), trailing zeros dropped. */
export const DEFAULT_DECIMALS = 2;
