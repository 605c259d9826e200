// Hostile files for the CLI robustness tests, generated at test time into test/.out (never
// committed): a workbook full of bad cells, damaged and disguised workbooks, CSVs in encodings we
// refuse, an empty file, a folder, and a 50 MB CSV. Run directly to write them to test/.out/bad-files.
import { mkdirSync, openSync, closeSync, writeSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const BAD_HEADER = ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'];

type Cell = string | number | Date | null | { formula: string; result: { error: string } };

/** Indicator rows with the trouble real bureau workbooks have; each is a CSV and xlsx row. */
export const BAD_ROWS: Cell[][] = [
  ['专利申请量', '件', 600, 331, 240, null],
  ['发明', '件', null, 65, null, '专利申请量'],
  ['实用新型', '件', null, 156, null, '专利申请量'],
  ['外观', '件', null, 100, null, '专利申请量'],
  ['高新技术企业', '家', 50, 'xx家', 18, null],
  ['高新技术产值', '亿元', 3.3, '1.5014亿元', 1.2408, null],
  ['科技培训', '人次', 50000, '3万多人次', 24000, null],
  ['技术合同成交额', '亿元', 2, { formula: 'D9/0', result: { error: '#DIV/0!' } }, 1.1, null],
  ['<img src=x onerror=alert(1)>', '项', 10, 6, 5, null],
  ['"><script>alert(1)</script>', '项', 10, 3, 5, '<img src=x onerror=alert(1)>'],
  ['专利\u200b授权量', '件', 300, 204, 132, null],
  ['授权发明', '件', null, '—', null, '专利授权'],
];

export async function badWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标');
  sheet.addRow(['2026年上半年科技工作指标完成情况']);
  sheet.mergeCells(1, 1, 1, BAD_HEADER.length);
  sheet.addRow(BAD_HEADER);
  for (const cells of BAD_ROWS) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (cell: Cell): string => {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return cell.result.error;
  const text = String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const badCsvText = (): string =>
  [BAD_HEADER, ...BAD_ROWS].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Excel's marker for a password-protected workbook: an OLE compound file, 8-byte magic + padding. */
export function oleMagicOnly(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  return bytes;
}

/** Deterministic noise (xorshift), so a failing case can be reproduced byte for byte. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >>> 8;
  }
  return bytes;
};

export const BIG_CSV_PLACEHOLDER_EVERY = 997;
/** Note length of the 50 MB CSV in the tests: about 100,000 rows of 500 bytes. */
export const BIG_CSV_NOTE_CHARS = 140;

/**
 * A CSV of at least `bytes` bytes: a title, the header, then generated indicator rows with a 备注
 * of `noteChars` characters (long notes as statistics systems export them); every 997th actual is
 * the placeholder 'x'. Returns the number of indicator rows written.
 */
export function writeBigCsv(
  file: string,
  bytes: number,
  noteChars = 0,
): { rows: number; placeholders: number } {
  const note = '情况说明'.repeat(Math.ceil(noteChars / 4)).slice(0, noteChars);
  const fd = openSync(file, 'w');
  try {
    let size = 0;
    const write = (text: string): void => {
      size += writeSync(fd, text);
    };
    write('\ufeff2026年上半年各乡镇科技工作指标\r\n');
    write(`${BAD_HEADER.join(',')},备注\r\n`);
    let rows = 0;
    let placeholders = 0;
    while (size < bytes) {
      const chunk: string[] = [];
      for (let k = 0; k < 1000; k++, rows++) {
        const target = 100 + (rows % 900);
        const bad = rows % BIG_CSV_PLACEHOLDER_EVERY === BIG_CSV_PLACEHOLDER_EVERY - 1;
        if (bad) placeholders++;
        const actual = bad ? 'x' : String(Math.round(target * (0.2 + (rows % 9) / 10)));
        const name = `乡镇${rows + 1}专利申请量`;
        chunk.push(`${name},件,${target},${actual},${target - 7},,第${rows + 1}行${note}\r\n`);
      }
      write(chunk.join(''));
    }
    return { rows, placeholders };
  } finally {
    closeSync(fd);
  }
}

export interface BadFilePaths {
  workbook: string;
  csv: string;
  truncated: string;
  truncatedHead: string;
  notZip: string;
  otherZip: string;
  encryptedMagic: string;
  legacyXls: string;
  emptyCsv: string;
  emptyXlsx: string;
  utf16leNoBom: string;
  utf16leBom: string;
  latin1: string;
  random: string;
  directory: string;
  missing: string;
}

export async function writeBadFiles(dir: string): Promise<BadFilePaths> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = (name: string, data: Uint8Array | string): string => {
    const target = path.join(dir, name);
    writeFileSync(target, data);
    return target;
  };
  const workbook = await badWorkbook();
  const zip = new JSZip();
  zip.file('readme.txt', '这不是工作簿');
  const otherZip = await zip.generateAsync({ type: 'uint8array' });
  const legacy = oleMagicOnly();
  legacy.set(utf16le('Workbook'), 256);
  const directory = path.join(dir, '指标表.csv');
  mkdirSync(directory);
  return {
    workbook: file('指标表.xlsx', workbook),
    csv: file('指标表-utf8.csv', badCsvText()),
    truncated: file('truncated.xlsx', workbook.subarray(0, Math.floor(workbook.length * 0.6))),
    truncatedHead: file('truncated-head.xlsx', workbook.subarray(0, 30)),
    notZip: file('not-zip.xlsx', badCsvText()),
    otherZip: file('other-zip.xlsx', otherZip),
    encryptedMagic: file('encrypted.xlsx', oleMagicOnly()),
    legacyXls: file('legacy.xlsx', legacy),
    emptyCsv: file('empty.csv', ''),
    emptyXlsx: file('empty.xlsx', ''),
    utf16leNoBom: file('utf16le.csv', utf16le(badCsvText())),
    utf16leBom: file('utf16le-bom.csv', Uint8Array.from([0xff, 0xfe, ...utf16le(badCsvText())])),
    latin1: file('latin1.csv', Buffer.from('Indicator,Actual\r\nCafé crème,12\r\n', 'latin1')),
    random: file('random.csv', randomBytes(4096)),
    directory,
    missing: path.join(dir, 'missing.xlsx'),
  };
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '../test/.out/bad-files');
  void writeBadFiles(dir).then((paths) => {
    const rowHeavy = writeBigCsv(path.join(dir, 'big-50mb-rows.csv'), 50 * 1024 * 1024);
    const notes = writeBigCsv(path.join(dir, 'big-50mb.csv'), 50 * 1024 * 1024, BIG_CSV_NOTE_CHARS);
    process.stdout.write(`${JSON.stringify({ ...paths, rowHeavy, notes }, null, 2)}\n`);
  });
}
