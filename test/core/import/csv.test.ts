import fc from 'fast-check';
import { parseCsv } from '../../../src/core/import/csv';
import { countyTable, encodeGb18030, makeCsv } from '../../fixtures/generate/cli';
import { encodeLegacy } from './legacyEncodings';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('parseCsv encodings', () => {
  const expected = parseCsv(makeCsv(countyTable(), 'utf-8'));

  it.each(['utf-8', 'utf-8-bom', 'gb18030'] as const)(
    'reads a county table written as %s',
    (encoding) => {
      const result = parseCsv(makeCsv(countyTable(), encoding));
      expect(result).toEqual({ ...expected, encoding });
      if (!result.ok) throw new Error('parse failed');
      expect(result.grid.values[0]).toEqual([
        '指标名称',
        '单位',
        '年度目标',
        '累计完成',
        '去年同期',
        '上级指标',
      ]);
      expect(result.grid.values[3]).toEqual([
        '发明专利申请',
        '件',
        '120',
        '65',
        '50',
        '专利申请量',
      ]);
      expect(result.grid.address).toBe('A1');
    },
  );

  it('keeps a GB18030 file whose last character was cut in half', () => {
    const whole = encodeGb18030('指标名称,完成值\r\n专利申请量,331\r\n发明专利,65\r\n备注,说明');
    const result = parseCsv(whole.subarray(0, whole.length - 1));
    expect(result.ok && result.encoding).toBe('gb18030');
    expect(result.ok && result.grid.values[1]).toEqual(['专利申请量', '331']);
  });

  it.each([
    [
      'Big5',
      encodeLegacy('big5', '指標名稱,單位,年度目標,累計完成\r\n研發經費投入,億元,3,1.6\r\n'),
    ],
    ['Shift-JIS', encodeLegacy('shift_jis', '指標名,単位,テスト,完了\r\nデータ,件,3,1\r\n')],
    ['Latin-1', bytes(...[...'Müller,Größe,Café\r\n'].map((ch) => ch.charCodeAt(0)))],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x07, 0x63, 0x07, 0x68)],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x63, 0x07, 0x68, 0x07)],
    ['a BOM before invalid UTF-8', bytes(0xef, 0xbb, 0xbf, 0xd6, 0xb8, 0xb1, 0xea)],
    ['stray high bytes in ASCII', bytes(0x61, 0x2c, 0x80, 0x0a, 0x62, 0x2c, 0xff, 0x0a)],
  ])('refuses %s rather than show mojibake', (_name, input) => {
    expect(parseCsv(input)).toEqual({ ok: false, reason: 'unknown-encoding' });
  });

  it.each([
    ['no bytes', bytes()],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf)],
    ['only blank lines', utf8('\r\n\r\n  \n')],
    ['only commas', utf8(',,,\r\n,,\r\n')],
  ])('reports %s as empty', (_name, input) => {
    expect(parseCsv(input)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['a NUL byte', utf8('a,b\n\u0000c,d\n')],
    ['a zip (xlsx) header', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
    ['an OLE header', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41)],
    ['mostly control characters', bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x07)],
  ])('reports %s as binary', (_name, input) => {
    expect(parseCsv(input)).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('parseCsv grid shape', () => {
  it.each([
    [
      'pads ragged rows',
      'a,b,c\n1\n2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '', ''],
        ['2', '3', ''],
      ],
    ],
    [
      'drops trailing blank lines',
      'a,b\n1,2\n\n\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'keeps inner blank lines',
      'a,b\n\n1,2\n',
      [
        ['a', 'b'],
        ['', ''],
        ['1', '2'],
      ],
    ],
    ['unquotes fields', '"a,1","b ""x"""\n', [['a,1', 'b "x"']]],
    ['keeps line breaks in quotes', '"a\nb",c\n', [['a\nb', 'c']]],
    [
      'reads CRLF',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'detects tabs',
      '指标\t完成\n专利\t331\n',
      [
        ['指标', '完成'],
        ['专利', '331'],
      ],
    ],
    ['keeps text numbers as text', '1.5014亿元,"1,234",21.%\n', [['1.5014亿元', '1,234', '21.%']]],
  ])('%s', (_name, text, values) => {
    const result = parseCsv(utf8(text));
    expect(result).toEqual({ ok: true, grid: { values, address: 'A1' }, encoding: 'utf-8' });
  });
});

describe('parseCsv on arbitrary bytes', () => {
  it('never throws and returns a rectangle or a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (input) => {
        const result = parseCsv(input);
        if (!result.ok) return ['empty', 'unknown-encoding', 'binary'].includes(result.reason);
        const width = result.grid.values[0]?.length ?? 0;
        return result.grid.values.every((row) => row.length === width);
      }),
      { numRuns: 1000 }, // ≈ 0.03–0.04 ms a run
    );
  });

  it('never decodes arbitrary text into replacement characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!text.includes('\ufffd'));
        const result = parseCsv(utf8(text));
        return (
          !result.ok || result.grid.values.flat().every((cell) => !String(cell).includes('\ufffd'))
        );
      }),
      { numRuns: 1000 }, // ≈ 0.1–0.2 ms a run
    );
  });
});
