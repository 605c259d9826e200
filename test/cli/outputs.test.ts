// End to end: --annotate (a marked copy, the input untouched), --format html and docx.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeCliFixtures, type CliFixturePaths } from '../fixtures/generate/cli';
import { SETUP_TIMEOUT_MS, ensureBuilt, outDir, runCli, sha256 } from './support';

let f: CliFixturePaths;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = outDir('outputs');
  f = await writeCliFixtures(dir);
}, SETUP_TIMEOUT_MS);

const AS_OF = ['--as-of', '2026-06-30'];
// The marking rule's colours (core TONE_COLORS), the same as in Excel.
const BEHIND = 'FFFFEB9C';
const SEVERELY_BEHIND = 'FFFFC7CE';
const INVALID = 'FFE4DFEC';

async function openSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`no sheet in ${file}`);
  return sheet;
}

const fillOf = (sheet: ExcelJS.Worksheet, address: string): string | null => {
  const fill = sheet.getCell(address).fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb ?? null;
};

describe('--annotate', () => {
  it('writes a marked copy and leaves the input byte-identical', async () => {
    const before = sha256(f.errorXlsx);
    const copy = path.join(dir, 'annotated.xlsx');
    const run = runCli(['check', f.errorXlsx, ...AS_OF, '--annotate', copy, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.total).toBe(8);
    expect(sha256(f.errorXlsx)).toBe(before);

    const sheet = await openSheet(copy);
    expect(sheet.getCell('G2').value).toBe('核验状态');
    expect(sheet.getCell('G4').value).toBe('达序时');
    expect(sheet.getCell('G8').value).toBe('数据错误');
    expect(sheet.getCell('G10').value).toBe('滞后');
    expect(fillOf(sheet, 'G10')).toBeNull(); // labels are not filled; the figures are
    expect(fillOf(sheet, 'D10')).toBe(BEHIND);
    expect(fillOf(sheet, 'G8')).toBeNull();
    expect(fillOf(sheet, 'D8')).toBe(INVALID);
    expect(fillOf(sheet, 'D4')).toBeNull();
    // Issues are notes on the status cell of their row, never on the user's cells.
    expect(String(sheet.getCell('G8').note)).toContain('#DIV/0!');
    expect(sheet.getCell('D8').note).toBeUndefined();
    // User cells are kept: the title, the formula and its cached result.
    expect(sheet.getCell('A1').value).toBe('2026年上半年科技工作指标完成情况');
    expect(sheet.getCell('D4').value).toEqual({ formula: 'SUM(D5:D7)', result: 331 });
    expect(fillOf(sheet, 'D5')).toBeNull();
  });

  it('marks severely behind cells and writes English headers for en-US', async () => {
    const copy = path.join(dir, 'annotated-en.xlsx');
    const run = runCli(['check', f.xlsx, ...AS_OF, '--annotate', copy, '--locale', 'en-US']);
    expect(run.code).toBe(0);
    const sheet = await openSheet(copy);
    expect(sheet.getCell('G2').value).toBe('Status');
    expect(sheet.getCell('G8').value).toBe('Severely behind');
    expect(fillOf(sheet, 'D8')).toBe(SEVERELY_BEHIND);
  });

  it('turns a GB18030 CSV into a marked workbook', async () => {
    const before = sha256(f.csvGb18030);
    const copy = path.join(dir, 'annotated-csv.xlsx');
    expect(runCli(['check', f.csvGb18030, ...AS_OF, '--annotate', copy]).code).toBe(0);
    expect(sha256(f.csvGb18030)).toBe(before);
    const sheet = await openSheet(copy);
    expect(sheet.getCell('A3').value).toBe('专利申请量');
    expect(sheet.getCell('D3').value).toBe(331);
    expect(sheet.getCell('G1').value).toBe('核验状态');
    expect(sheet.getCell('G9').value).toBe('滞后');
  });

  it.each([
    ['the same path', (file: string) => file],
    [
      'the same file by another path',
      (file: string) => path.join(path.dirname(file), '.', path.basename(file)),
    ],
  ])('refuses to write onto the input (%s)', (_name, target) => {
    const before = sha256(f.xlsx);
    const run = runCli(['check', f.xlsx, '--annotate', target(f.xlsx)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^--annotate 不能写回输入文件/);
    expect(sha256(f.xlsx)).toBe(before);
  });

  it('fails before printing anything when the copy cannot be written', () => {
    const copy = path.join(dir, 'no-such-folder', 'copy.xlsx');
    const run = runCli(['check', f.xlsx, '--format', 'json', '--annotate', copy]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^无法写入 .*copy\.xlsx：ENOENT\n$/);
  });

  it('refuses several files', () => {
    const copy = path.join(dir, 'never.xlsx');
    const run = runCli(['check', f.countyA, f.countyB, '--annotate', copy]);
    expect(run.code).toBe(2);
    expect(existsSync(copy)).toBe(false);
  });
});

describe('--format html', () => {
  it('prints a UTF-8 page with the narrative', () => {
    const run = runCli(['check', f.xlsx, ...AS_OF, '--format', 'html']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(run.stdout).toMatch(/<meta charset="utf-8">/i);
    const narrative = JSON.parse(runCli(['check', f.xlsx, ...AS_OF, '--format', 'json']).stdout)
      .narrative.paragraphs as string[];
    const text = run.stdout.replace(/<[^>]+>/g, '');
    expect(text).toContain('专利申请');
    expect(narrative.length).toBeGreaterThan(0);
  });

  it('writes the page to --out', () => {
    const out = path.join(dir, '总结.html');
    expect(runCli(['check', f.xlsx, ...AS_OF, '--format', 'html', '--out', out])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe('--format docx', () => {
  it('writes a Word document whose text is the narrative', async () => {
    const out = path.join(dir, '总结.docx');
    const run = runCli(['check', f.xlsx, ...AS_OF, '--format', 'docx', '--out', out]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toBeDefined();
    const text = (documentXml ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('专利申请');
    expect(documentXml).toContain('仿宋_GB2312');
  });
});
