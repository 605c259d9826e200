// Standalone import: a file's bytes → a table, or the key of the reason it cannot be read.
import { countyTable, csvText, encodeGb18030, makeCsv, makeXlsx } from '../fixtures/generate/cli';
import { importBytes, importFile } from '../../src/taskpane/standalone/importFile';
import type { ImportResult } from '../../src/taskpane/standalone/importFile';
import type { LoadedTable } from '../../src/taskpane/standalone/memoryWorkbook';
import { STRINGS } from '../../src/taskpane/i18n/strings';

/** An OLE compound file (legacy .xls, or Excel's password-protected .xlsx) naming one stream. */
const oleFile = (stream: string): Uint8Array =>
  Uint8Array.from([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...[...stream].flatMap((ch) => [ch.charCodeAt(0), 0]),
  ]);

function table(result: ImportResult): LoadedTable {
  if (!result.ok) throw new Error(`import failed: ${result.reason}`);
  return result.table;
}

const HEADER = ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'];

describe('importFile', () => {
  it('reads a UTF-8 CSV; the sheet name is the file name', async () => {
    const loaded = table(await importBytes('指标.csv', makeCsv(countyTable(), 'utf-8')));
    expect(loaded.sheetName).toBe('指标.csv');
    expect(loaded.grid.address).toBe('A1');
    expect(loaded.grid.values[0]).toEqual(HEADER);
    expect(loaded.grid.values[1]?.slice(0, 2)).toEqual(['研发经费投入', '亿元']);
    expect(loaded.grid.values).toHaveLength(9);
  });

  it('reads a GB18030 CSV (Excel’s “CSV” on Chinese Windows) to the same table', async () => {
    const utf8 = table(await importBytes('a.csv', makeCsv(countyTable(), 'utf-8')));
    const gb = table(await importBytes('a.csv', encodeGb18030(csvText(countyTable()))));
    expect(gb.grid.values).toEqual(utf8.grid.values);
    expect(gb.grid.values[3]?.[0]).toBe('发明专利申请');
  });

  it('reads a UTF-8 CSV with BOM, and .txt like .csv, whatever the case of the extension', async () => {
    const bom = table(await importBytes('A.CSV', makeCsv(countyTable(), 'utf-8-bom')));
    expect(bom.grid.values[0]?.[0]).toBe('指标名称');
    const txt = table(await importBytes('list.txt', new TextEncoder().encode('名称,目标\n甲,1\n')));
    expect(txt.grid.values).toHaveLength(2);
  });

  it('reads an .xlsx: the first sheet, its name and its used range', async () => {
    const bytes = new Uint8Array(await makeXlsx(countyTable(), '上半年'));
    const loaded = table(await importBytes('县区.xlsx', bytes));
    expect(loaded.sheetName).toBe('上半年');
    expect(loaded.grid.values[0]?.[0]).toBe('2026年上半年科技工作指标完成情况');
    expect(loaded.grid.values[1]).toEqual(HEADER);
    // The formula cell reads as its result.
    expect(loaded.grid.values[3]?.[3]).toBe(331);
  });

  it('reads a File object (what the file input gives)', async () => {
    const file = new File([new Uint8Array(makeCsv(countyTable(), 'utf-8'))], '指标.csv', {
      type: 'text/csv',
    });
    const loaded = table(await importFile(file));
    expect(loaded.sheetName).toBe('指标.csv');
  });

  it.each<[string, string, Uint8Array, ImportResult]>([
    ['an empty CSV', 'empty.csv', new Uint8Array(), { ok: false, reason: 'importEmpty' }],
    [
      'a CSV of blank lines',
      'blank.csv',
      new TextEncoder().encode('\r\n\r\n'),
      { ok: false, reason: 'importEmpty' },
    ],
    [
      'a binary file named .csv',
      'image.csv',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]),
      { ok: false, reason: 'importBinary' },
    ],
    [
      'a UTF-16 CSV',
      'utf16.csv',
      Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0x42, 0x00]),
      { ok: false, reason: 'importEncoding' },
    ],
    [
      'a binary file of another kind',
      'report.pdf',
      Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0, 0, 0xff, 0xfe, 0, 0]),
      { ok: false, reason: 'importBinary' },
    ],
    [
      'text named .xlsx',
      'fake.xlsx',
      new TextEncoder().encode('指标名称,单位\n'),
      { ok: false, reason: 'importNotXlsx' },
    ],
    ['a legacy .xls', 'old.xls', oleFile('Workbook'), { ok: false, reason: 'importLegacyXls' }],
    [
      'a password-protected .xlsx',
      'secret.xlsx',
      oleFile('EncryptionInfo'),
      { ok: false, reason: 'importEncrypted' },
    ],
  ])('refuses %s with its reason', async (_case, name, bytes, expected) => {
    await expect(importBytes(name, bytes)).resolves.toEqual(expected);
  });

  it('reads by content: a workbook named .csv, and a text export named .xls or with no extension', async () => {
    const workbook = new Uint8Array(await makeXlsx(countyTable(), '上半年'));
    expect(table(await importBytes('导出.csv', workbook)).sheetName).toBe('上半年');
    const text = new Uint8Array(makeCsv(countyTable(), 'utf-8'));
    expect(table(await importBytes('导出.xls', text)).grid.values[0]).toEqual(HEADER);
    expect(table(await importBytes('导出', text)).grid.values[0]).toEqual(HEADER);
  });

  it('refuses a truncated .xlsx as damaged', async () => {
    const whole = new Uint8Array(await makeXlsx(countyTable()));
    const truncated = whole.slice(0, Math.floor(whole.length / 2));
    await expect(importBytes('broken.xlsx', truncated)).resolves.toEqual({
      ok: false,
      reason: 'importCorrupt',
    });
  });

  it('refuses a .xlsx with its bytes scrambled after the zip header', async () => {
    const whole = new Uint8Array(await makeXlsx(countyTable()));
    const scrambled = whole.map((byte, i) => (i < 40 ? byte : (byte * 7 + i) & 0xff));
    const result = await importBytes('scrambled.xlsx', scrambled);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['importCorrupt', 'importNotXlsx']).toContain(result.reason);
  });

  it('every reason has wording in both languages', () => {
    const reasons = [
      'importEmpty',
      'importEncoding',
      'importBinary',
      'importNotXlsx',
      'importEncrypted',
      'importCorrupt',
      'importNoSheet',
      'importLegacyXls',
    ] as const;
    for (const reason of reasons) {
      expect(STRINGS['zh-CN'][reason]).toMatch(/[\u4e00-\u9fff]/);
      expect(STRINGS['en-US'][reason]).toMatch(/^[\x20-\x7e“”]+$/);
    }
  });
});
