// End to end: several files (one report each), --rollup (county tables into the city's).
import { writeCliFixtures, type CliFixturePaths } from '../fixtures/generate/cli';
import { REPORT_FIELDS, SETUP_TIMEOUT_MS, ensureBuilt, outDir, runCli } from './support';

let f: CliFixturePaths;

beforeAll(async () => {
  ensureBuilt();
  f = await writeCliFixtures(outDir('batch'));
}, SETUP_TIMEOUT_MS);

const AS_OF = ['--as-of', '2026-06-30'];

interface Report {
  file?: string;
  summary: Record<string, number>;
  indicators: { name: string; target: number | null; actual: number | null; status: string }[];
  issues: { code: string; cell: string; file?: string | null }[];
  narrative: { locale: string; paragraphs: string[] };
}

const find = (report: Report, name: string) => report.indicators.find((i) => i.name === name);

describe('several files', () => {
  it('prints {"reports": [...]} with a file field on each report', () => {
    const run = runCli(['check', f.countyA, f.errorXlsx, ...AS_OF, '--format', 'json']);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { reports: Report[] };
    expect(Object.keys(body)).toEqual(['reports']);
    expect(body.reports.map((r) => r.file)).toEqual([f.countyA, f.errorXlsx]);
    expect(Object.keys(body.reports[0] ?? {})).toEqual(['file', ...REPORT_FIELDS]);
    expect(body.reports[0]?.issues).toEqual([]);
    expect(body.reports[1]?.issues.map((i) => [i.code, i.cell])).toEqual([['not-a-number', 'D8']]);
  });

  it('prints one text report per file', () => {
    const run = runCli(['check', f.countyA, f.csvGb18030, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('文件：county-a.xlsx（工作表“指标”）\n');
    expect(run.stdout).toContain('文件：gb18030.csv\n');
    expect(run.stdout.match(/工作总结：/g)).toHaveLength(2);
  });

  it('puts each file under its own heading in html', () => {
    const run = runCli(['check', f.countyA, f.countyB, ...AS_OF, '--format', 'html']);
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/<[^>]+>/g, '');
    expect(text.indexOf('county-a.xlsx')).toBeGreaterThan(-1);
    expect(text.indexOf('county-b.xlsx')).toBeGreaterThan(text.indexOf('county-a.xlsx'));
  });
});

describe('--rollup', () => {
  it('adds the same indicators across county files into one report', () => {
    const run = runCli(['check', f.countyA, f.countyB, ...AS_OF, '--format', 'json', '--rollup']);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as Report;
    expect(body.file).toBeUndefined();
    expect(body.summary.total).toBe(8);
    expect(find(body, '专利申请量')).toMatchObject({ target: 900, actual: 496.5 });
    expect(find(body, '发明专利申请')).toMatchObject({ target: 180, actual: 97.5 });
    expect(find(body, '研发经费投入')).toMatchObject({
      target: 4.5,
      actual: 2.4,
      status: 'on-track',
    });
    expect(body.narrative.paragraphs.length).toBeGreaterThan(0);
  });

  it('says which file each issue comes from and exits 1 on table errors', () => {
    const run = runCli(['check', f.countyA, f.errorXlsx, ...AS_OF, '--format', 'json', '--rollup']);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as Report;
    const issue = body.issues.find((i) => i.code === 'not-a-number');
    expect(issue).toMatchObject({ cell: 'D8', file: f.errorXlsx });
  });

  it('names the files in the text report', () => {
    const run = runCli(['check', f.countyA, f.countyB, ...AS_OF, '--rollup']);
    expect(run.stdout.split('\n')[0]).toBe('汇总 2 个文件：county-a.xlsx、county-b.xlsx');
  });
});
