// Performance budgets, asserted from the benchmark scripts' own figures. Ceilings sit above the
// measured values (README "Performance") so a loaded CI machine does not fail them by noise,
// while a real regression (a library pulled into start-up, an extra Office sync) still does.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { measureBundle } from '../../scripts/bench-pane';
import { FUZZ_RUNS } from '../robustness/budgets';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export const BUDGETS = {
  /** Measured 154 KiB; the goal is < 155 KiB (the empty official React template). */
  paneStartupGzipKiB: 160,
  /** One sync to read the table, one to write the marks, at 10,000 rows. */
  officeSyncsPerCheck: 2,
  /** Measured 1.5–1.7 (median of 5); target 1.5. */
  cliToExceljsRatio: 2.5,
  minFuzzRuns: 1000,
};

/** The last line a benchmark prints is its figures as JSON. */
function benchFigures(script: string): Record<string, unknown> {
  const output = execFileSync(TSX, [path.join('scripts', script)], {
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
    expect(bundle.startupGzip / 1024).toBeLessThan(BUDGETS.paneStartupGzipKiB);
    // docx and exceljs never load at start.
    const startupFiles = bundle.startup.map((f) => f.file).join(' ');
    expect(bundle.lazy.some((f) => f.raw > 500_000)).toBe(true);
    expect(startupFiles).not.toMatch(/docx|xlsx/);
  });

  it('checks 10,000 rows in Excel with at most two Office syncs', () => {
    const figures = benchFigures('bench-office.ts');
    expect(figures.rows).toBe(10_000);
    expect(Number(figures.syncsRead) + Number(figures.syncsWrite)).toBeLessThanOrEqual(
      BUDGETS.officeSyncsPerCheck,
    );
  }, 120_000);

  it('keeps the CLI check close to a plain exceljs read of the same file', () => {
    const figures = benchFigures('bench-cli.ts');
    expect(Number(figures.ratio)).toBeGreaterThan(0);
    expect(Number(figures.ratio)).toBeLessThanOrEqual(BUDGETS.cliToExceljsRatio);
  }, 300_000);

  it('fuzzes with at least 1,000 runs per property', () => {
    expect(FUZZ_RUNS).toBeGreaterThanOrEqual(BUDGETS.minFuzzRuns);
  });
});
