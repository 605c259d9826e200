// File-level trouble for the CLI: damaged, disguised, encrypted and empty workbooks, CSVs in
// encodings we refuse, a folder, a missing file, and a 50 MB CSV. Every run goes through the real
// launcher with sockets forbidden; every input must be byte-identical afterwards.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  BIG_CSV_NOTE_CHARS,
  BIG_CSV_PLACEHOLDER_EVERY,
  writeBadFiles,
  writeBigCsv,
  type BadFilePaths,
} from '../fixtures/generate/bad';
import { SETUP_TIMEOUT_MS, ensureBuilt } from '../cli/support';
import { BIG_CSV_BUDGET, recordFigures } from './budgets';
import { root, runCliMeasured, type CliResult } from './cliRun';

const dir = path.join(root, 'test/.out/robustness-files');
const AS_OF = ['--as-of', '2026-06-30'];
let files: BadFilePaths;
const hashes = new Map<string, string>();

const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

function remember(...paths: string[]): void {
  for (const file of paths) hashes.set(file, sha256(file));
}

function expectUntouched(file: string): void {
  expect(sha256(file)).toBe(hashes.get(file));
}

beforeAll(async () => {
  ensureBuilt();
  files = await writeBadFiles(dir);
  const { directory, missing, ...regular } = files;
  remember(...Object.values(regular));
  expect(existsSync(missing)).toBe(false);
  expect(statSync(directory).isDirectory()).toBe(true);
}, SETUP_TIMEOUT_MS);

/** A refusal: exit 2, nothing on stdout, exactly one line on stderr naming the file, no stack. */
function expectRefusal(run: CliResult, file: string, reason: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(reason);
  expect(run.stderr).toContain(path.basename(file));
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|Internal error/);
}

type FileKey = keyof BadFilePaths;

describe('unreadable files: exit 2 with one clear line, input untouched', () => {
  const cases: [string, FileKey, RegExp, RegExp][] = [
    ['a truncated .xlsx', 'truncated', /is damaged and cannot be opened/, /已损坏/],
    ['an .xlsx cut after 30 bytes', 'truncatedHead', /is damaged/, /已损坏/],
    ['CSV text named .xlsx', 'notZip', /is not an \.xlsx workbook/, /不是 \.xlsx 工作簿/],
    ['a zip without a workbook named .xlsx', 'otherZip', /is not an \.xlsx workbook/, /不是/],
    ['an encrypted .xlsx (OLE magic + padding)', 'encryptedMagic', /is encrypted/, /已加密/],
    ['a legacy .xls named .xlsx', 'legacyXls', /legacy \.xls workbook/, /旧版 \.xls/],
    ['an empty .csv', 'emptyCsv', /is empty/, /是空文件/],
    ['an empty .xlsx', 'emptyXlsx', /is not an \.xlsx workbook/, /不是 \.xlsx 工作簿/],
    ['UTF-16LE without BOM', 'utf16leNoBom', /is not a text CSV file/, /不是文本 CSV/],
    ['UTF-16LE with BOM', 'utf16leBom', /Cannot tell the encoding/, /编码无法识别/],
    ['Latin-1 text', 'latin1', /Cannot tell the encoding/, /编码无法识别/],
    ['4 KB of random bytes', 'random', /is not a text CSV file/, /不是文本 CSV/],
    ['a folder instead of a file', 'directory', /is a folder/, /是文件夹/],
    ['a file that does not exist', 'missing', /File not found/, /找不到文件/],
  ];

  it.each(cases)('%s', (_, key, english, chinese) => {
    const file = files[key];
    expectRefusal(runCliMeasured(['check', file, '--locale', 'en-US']), file, english);
    expectRefusal(runCliMeasured(['check', file, '--format', 'json']), file, chinese);
    if (hashes.has(file)) expectUntouched(file);
  });
});

describe('every command on a workbook full of bad cells leaves it byte-identical', () => {
  const out = (name: string): string => path.join(dir, name);

  it.each<[string, string[]]>([
    ['text', []],
    ['json', ['--format', 'json']],
    ['html --out', ['--format', 'html', '--out', out('总结.html')]],
    ['docx --out', ['--format', 'docx', '--out', out('总结.docx')]],
    ['--annotate', ['--annotate', out('批注.xlsx')]],
    ['en-US text', ['--locale', 'en-US']],
  ])('check %s', (_, extra) => {
    for (const file of [files.workbook, files.csv]) {
      const run = runCliMeasured(['check', file, ...AS_OF, ...extra]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expectUntouched(file);
    }
  });

  it('reports the bad cells at their addresses (json)', () => {
    const run = runCliMeasured(['check', files.workbook, ...AS_OF, '--format', 'json']);
    const body = JSON.parse(run.stdout) as { issues: { code: string; cell: string }[] };
    expect(body.issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      'parts-sum-mismatch@D3',
      'not-a-number@D7',
      'approximate-value@D9',
      'not-a-number@D10',
      'not-a-number@D14',
      'unknown-parent@F14',
    ]);
  });

  it('writes no markup from cell text into the HTML', () => {
    const html = readFileSync(out('总结.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
  });
});

describe('a 50 MB CSV', () => {
  const big = path.join(dir, 'big-50mb.csv');
  const report = path.join(dir, 'big-50mb.txt');
  let written: { rows: number; placeholders: number };

  beforeAll(() => {
    written = writeBigCsv(big, 50 * 1024 * 1024, BIG_CSV_NOTE_CHARS);
    remember(big);
  }, 2_000); // writing it took 0.42–0.45 s: ≈ 4.5×

  afterAll(() => {
    rmSync(big, { force: true });
    rmSync(report, { force: true });
  });

  const { ms, peakRssMb } = BIG_CSV_BUDGET;
  it(`is checked within ${ms / 1000} s of CPU and ${peakRssMb} MB peak RSS, input untouched`, () => {
    // CPU time, not wall time: other test files share the cores. Killed only far past the budget.
    const run = runCliMeasured(['check', big, ...AS_OF], { stdoutFile: report, timeoutMs: 4 * ms });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(written.placeholders).toBe(Math.floor(written.rows / BIG_CSV_PLACEHOLDER_EVERY));
    const text = readFileSync(report, 'utf8');
    expect(text).toContain(String(written.rows));
    expect(run.cpuMs).toBeGreaterThan(0);
    expect(run.cpuMs).toBeLessThan(ms);
    expect(run.peakRssMb).toBeLessThan(peakRssMb);
    expectUntouched(big);
    recordFigures('cli50MbCsv', {
      bytes: statSync(big).size,
      rows: written.rows,
      ms: Math.round(run.ms),
      cpuMs: Math.round(run.cpuMs),
      peakRssMb: Math.round(run.peakRssMb),
    });
  }, 30_000); // took 4.8–5.0 s; the child is killed at 2 × ms (20 s), then 50 MB are read and hashed
});
