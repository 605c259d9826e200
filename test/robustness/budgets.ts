// Budgets of the robustness suite, exported for the CI budget checks, and the figures measured
// against them (written to test/.out/robustness/figures.json, since tests may not print).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The 50 MB CSV (110,000 rows with 140-character notes) through `check`, a fresh process each time,
 * on the 2-core build machine (2026-12-02): 6.3 s wall, 7.6 s CPU (user + system: V8's helper
 * threads count too) in this test alone; 8.1 s wall in a full run; 535–584 MB peak RSS. The time
 * is CPU time, which other test files sharing the cores do not inflate. Ceilings ≈ 2×: 15 s of CPU,
 * 1,100 MB.
 */
export const BIG_CSV_BUDGET = { ms: 15_000, peakRssMb: 1100 };

const figuresFile = path.resolve(__dirname, '../.out/robustness/figures.json');

/** Merges one measurement into the figures file (best effort: figures are informative). */
export function recordFigures(name: string, figures: Record<string, number>): void {
  mkdirSync(path.dirname(figuresFile), { recursive: true });
  let all: Record<string, unknown>;
  try {
    all = JSON.parse(readFileSync(figuresFile, 'utf8')) as Record<string, unknown>;
  } catch {
    all = {};
  }
  all[name] = { ...figures, at: new Date().toISOString() };
  writeFileSync(figuresFile, `${JSON.stringify(all, null, 2)}\n`);
}

const DEFAULT_FUZZ_RUNS = 1000;

/**
 * fast-check runs per property (env FUZZ_RUNS overrides). With the default the fuzz file takes
 * ≈ 5–9 s on the 2-core build machine.
 */
export const FUZZ_RUNS = fuzzRuns(process.env.FUZZ_RUNS);

export function fuzzRuns(env: string | undefined): number {
  const runs = Number(env);
  return Number.isInteger(runs) && runs > 0 ? runs : DEFAULT_FUZZ_RUNS;
}

/** Runs of the .docx property: building a document costs about 100× a check. */
export const DOCX_RUNS = Math.max(10, Math.round(FUZZ_RUNS / 50));

/** A .docx run took 20–36 ms (0.4–0.7 s for the default 20 runs): 100 ms a run is ≈ 3×. */
export const DOCX_TIMEOUT_MS = DOCX_RUNS * 100;
