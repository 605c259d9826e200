import { parseCell } from '../../../src/core/table/parseCell';
import type { CellValue } from '../../../src/core/types';

describe('parseCell: numbers', () => {
  it.each<[CellValue, string | undefined, string | undefined, number, string | null]>([
    [1234, undefined, undefined, 1234, null],
    [-14.29, undefined, undefined, -14.29, null],
    [46203, 'General', undefined, 46203, null],
    [1234.5, '#,##0.00_);[Red](#,##0.00)', undefined, 1234.5, null],
    [1.2e5, '0.00E+00', undefined, 120000, null],
    ['1,234', undefined, undefined, 1234, null],
    ['1,234,567.5', undefined, undefined, 1234567.5, null],
    ['１２３４', undefined, undefined, 1234, null],
    ['３３１件', undefined, undefined, 331, '件'],
    [' 12 ', undefined, undefined, 12, null],
    ['.5', undefined, undefined, 0.5, null],
    ['1.2e5', undefined, undefined, 120000, null],
    ['-14.29', undefined, undefined, -14.29, null],
    ['\u221214.29', undefined, undefined, -14.29, null],
    ['－14.29', undefined, undefined, -14.29, null],
    ['+5', undefined, undefined, 5, null],
    ['21%', undefined, undefined, 21, '%'],
    ['21.%', undefined, undefined, 21, '%'],
    ['２１％', undefined, undefined, 21, '%'],
    ['1.5014亿元', undefined, undefined, 1.5014, '亿元'],
    ['3.37万人次', undefined, undefined, 3.37, '万人次'],
    ['205万元', undefined, undefined, 205, '万元'],
    ['205 万元', undefined, undefined, 205, '万元'],
    ['17.2元', undefined, undefined, 17.2, '元'],
    ['达3.2亿元', undefined, undefined, 3.2, '亿元'],
    ['共计89项', undefined, undefined, 89, '项'],
    [0.21, '0%', undefined, 21, '%'],
    [0.2134, '0.00%', undefined, 21.34, '%'],
    [0.453, '0.0%;[Red]-0.0%', undefined, 45.3, '%'],
    [21, '0"%"', undefined, 21, '%'],
    [0.21, undefined, '21%', 21, '%'],
    [0.2134, undefined, '21%', 21.34, '%'],
    [21, undefined, '21', 21, null],
    [205, '0"万元"', undefined, 205, '万元'],
    [12, 'General', undefined, 12, null],
  ])('%p (format %p, text %p) → %p %p', (value, format, text, expected, unit) => {
    expect(parseCell(value, format, text)).toEqual({
      kind: 'number',
      value: expected,
      unit,
      approximate: false,
    });
  });
});

describe('parseCell: approximate values', () => {
  it.each<[string, number, string | null]>([
    ['约3万', 3, '万'],
    ['大约3万', 3, '万'],
    ['3万多人次', 3, '万人次'],
    ['3万多', 3, '万'],
    ['200余', 200, null],
    ['1000多份', 1000, '份'],
    ['3000余份', 3000, '份'],
    ['1400余人次', 1400, '人次'],
    ['50余人（次）', 50, '人次'],
    ['7000多万元', 7000, '万元'],
    ['20多家', 20, '家'],
    ['近200家', 200, '家'],
    ['超3亿元', 3, '亿元'],
    ['100以上', 100, null],
    ['5亿元左右', 5, '亿元'],
    ['200+', 200, null],
  ])('%p → %p %p, approximate', (value, expected, unit) => {
    expect(parseCell(value)).toEqual({ kind: 'number', value: expected, unit, approximate: true });
  });
});

describe('parseCell: not a number', () => {
  it.each<[CellValue, string, string]>([
    ['x', 'placeholder', 'x'],
    ['xx', 'placeholder', 'xx'],
    ['X', 'placeholder', 'X'],
    ['xxx', 'placeholder', 'xxx'],
    ['XX家', 'placeholder', 'XX家'],
    ['x.x亿元', 'placeholder', 'x.x亿元'],
    ['x.xx%', 'placeholder', 'x.xx%'],
    ['xx.x', 'placeholder', 'xx.x'],
    ['20xx', 'placeholder', '20xx'],
    ['约x万', 'placeholder', '约x万'],
    ['*', 'placeholder', '*'],
    ['—', 'placeholder', '—'],
    ['——', 'placeholder', '——'],
    ['-', 'placeholder', '-'],
    ['--', 'placeholder', '--'],
    ['/', 'placeholder', '/'],
    ['…', 'placeholder', '…'],
    ['待统计', 'placeholder', '待统计'],
    ['暂无', 'placeholder', '暂无'],
    ['N/A', 'placeholder', 'N/A'],
    ['#DIV/0!', 'excel-error', '#DIV/0!'],
    ['#N/A', 'excel-error', '#N/A'],
    ['#VALUE!', 'excel-error', '#VALUE!'],
    ['#REF!', 'excel-error', '#REF!'],
    ['#NAME?', 'excel-error', '#NAME?'],
    ['#NUM!', 'excel-error', '#NUM!'],
    ['#NULL!', 'excel-error', '#NULL!'],
    ['#div/0!', 'excel-error', '#DIV/0!'],
    ['abc', 'text', 'abc'],
    ['三百', 'text', '三百'],
    ['12-15', 'text', '12-15'],
    ['3万-4万', 'text', '3万-4万'],
    ['2026-06-30', 'text', '2026-06-30'],
    ['1,2', 'text', '1,2'],
    ['123\n456', 'text', '123\n456'],
    ['1,234\r\n5,678', 'text', '1,234\r\n5,678'],
    [true, 'boolean', 'TRUE'],
    [false, 'boolean', 'FALSE'],
    [Number.NaN, 'non-finite', 'NaN'],
    [Number.POSITIVE_INFINITY, 'non-finite', 'Infinity'],
    [Number.NEGATIVE_INFINITY, 'non-finite', '-Infinity'],
  ])('%p → %s', (value, reason, text) => {
    expect(parseCell(value)).toEqual({ kind: 'invalid', reason, text });
  });

  it.each<[number, string, string | undefined, string]>([
    [46203, 'yyyy-mm-dd', undefined, '2026-06-30'],
    [46203, 'm/d/yyyy', '6/30/2026', '6/30/2026'],
    [46203, 'yyyy"年"m"月"d"日"', undefined, '2026-06-30'],
    [46203, '[$-804]yyyy"年"m"月"', undefined, '2026-06-30'],
    [46203, 'mmm-yy', undefined, '2026-06-30'],
    [61, 'yyyy-mm-dd', undefined, '1900-03-01'],
    [0.5, '[h]:mm', '12:00', '12:00'],
    [0.5, 'h:mm AM/PM', undefined, '0.5'],
  ])('a date serial %p formatted %p is a date, not a number', (value, format, shown, text) => {
    expect(parseCell(value, format, shown)).toEqual({ kind: 'invalid', reason: 'date', text });
  });

  it('reads a huge string as text and keeps only an excerpt', () => {
    const parsed = parseCell('1'.repeat(100_000));
    expect(parsed).toEqual({ kind: 'invalid', reason: 'text', text: `${'1'.repeat(40)}…` });
  });
});

describe('parseCell: empty', () => {
  it.each<[CellValue]>([
    [null],
    [undefined],
    [''],
    ['   '],
    ['\u3000'],
    ['\u200b\u200f'],
    ['\ufeff'],
  ])('%p → empty', (value) => {
    expect(parseCell(value)).toEqual({ kind: 'empty' });
  });
});
