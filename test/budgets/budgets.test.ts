// Performance budgets, asserted from the benchmarks' own figures (test/bench). Each ceiling is a
// figure measured on the 2-core build machine (3 runs, 2026-12-02, commit b2c6697) plus a stated
// headroom: enough for noise, small enough that a real regression (a library pulled into start-up,
// an extra Office sync, a slower CLI) fails.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { measureBundle } from '../bench/pane';
import { narrativeToDocx } from '../../src/core/export/docx';
import { narrativeProseToText } from '../../src/core/export/text';
import { largeNarrative } from '../core/export/support';
import { FUZZ_RUNS } from '../robustness/budgets';
import { BUDGETS } from './ceilings';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** The last line a benchmark (test/bench) prints is its figures as JSON. */
function benchFigures(script: string, ...args: string[]): Record<string, unknown> {
  const output = execFileSync(TSX, [path.join('test', 'bench', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const last = output.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

describe('budgets', () => {
  it('keeps the JavaScript taskpane.html loads at start under the ceiling (gzip)', () => {
    const bundle = measureBundle();
    expect(bundle.startup.length).toBeGreaterThan(0);
    expect(bundle.startupGzip).toBeLessThanOrEqual(BUDGETS.paneStartupGzipBytes);
    // docx and exceljs never load at start.
    const startupFiles = bundle.startup.map((f) => f.file).join(' ');
    expect(bundle.lazy.some((f) => f.raw > 500_000)).toBe(true);
    expect(startupFiles).not.toMatch(/docx|xlsx/);
  });

  it('checks 10,000 rows in Excel in three syncs (a re-run in four) and no settings round trip', () => {
    const figures = benchFigures('office.ts', '--quick'); // 10,000 rows; the 100,000 take a minute
    expect(figures.rows).toBe(10_000);
    expect(Number(figures.syncsRead) + Number(figures.syncsWrite)).toBeLessThanOrEqual(
      BUDGETS.officeSyncsFirstCheck,
    );
    expect(Number(figures.syncsRerun)).toBeLessThanOrEqual(BUDGETS.officeSyncsRerun);
    expect(figures.settingsRoundTrips).toBe(0);
  }, 20_000); // the benchmark took 3.8–4.4 s (14.9 s in a loaded full run): ≈ 4.5×

  it('keeps the CLI check within 2× a plain exceljs read of the same file', () => {
    const figures = benchFigures('cli.ts');
    expect(Number(figures.ratio)).toBeGreaterThan(0);
    expect(Number(figures.ratio)).toBeLessThanOrEqual(BUDGETS.cliToExceljsRatio);
  }, 90_000); // the benchmark (the CLI built only when stale) took 25–27 s with a build (54 s loaded)

  it('fuzzes with at least 1,000 runs per property', () => {
    expect(FUZZ_RUNS).toBeGreaterThanOrEqual(BUDGETS.minFuzzRuns);
  });

  it('keeps the prose of 10,000 rows within 3,000 characters in both locales', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const prose = narrativeProseToText(largeNarrative(10_000, locale));
      expect(prose.length).toBeGreaterThan(1000);
      expect(prose.length).toBeLessThanOrEqual(BUDGETS.proseCharsAt10000Rows);
    }
  });

  it('keeps the .docx of 1,000 rows with its appendix under the ceiling', async () => {
    const bytes = await narrativeToDocx(largeNarrative(1000));
    expect(bytes.length).toBeGreaterThan(20_000);
    expect(bytes.length).toBeLessThanOrEqual(BUDGETS.docxBytesAt1000Rows);
  });
});
