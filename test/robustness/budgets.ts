// Budgets of the robustness suite, exported for the CI budget checks, and the figures measured
// against them (written to test/.out/robustness/figures.json, since tests may not print).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The 50 MB CSV (110,000 rows with 140-character notes) through `check`: measured ≈ 3.5 s and
 * ≈ 550 MB peak RSS on a 2-core machine; the ceilings leave room for a loaded CI box.
 */
export const BIG_CSV_BUDGET = { ms: 60_000, peakRssMb: 1536 };

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
 * ≈ 5 s and the whole robustness suite ≈ 22 s on a 2-core machine.
 */
export const FUZZ_RUNS = fuzzRuns(process.env.FUZZ_RUNS);

export function fuzzRuns(env: string | undefined): number {
  const runs = Number(env);
  return Number.isInteger(runs) && runs > 0 ? runs : DEFAULT_FUZZ_RUNS;
}

/** Runs of the .docx property: building a document costs about 100× a check. */
export const DOCX_RUNS = Math.max(10, Math.round(FUZZ_RUNS / 50));
