// The preview's cells as the workbook shows them: the value through its Excel number format.
import { cellText } from '../../src/taskpane/components/cellText';

describe('cellText', () => {
  it.each<[string, number | string | boolean | null, string | undefined, string]>([
    ['a rate in 0.00%', 0.025, '0.00%', '2.50%'],
    ['a rate in 0%', 0.021, '0%', '2%'],
    ['a negative rate', -0.05, '0.0%', '-5.0%'],
    ['thousands, two decimals', 1234.5, '#,##0.00', '1,234.50'],
    ['thousands, rounded', 1234.5, '#,##0', '1,235'],
    ['a negative in one section', -1234.5, '#,##0', '-1,235'],
    ['a negative section in brackets', -1, '0.00_);(0.00)', '(1.00)'],
    ['the padding of a positive section', 1, '0.00_);(0.00)', '1.00'],
    ['a negative section with its own sign', -100, '#,##0.00;[Red]-#,##0.00', '-100.00'],
    ['a zero section of text', 0, '0.00;-0.00;"-"', '-'],
    ['a quoted currency', 1234.5, '"¥"#,##0.00', '¥1,234.50'],
    ['a currency in brackets', 1234.5, '[$¥-804]#,##0.00', '¥1,234.50'],
    ['a unit after the number', 5, '0"件"', '5件'],
    ['a unit after a space', 1.5, '0.00 "亿元"', '1.50 亿元'],
    ['thousands by a trailing comma', 1234567, '#,##0,', '1,235'],
    ['leading zeros', 12, '000', '012'],
    ['optional decimals', 0.5, '#.##', '.5'],
    ['scientific', 12345678, '0.00E+00', '1.23E+07'],
    ['a small scientific', 0.000123, '0.00E+00', '1.23E-04'],
    ['General, at Excel’s precision', 0.1 + 0.2, 'General', '0.3'],
    ['no format (CSV)', 0.1 + 0.2, undefined, '0.3'],
    ['text format', 5, '@', '5'],
    ['a date serial', 45000, 'yyyy-mm-dd', '2023-03-15'],
    ['a date serial in Chinese', 45000, 'yyyy"年"m"月"d"日"', '2023年3月15日'],
    ['text is shown as written', '3万多人次', '0.00%', '3万多人次'],
    ['a date read as text', '2026-06-30', 'yyyy-mm-dd', '2026-06-30'],
    ['a boolean', true, 'General', 'TRUE'],
    ['an empty cell', null, '0.00%', ''],
  ])('%s', (_case, value, format, shown) => {
    expect(cellText(value, format)).toBe(shown);
  });
});
