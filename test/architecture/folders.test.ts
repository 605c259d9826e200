// scripts/ (project tooling) and test/ (tests, their fixtures, harnesses and benchmarks) do not
// import each other: shared fixtures live in test/fixtures, benchmarks in test/bench. Running a
// script as a process (spawnSync('…/scripts/x.mjs')) is not an import and is allowed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const SOURCE = /\.(?:[cm]?[jt]s|tsx)$/;
const SPECIFIER = [
  // import x from '…', import type { x } from '…', export { x } from '…', export * from '…'
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  // import '…' (side effects only)
  /\bimport\s*['"]([^'"]+)['"]/g,
  // import('…'), require('…'), require.resolve('…'), jest.mock('…'), jest.requireActual('…')
  /\b(?:import|require(?:\.resolve)?|jest\.(?:mock|doMock|requireActual))\s*\(\s*['"`]([^'"`]+)['"`]/g,
];

/** Every module specifier in a source text. */
function specifiers(text: string): string[] {
  return SPECIFIER.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.out' ? [] : sourceFiles(relative);
    return SOURCE.test(entry.name) ? [relative] : [];
  });
}

const topFolder = (relative: string): string => relative.split(path.sep)[0] ?? '';

/** Imports from a file in one of scripts/ and test/ into the other, as "file → specifier". */
function crossImports(file: string, text: string): string[] {
  const from = topFolder(file);
  const other = from === 'scripts' ? 'test' : 'scripts';
  return specifiers(text)
    .filter((spec) => spec.startsWith('.'))
    .filter(
      (spec) =>
        topFolder(path.relative(root, path.resolve(root, path.dirname(file), spec))) === other,
    )
    .map((spec) => `${file} → ${spec}`);
}

describe('scripts/ and test/ do not import each other', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports and requires', () => {
    // Spelt "SCRIPTS" here so that this file does not itself import across; replaced below.
    const text = [
      "import { a } from '../../SCRIPTS/a';",
      "import type { B } from '../../SCRIPTS/b';",
      "import {\n  c,\n  type C,\n} from '../../SCRIPTS/c';",
      "export * from '../../SCRIPTS/d';",
      "import '../../SCRIPTS/e';",
      "const f = await import('../../SCRIPTS/f');",
      "const g = require('../../SCRIPTS/g.cjs');",
      "jest.mock('../../SCRIPTS/h');",
      "import fs from 'node:fs';",
      "spawnSync(process.execPath, ['SCRIPTS/run.mjs']);",
    ]
      .join('\n')
      .replaceAll('SCRIPTS', 'scripts');
    const test = path.join('test', 'x', 'y.test.ts');
    expect(crossImports(test, text)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g.cjs', 'h'].map((name) => `${test} → ../../scripts/${name}`),
    );
    expect(crossImports(test, "import z from '../z';")).toEqual([]);
    const script = path.join('scripts', 'z.mjs');
    expect(crossImports(script, "import y from '../TEST/y.js';".replace('TEST', 'test'))).toEqual([
      `${script} → ../test/y.js`,
    ]);
  });

  it('holds for every source file under scripts/ and test/', () => {
    const files = [...sourceFiles('scripts'), ...sourceFiles('test')];
    expect(files).toContain(path.join('test', 'fixtures', 'generate', 'cli.ts'));
    expect(files).toContain(path.join('scripts', 'validate-manifest.mjs'));
    const found = files.flatMap((file) =>
      crossImports(file, readFileSync(path.join(root, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

describe('nothing is downloaded with npx at test or build time', () => {
  // npx with --yes (or -y) in a command line, or as the first argument of a spawn.
  const download = /\bnpx\b['"]?(?:\s*,\s*\[\s*['"])?\s*(?:--yes|-y)\b/;

  it('no package.json script, script or test runs npx with --yes', () => {
    const npx = 'npx';
    expect(download.test(`${npx} --yes office-addin-manifest`)).toBe(true);
    expect(download.test(`spawnSync('${npx}', ['--yes', 'office-addin-manifest'])`)).toBe(true);
    expect(download.test(`spawn(${npx}, ['webpack', 'serve'])`)).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const offenders = [
      ...Object.entries(pkg.scripts)
        .filter(([, command]) => download.test(command))
        .map(([name]) => `package.json scripts.${name}`),
      ...[...sourceFiles('scripts'), ...sourceFiles('test')].filter((file) =>
        download.test(readFileSync(path.join(root, file), 'utf8')),
      ),
    ];
    expect(offenders).toEqual([]);
  });
});
