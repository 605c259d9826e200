// Lints source snippets as if they were files of the project, with its eslint.config.mjs. Every
// snippet a test file registers is linted in one ESLint process on first use (one process per
// snippet cost ≈ 1.5 s each).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

const LINT_MANY = `
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
const cases = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, source } of cases) {
  const [report] = await eslint.lintText(source, { filePath: file });
  out.push((report?.messages ?? []).map((m) => m.ruleId ?? 'fatal'));
}
process.stdout.write(JSON.stringify(out));
`;

export type LintCase = readonly [file: string, source: string, ...rest: string[]];

/** Rule ids reported for each snippet (`fatal` for a parse error), in order. */
export function lintMany(cases: readonly { file: string; source: string }[]): string[][] {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_MANY], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`eslint failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}

/** Registers snippets now and lints them all together the first time one is asked for. */
export function snippetLinter(): {
  cases<T extends LintCase>(table: T[]): T[];
  lint(file: string, source: string): string[];
} {
  const registered: { file: string; source: string }[] = [];
  let results: Map<string, string[]> | undefined;
  const key = (file: string, source: string): string => `${file}\u0000${source}`;
  const register = (file: string, source: string): void => {
    if (results !== undefined) throw new Error('register snippets before the tests run');
    registered.push({ file, source });
  };
  return {
    cases(table) {
      for (const [file, source] of table) register(file, source);
      return table;
    },
    lint(file, source) {
      if (results === undefined) {
        const reports = lintMany(registered);
        results = new Map(registered.map((c, i) => [key(c.file, c.source), reports[i] ?? []]));
      }
      const found = results.get(key(file, source));
      if (found === undefined) throw new Error(`snippet not registered: ${file}`);
      return found;
    },
  };
}
