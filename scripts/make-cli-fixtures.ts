// Fixture files for the CLI tests and benchmark, generated at test time (never committed):
// county workbooks with a title row, % formats, a formula and an error cell; CSVs in UTF-8,
// UTF-8 with BOM and GB18030. Run directly to write them to test/.out/cli-fixtures.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

type Cell = string | number | null | { formula: string; result: number | { error: string } };
export interface FixtureTable {
  title: string | null;
  header: string[];
  rows: Cell[][];
  /** Number format per column index (0-based), applied to every body row. */
  formats?: Record<number, string>;
}

export const HEADER = ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'];

/** A county table: 专利申请 331 = 65 + 156 + 110 (formula), 研发投入强度 as 0.00%. */
export function countyTable(scale = 1): FixtureTable {
  const n = (value: number): number => Math.round(value * scale * 100) / 100;
  return {
    title: '2026年上半年科技工作指标完成情况',
    header: HEADER,
    rows: [
      ['研发经费投入', '亿元', n(3), n(1.6), n(1.3), null],
      ['专利申请量', '件', n(600), { formula: 'SUM(D5:D7)', result: n(331) }, n(240), null],
      ['发明专利申请', '件', n(120), n(65), n(50), '专利申请量'],
      ['实用新型专利申请', '件', n(300), n(156), n(110), '专利申请量'],
      ['外观设计专利申请', '件', n(180), n(110), n(80), '专利申请量'],
      ['高新技术企业数', '家', n(50), n(12), n(18), null],
      ['研发投入强度', '%', 0.025, 0.021, 0.019, null],
      ['科技培训', '人次', n(5000), n(2000), n(2400), null],
    ],
    formats: {},
  };
}

/** The same table with an Excel error where a number should be (exit code 1). */
export function errorTable(): FixtureTable {
  const table = countyTable();
  const broken = table.rows[5];
  if (broken) broken[3] = { formula: 'D3/0', result: { error: '#DIV/0!' } };
  return table;
}

const PERCENT_ROW_NAME = '研发投入强度';

export async function makeXlsx(
  table: FixtureTable,
  sheetName = '指标',
  extraSheets: string[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const width = table.header.length;
  if (table.title !== null) {
    sheet.addRow([table.title]);
    sheet.mergeCells(1, 1, 1, width);
  }
  sheet.addRow(table.header).font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells);
    if (cells[0] === PERCENT_ROW_NAME) {
      for (const col of [3, 4, 5]) row.getCell(col).numFmt = '0.00%';
    }
    for (const [col, format] of Object.entries(table.formats ?? {})) {
      row.getCell(Number(col) + 1).numFmt = format;
    }
  }
  for (const name of extraSheets) workbook.addWorksheet(name).addRow(['说明', '空表']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell === 'object') {
    return typeof cell.result === 'number' ? String(cell.result) : cell.result.error;
  }
  const text = String(cell);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV text as Excel writes it: no title row, CRLF line ends, percentages as text. */
export function csvText(table: FixtureTable): string {
  const rows = table.rows.map((cells) =>
    cells[0] === PERCENT_ROW_NAME
      ? cells.map((cell) =>
          typeof cell === 'number' ? `${Math.round(cell * 10000) / 100}%` : cell,
        )
      : cells,
  );
  return (
    [table.header, ...rows].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n'
  );
}

let gbTable: Map<string, number[]> | null = null;

/** Reverse of Node's GB18030 decoder over the two-byte space (every Chinese character we use). */
function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const pairs: number[][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  const decoded = new TextDecoder('gb18030').decode(Uint8Array.from(pairs.flat()));
  if (decoded.length !== pairs.length) throw new Error('GB18030 decoder is not two-byte aligned');
  gbTable = new Map();
  pairs.forEach((pair, i) => {
    const ch = decoded[i] as string;
    if (!gbTable?.has(ch)) gbTable?.set(ch, pair);
  });
  return gbTable;
}

export function encodeGb18030(text: string): Uint8Array {
  const table = gb18030Table();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`No two-byte GB18030 code for ${ch}`);
    bytes.push(...pair);
  }
  const encoded = Uint8Array.from(bytes);
  if (new TextDecoder('gb18030').decode(encoded) !== text) throw new Error('GB18030 round trip');
  return encoded;
}

export type CsvEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

export function makeCsv(table: FixtureTable, encoding: CsvEncodingName): Uint8Array {
  const text = csvText(table);
  if (encoding === 'gb18030') return encodeGb18030(text);
  const utf8 = new TextEncoder().encode(text);
  return encoding === 'utf-8' ? utf8 : Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
}

/** A workbook of `rows` generated indicators (for the benchmark). */
export function largeTable(rows: number): FixtureTable {
  const body: Cell[][] = [];
  for (let i = 0; i < rows; i++) {
    const target = 100 + (i % 900);
    body.push([
      `指标${i + 1}`,
      '件',
      target,
      Math.round(target * (0.3 + (i % 7) / 10)),
      target - 10,
      null,
    ]);
  }
  return { title: '2026年上半年科技工作指标完成情况', header: HEADER, rows: body };
}

export interface CliFixturePaths {
  xlsx: string;
  errorXlsx: string;
  twoSheets: string;
  countyA: string;
  countyB: string;
  csvUtf8: string;
  csvBom: string;
  csvGb18030: string;
  noHeaderCsv: string;
  notXlsx: string;
  encrypted: string;
  truncated: string;
}

/** OLE compound-file header followed by the directory name Excel gives an encrypted package. */
export function oleEncryptedBytes(): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const bytes = new Uint8Array(1536);
  bytes.set(header, 0);
  bytes.set(name, 1024);
  return bytes;
}

export async function writeCliFixtures(dir: string): Promise<CliFixturePaths> {
  mkdirSync(dir, { recursive: true });
  const file = (name: string, data: Uint8Array | string): string => {
    const target = path.join(dir, name);
    writeFileSync(target, data);
    return target;
  };
  const xlsxBytes = await makeXlsx(countyTable());
  return {
    xlsx: file('指标表.xlsx', xlsxBytes),
    errorXlsx: file('error.xlsx', await makeXlsx(errorTable())),
    twoSheets: file('two-sheets.xlsx', await makeXlsx(countyTable(2), '县区', ['封面'])),
    countyA: file('county-a.xlsx', await makeXlsx(countyTable(1))),
    countyB: file('county-b.xlsx', await makeXlsx(countyTable(0.5))),
    csvUtf8: file('utf8.csv', makeCsv(countyTable(), 'utf-8')),
    csvBom: file('utf8-bom.csv', makeCsv(countyTable(), 'utf-8-bom')),
    csvGb18030: file('gb18030.csv', makeCsv(countyTable(), 'gb18030')),
    noHeaderCsv: file('no-header.csv', '1,2,3\r\n4,5,6\r\n'),
    notXlsx: file('not-really.xlsx', 'just some text, not a workbook\n'),
    encrypted: file('encrypted.xlsx', oleEncryptedBytes()),
    truncated: file('truncated.xlsx', xlsxBytes.subarray(0, Math.floor(xlsxBytes.length / 2))),
  };
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '../test/.out/cli-fixtures');
  void writeCliFixtures(dir).then((paths) => {
    process.stdout.write(`${JSON.stringify(paths, null, 2)}\n`);
  });
}
