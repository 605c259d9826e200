import {
  formatAmount,
  formatPercent,
  growthOf,
  pointsOf,
} from '../../../src/core/narrative/figures';
import { digits, roundTo } from '../../../src/core/narrative/numbers';

describe('formatAmount', () => {
  it.each([
    [1.5014, '亿元', '1.5014亿元', 'RMB 150.14 million'],
    [0.1 + 0.2, '亿元', '0.3亿元', 'RMB 30 million'],
    [3.2, '亿元', '3.2亿元', 'RMB 320 million'],
    [1.23456, '亿元', '1.2346亿元', 'RMB 123.46 million'],
    [24770, '万元', '24770万元', 'RMB 247.7 million'],
    [302.456, '万元', '302.46万元', 'RMB 3.0246 million'],
    [1.005, '万元', '1.01万元', 'RMB 0.0101 million'],
    [1234.5, '元', '1234.5元', 'RMB 1,234.5'],
    [331, '件', '331件', '331'],
    [9999, '人次', '9999人次', '9,999 person-times'],
    [33700, '人次', '3.37万人次', '33,700 person-times'],
    [3.37, '万人次', '3.37万人次', '33,700 person-times'],
    [1020, '户', '1020户', '1,020 households'],
    [2.45, '%', '2.45%', '2.45%'],
    [50, '%', '50%', '50%'],
    [7.2, '%', '7.2%', '7.2%'],
    [-1.5, '%', '-1.5%', '-1.5%'],
    [12.3456, null, '12.35', '12.35'],
    [7, '吨', '7吨', '7 吨'],
  ])('%d %s → %s / %s', (value, unit, zh, en) => {
    expect(formatAmount(value, unit, 'zh-CN')).toBe(zh);
    expect(formatAmount(value, unit, 'en-US')).toBe(en);
  });
});

describe('formatPercent (completion, 1 decimal)', () => {
  it.each([
    [0.452993000241, '45.3%'],
    [0.551666666667, '55.2%'],
    [1, '100.0%'],
    [1.0714285, '107.1%'],
    [0.00049, '0.0%'],
    [0.00055, '0.1%'],
  ])('%d → %s', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });
});

describe('growthOf (1 decimal, flat below 0.05%)', () => {
  it.each([
    [0.379166666667, 'up', '37.9%'],
    [-0.142857142857, 'down', '14.3%'],
    [0.0004, 'flat', '0.0%'],
    [-0.0004, 'flat', '0.0%'],
    [0.0005, 'up', '0.1%'],
    [-0.0005, 'down', '0.1%'],
    [0, 'flat', '0.0%'],
    [2.5, 'up', '250.0%'],
  ])('%d → %s %s', (fraction, trend, text) => {
    expect(growthOf(fraction)).toEqual({ trend, text });
  });
});

describe('pointsOf (2 decimals, flat below 0.005)', () => {
  it.each([
    [0.12, 'up', '0.12'],
    [2.45 - 2.33, 'up', '0.12'],
    [-0.3, 'down', '0.30'],
    [0.004, 'flat', '0.00'],
    [0.005, 'up', '0.01'],
  ])('%d → %s %s', (points, trend, text) => {
    expect(pointsOf(points)).toEqual({ trend, text });
  });
});

describe('roundTo and digits', () => {
  it.each([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [0.1 + 0.2, 4, 0.3],
    [-0.00001, 2, 0],
    [1e21, 2, 1e21],
    [1e308, 1, 1e308],
    [-1e308, 4, -1e308],
  ])('roundTo(%d, %d) = %d', (value, places, expected) => {
    expect(Object.is(roundTo(value, places), expected)).toBe(true);
  });

  it('never writes an exponent or float noise', () => {
    expect(digits(1e21, { decimals: 2 })).toBe('1000000000000000000000');
    expect(digits(1e-7, { decimals: 4 })).toBe('0');
    expect(digits(0.1 + 0.2, { decimals: 4, fixed: true })).toBe('0.3000');
  });

  it('writes the largest doubles out in full, never NaN', () => {
    expect(formatAmount(1e308, '件', 'zh-CN')).toBe(`1${'0'.repeat(304)}万件`);
    expect(formatAmount(1e308, '亿元', 'en-US')).not.toMatch(/NaN|Infinity|∞/);
    expect(formatPercent(1e300)).toBe(`1${'0'.repeat(302)}.0%`);
  });
});
