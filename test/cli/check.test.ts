// End to end: `check` on xlsx and csv files, the JSON contract, the text report, exit codes.
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import packageJson from '../../package.json';
import {
  largeTable,
  makeXlsx,
  writeCliFixtures,
  type CliFixturePaths,
} from '../fixtures/generate/cli';
import {
  REPORT_FIELDS,
  SETUP_TIMEOUT_MS,
  ensureBuilt,
  outDir,
  root,
  runCli,
  sha256,
} from './support';

let f: CliFixturePaths;
let hashes: Map<string, string>;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = outDir('check');
  f = await writeCliFixtures(dir);
  hashes = new Map(Object.values(f).map((file) => [file, sha256(file)]));
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  for (const [file, hash] of hashes) expect(sha256(file)).toBe(hash);
});

const AS_OF = ['--as-of', '2026-06-30'];

function json(args: string[]): { code: number | null; body: Record<string, unknown> } {
  const run = runCli(['check', ...args, ...AS_OF, '--format', 'json']);
  expect(run.stderr).toBe('');
  return { code: run.code, body: JSON.parse(run.stdout) as Record<string, unknown> };
}

type Row = Record<string, unknown> & { name: string };
const indicatorsOf = (body: Record<string, unknown>): Row[] => body.indicators as Row[];
const byName = (body: Record<string, unknown>, name: string): Row | undefined =>
  indicatorsOf(body).find((indicator) => indicator.name === name);

describe('check --format json', () => {
  it('is compact into a pipe and indented at a terminal, with the same content', () => {
    const piped = runCli(['check', f.xlsx, ...AS_OF, '--format', 'json']);
    expect(piped.stdout.trimEnd()).not.toContain('\n');
    // util-linux `script` gives the CLI a pseudo-terminal as its standard output.
    const bin = path.join(root, 'bin/indicator-assistant.cjs');
    const command = [process.execPath, bin, 'check', f.xlsx, ...AS_OF, '--format', 'json']
      .map((word) => `'${word}'`)
      .join(' ');
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(tty.status).toBe(0);
    const shown = tty.stdout.replace(/\r\n/g, '\n');
    expect(shown).toContain('\n  "asOf": "2026-06-30",\n');
    expect(JSON.parse(shown)).toEqual(JSON.parse(piped.stdout));
  });

  it('prints exactly the fields of the contract for an xlsx with a title row', () => {
    const { code, body } = json([f.xlsx]);
    expect(code).toBe(0);
    expect(Object.keys(body)).toEqual(REPORT_FIELDS);
    expect(body.asOf).toBe('2026-06-30');
    expect(body.asOfSource).toBe('option');
    expect(body.asOfPeriod).toBeNull();
    expect(body.asOfNote).toBe('按指定日期2026-06-30核验');
    expect(body.expectedProgress).toBe(0.5);
    expect(body.summary).toEqual({
      total: 8,
      done: 0,
      onTrack: 6,
      behind: 1,
      severelyBehind: 1,
      noTarget: 0,
      invalid: 0,
      qualitative: 0,
    });
    expect(body.evaluation).toBeNull();
    expect(byName(body, '专利申请量')).toEqual({
      name: '专利申请量',
      row: 4,
      unit: '件',
      category: 'patent',
      parent: null,
      group: [],
      target: 600,
      actual: 331,
      lastYear: 240,
      completionRate: expect.closeTo(331 / 600, 9),
      yoyGrowth: expect.closeTo(91 / 240, 9),
      yoyChangePoints: null,
      status: 'on-track',
      cells: { name: 'A4', target: 'C4', actual: 'D4', lastYear: 'E4' },
      targetOp: null,
      targetText: '600',
      actualText: '331',
      direction: 'higher',
      qualitative: false,
      assessment: null,
      maxScore: null,
      score: null,
      tableScore: null,
    });
    expect(byName(body, '发明专利申请')?.parent).toBe('专利申请量');
    expect(byName(body, '高新技术企业数')?.status).toBe('severely-behind');
    expect(byName(body, '科技培训')?.status).toBe('behind');
    expect(body.issues).toEqual([]);
    const narrative = body.narrative as { locale: string; paragraphs: unknown[] };
    expect(narrative.locale).toBe('zh-CN');
    expect(narrative.paragraphs.length).toBeGreaterThan(0);
    expect(narrative.paragraphs.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
  });

  it('reads 0.021 formatted 0.00% as 2.1 % with the change in points', () => {
    const rate = byName(json([f.xlsx]).body, '研发投入强度');
    expect(rate).toMatchObject({ unit: '%', target: 2.5, actual: 2.1, lastYear: 1.9 });
    expect(rate?.yoyChangePoints).toBeCloseTo(0.2, 9);
    expect(rate?.completionRate).toBeCloseTo(0.84, 9);
  });

  it.each([
    ['UTF-8', 'csvUtf8'],
    ['UTF-8 with BOM', 'csvBom'],
    ['GB18030', 'csvGb18030'],
  ] as const)('reads a CSV in %s with rows as line numbers', (_name, key) => {
    const { code, body } = json([f[key]]);
    expect(code).toBe(0);
    expect(indicatorsOf(body).map((i) => [i.row, i.name])).toEqual([
      [2, '研发经费投入'],
      [3, '专利申请量'],
      [4, '发明专利申请'],
      [5, '实用新型专利申请'],
      [6, '外观设计专利申请'],
      [7, '高新技术企业数'],
      [8, '研发投入强度'],
      [9, '科技培训'],
    ]);
    expect(byName(body, '研发投入强度')).toMatchObject({ target: 2.5, actual: 2.1 });
    expect(JSON.stringify(body)).not.toContain('\ufffd');
  });

  it('gives the same report for the three CSV encodings', () => {
    const [utf8, bom, gb] = [f.csvUtf8, f.csvBom, f.csvGb18030].map((file) => json([file]).body);
    expect(bom).toEqual(utf8);
    expect(gb).toEqual(utf8);
  });

  it('exits 1 on a table error and still prints the report with a zh-CN message', () => {
    const { code, body } = json([f.errorXlsx]);
    expect(code).toBe(1);
    expect(body.issues).toEqual([
      {
        code: 'not-a-number',
        severity: 'error',
        cell: 'D8',
        row: 8,
        indicator: '高新技术企业数',
        message: expect.stringContaining('#DIV/0!'),
      },
    ]);
    expect((body.issues as { message: string }[])[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(byName(body, '高新技术企业数')).toMatchObject({ actual: null, status: 'invalid' });
  });

  it('renders messages and the narrative in en-US', () => {
    const run = runCli(['check', f.errorXlsx, ...AS_OF, '--format', 'json', '--locale', 'en-US']);
    const body = JSON.parse(run.stdout) as {
      issues: { message: string }[];
      narrative: { locale: string };
    };
    expect(run.code).toBe(1);
    expect(body.narrative.locale).toBe('en-US');
    expect(body.issues[0]?.message).toMatch(/^D8: /);
    expect(body.issues[0]?.message).not.toMatch(/[，。：]/);
  });

  it('uses --progress and --severe-gap', () => {
    const { body } = json([f.xlsx, '--progress', '0.25', '--severe-gap', '0.05']);
    expect(body.expectedProgress).toBe(0.25);
    expect(byName(body, '高新技术企业数')?.status).toBe('behind');
    expect(byName(body, '科技培训')?.status).toBe('on-track');
  });

  it('reads the sheet named by --sheet', () => {
    const { code, body } = json([f.twoSheets, '--sheet', '县区']);
    expect(code).toBe(0);
    expect(byName(body, '专利申请量')?.actual).toBe(662);
  });

  it('writes the JSON to --out and nothing to stdout', () => {
    const out = path.join(dir, 'report.json');
    const run = runCli(['check', f.xlsx, ...AS_OF, '--format', 'json', '--out', out]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.total).toBe(8);
  });
});

describe('check --format text', () => {
  it('prints the summary, the indicators, the issues and the narrative', () => {
    const run = runCli(['check', f.errorXlsx, ...AS_OF]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('文件：error.xlsx（工作表“指标”）');
    expect(lines[1]).toBe('按指定日期2026-06-30核验，序时进度 50%');
    expect(lines[2]).toBe(
      '指标 8 项：已完成 0，达序时 6，滞后 1，严重滞后 0，无目标 0，数据错误 1',
    );
    expect(run.stdout).toContain('  第4行  专利申请量  完成 55.2%  达序时\n');
    expect(run.stdout).toMatch(/\n问题（1）：\n {2}【错误】D8：.*#DIV\/0!/);
    expect(run.stdout).toContain('\n工作总结：\n');
  });

  it('prints English labels for en-US', () => {
    const run = runCli(['check', f.csvUtf8, ...AS_OF, '--locale', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'File: utf8.csv',
      'Checked as of 2026-06-30, the date given; expected progress 50%',
      '8 indicators: 0 done, 6 on track, 1 behind, 1 severely behind, 0 without target, 0 invalid',
    ]);
    expect(run.stdout).toContain('\nIssues: none\n');
  });
});

describe('exit code 2: one line on stderr, nothing on stdout', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['check', path.join(dir, 'nope.xlsx')], /^找不到文件 .*nope\.xlsx$/],
    ['a table without a header', () => ['check', f.noHeaderCsv], /找不到表头/],
    ['a sheet without a header', () => ['check', f.twoSheets, '--sheet', '封面'], /找不到表头/],
    [
      'an unknown sheet',
      () => ['check', f.twoSheets, '--sheet', '无此表'],
      /没有名为“无此表”的工作表，现有：县区, 封面$/,
    ],
    ['an encrypted workbook', () => ['check', f.encrypted], /已加密/],
    ['a text file named .xlsx', () => ['check', f.notXlsx], /不是 \.xlsx 工作簿/],
    ['a truncated workbook', () => ['check', f.truncated], /已损坏/],
    ['a folder', () => ['check', dir], /是文件夹/],
    ['an unknown option', () => ['check', f.xlsx, '--bogus'], /^未知选项 --bogus/],
    ['a bad date', () => ['check', f.xlsx, '--as-of', '2026-13-01'], /--as-of 须为/],
    ['a bad fraction', () => ['check', f.xlsx, '--progress', '2'], /--progress 须为 0 到 1/],
    ['a bad format', () => ['check', f.xlsx, '--format', 'pdf'], /json\|text\|html\|docx/],
    ['docx without --out', () => ['check', f.xlsx, '--format', 'docx'], /--out/],
    ['no command', () => [], /缺少命令/],
    ['no file', () => ['check'], /缺少要核验的文件/],
    ['--out onto the input', () => ['check', f.csvUtf8, '--out', f.csvUtf8], /不能覆盖输入文件/],
    [
      'an English missing file',
      () => ['check', 'nope.csv', '--locale', 'en-US'],
      /^File not found: nope\.csv$/,
    ],
    [
      'an English bad option',
      () => ['--locale', 'en-US', 'check', 'x', '--bogus'],
      /^Unknown option --bogus/,
    ],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const run = runCli(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports every unreadable file, one line each', () => {
    const run = runCli(['check', f.xlsx, 'a.csv', f.noHeaderCsv, '--locale', 'en-US']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'File not found: a.csv',
      expect.stringMatching(/^No header row found in .*no-header\.csv/),
    ]);
  });

  it('refuses a CSV in an unknown encoding instead of printing mojibake', () => {
    const file = path.join(dir, 'shift-jis.csv');
    writeFileSync(file, Uint8Array.of(0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x2c, 0x31, 0x0a));
    const run = runCli(['check', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/编码无法识别/);
  });
});

describe('help and version', () => {
  it('prints the usage with the options, the JSON shape and the exit codes', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^用法：indicator-assistant check/);
    for (const option of [
      '--sheet',
      '--as-of',
      '--progress',
      '--severe-gap',
      '--locale',
      '--format',
    ]) {
      expect(run.stdout).toContain(option);
    }
    for (const option of [
      '--out',
      '--annotate',
      '--templates',
      '--rollup',
      '"reports"',
      '退出码',
    ]) {
      expect(run.stdout).toContain(option);
    }
  });

  it('prints English usage for en-US', () => {
    expect(runCli(['--help', '--locale', 'en-US']).stdout).toMatch(
      /^Usage: indicator-assistant check/,
    );
  });

  it('prints the package version', () => {
    expect(runCli(['--version'])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const large = path.join(dir, 'large.xlsx');
    writeFileSync(large, await makeXlsx(largeTable(2000)));
    const bin = path.join(root, 'bin/indicator-assistant.cjs');
    const child = spawn(process.execPath, [bin, 'check', large, '--format', 'json']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says how to build when the bundle is missing', () => {
    const binDir = path.join(dir, 'unbuilt/bin');
    mkdirSync(binDir, { recursive: true });
    copyFileSync(path.join(root, 'bin/indicator-assistant.cjs'), path.join(binDir, 'launcher.cjs'));
    const run = spawnSync(process.execPath, [path.join(binDir, 'launcher.cjs'), '--help'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/npm run build:cli/);
  });
});
