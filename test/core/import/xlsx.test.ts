import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readXlsx } from '../../../src/core/import/xlsx';
import { countyTable, errorTable, makeXlsx, oleEncryptedBytes } from '../../fixtures/generate/cli';

const u8 = (data: ArrayBuffer | Buffer): Uint8Array =>
  data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data);

async function workbookWith(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('表1'));
  return u8(await workbook.xlsx.writeBuffer());
}

describe('readXlsx on a county workbook', () => {
  it('reads the used range of the first sheet, title row included', async () => {
    const result = await readXlsx(u8(await makeXlsx(countyTable())));
    if (!result.ok) throw new Error(result.reason);
    expect(result.sheetName).toBe('指标');
    expect(result.sheetNames).toEqual(['指标']);
    expect(result.grid.address).toBe('A1');
    const { values, numberFormat } = result.grid;
    expect(values[0]).toEqual(['2026年上半年科技工作指标完成情况', null, null, null, null, null]);
    expect(values[1]?.[0]).toBe('指标名称');
    expect(values[3]).toEqual(['专利申请量', '件', 600, 331, 240, null]);
    expect(values[8]?.slice(0, 5)).toEqual(['研发投入强度', '%', 0.025, 0.021, 0.019]);
    expect(numberFormat?.[8]?.slice(2, 5)).toEqual(['0.00%', '0.00%', '0.00%']);
    expect(numberFormat?.[3]?.[3]).toBe('General');
  });

  it('gives the error string of a formula that failed', async () => {
    const result = await readXlsx(u8(await makeXlsx(errorTable())));
    expect(result.ok && result.grid.values[7]?.[3]).toBe('#DIV/0!');
  });

  it('reads a named sheet and lists all sheets', async () => {
    const bytes = u8(await makeXlsx(countyTable(), '县区', ['封面']));
    const cover = await readXlsx(bytes, { sheet: '封面' });
    expect(cover.ok && cover.sheetName).toBe('封面');
    expect(cover.ok && cover.grid.values).toEqual([['说明', '空表']]);
    expect(cover.ok && cover.sheetNames).toEqual(['县区', '封面']);
    expect(await readXlsx(bytes, { sheet: '缺失' })).toEqual({
      ok: false,
      reason: 'no-sheet',
      detail: '缺失',
      sheetNames: ['县区', '封面'],
    });
  });

  it('reads bytes that are a view into a larger buffer', async () => {
    const bytes = u8(await makeXlsx(countyTable()));
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const result = await readXlsx(padded.subarray(10, 10 + bytes.length));
    expect(result.ok && result.grid.values[3]?.[0]).toBe('专利申请量');
  });
});

describe('readXlsx cell values', () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ['number', 42, 42],
    ['text', '1.5014亿元', '1.5014亿元'],
    ['boolean', true, true],
    ['formula result', { formula: 'B1*2', result: 0.42 }, 0.42],
    ['formula text result', { formula: 'B1&"x"', result: '约3万' }, '约3万'],
    ['formula without cached result', { formula: 'B1*2' } as ExcelJS.CellValue, null],
    ['formula error', { formula: '1/0', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    ['error value', { error: '#N/A' }, '#N/A'],
    [
      'rich text',
      { richText: [{ text: '专利' }, { text: '申请', font: { bold: true } }] },
      '专利申请',
    ],
    ['hyperlink', { text: '链接', hyperlink: 'https://example.org' }, '链接'],
    ['date', new Date(Date.UTC(2026, 5, 30)), '2026-06-30'],
    ['date and time', new Date(Date.UTC(2026, 5, 30, 8, 5, 0)), '2026-06-30T08:05:00'],
  ])('%s', async (_name, value, expected) => {
    const bytes = await workbookWith((sheet) => {
      sheet.getCell('A1').value = '值';
      sheet.getCell('A2').value = value;
    });
    const result = await readXlsx(bytes);
    expect(result.ok && result.grid.values[1]?.[0]).toEqual(expected);
  });

  it('keeps the number format so 0.21 with 0% can read as 21%', async () => {
    const bytes = await workbookWith((sheet) => {
      sheet.getCell('A1').value = 0.21;
      sheet.getCell('A1').numFmt = '0%';
    });
    const result = await readXlsx(bytes);
    expect(result.ok && result.grid).toEqual({
      values: [[0.21]],
      numberFormat: [['0%']],
      address: 'A1',
    });
  });

  it('covers the used range only, blanks merged cells and ignores style-only cells', async () => {
    const bytes = await workbookWith((sheet) => {
      sheet.getCell('C3').value = '标题';
      sheet.mergeCells('C3:D3');
      sheet.getCell('C4').value = '指标';
      sheet.getCell('D4').value = 1;
      sheet.getCell('H20').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FF00FF00' },
      };
    });
    const result = await readXlsx(bytes);
    expect(result.ok && result.grid.address).toBe('C3');
    expect(result.ok && result.grid.values).toEqual([
      ['标题', null],
      ['指标', 1],
    ]);
  });

  it('returns a blank grid for an empty sheet', async () => {
    const result = await readXlsx(await workbookWith(() => undefined));
    expect(result.ok && result.grid.values).toEqual([[null]]);
  });
});

describe('readXlsx refuses what is not a readable workbook', () => {
  const oleWith = (name: string): Uint8Array => {
    const bytes = oleEncryptedBytes().slice();
    bytes.fill(0, 1024);
    bytes.set(
      [...name].flatMap((ch) => [ch.charCodeAt(0), 0]),
      1024,
    );
    return bytes;
  };

  it.each<[string, () => Promise<Uint8Array>, object]>([
    [
      'an encrypted workbook (OLE with EncryptionInfo)',
      async () => oleEncryptedBytes(),
      { reason: 'encrypted' },
    ],
    ['an OLE file with only the header', async () => oleWith(''), { reason: 'encrypted' }],
    ['a legacy .xls', async () => oleWith('Workbook'), { reason: 'not-xlsx', detail: 'xls' }],
    [
      'plain text',
      async () => new TextEncoder().encode('指标名称,完成值\n'),
      { reason: 'not-xlsx' },
    ],
    ['no bytes', async () => new Uint8Array(0), { reason: 'not-xlsx' }],
    [
      'a zip without a workbook (a .docx)',
      async () => {
        const zip = new JSZip();
        zip.file('word/document.xml', '<w:document/>');
        return zip.generateAsync({ type: 'uint8array' });
      },
      { reason: 'not-xlsx', detail: 'zip' },
    ],
    [
      'a truncated workbook',
      async () => {
        const whole = u8(await makeXlsx(countyTable()));
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
      { reason: 'corrupt' },
    ],
    [
      'a workbook without sheets',
      async () => u8(await new ExcelJS.Workbook().xlsx.writeBuffer()),
      { reason: 'no-sheet' },
    ],
  ])('%s', async (_name, make, expected) => {
    const result = await readXlsx(await make());
    expect(result).toMatchObject({ ok: false, ...expected });
  });

  it('never throws on damaged workbooks', async () => {
    const whole = u8(await makeXlsx(countyTable()));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.nat(whole.length),
        async (edits, cut) => {
          const damaged = whole.slice(0, Math.max(cut, 4));
          for (const [at, value] of edits) if (at >= 4 && at < damaged.length) damaged[at] = value;
          const result = await readXlsx(damaged);
          return result.ok || ['corrupt', 'not-xlsx', 'no-sheet'].includes(result.reason);
        },
      ),
      { numRuns: 1000 }, // ≈ 0.1–0.2 ms a run: most damage stops the unzip early
    );
  });
});
