// Shared by the CLI end-to-end tests: build the bundle when its sources are newer, run the
// launcher in a child process (with sockets forbidden), hash files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'dist-cli/cli.cjs');
const bin = path.join(root, 'bin/indicator-assistant.cjs');
const noNetwork = path.join(root, 'test/support/noNetwork.cjs');
const lock = path.join(root, 'test/.out/cli-build.lock');
/** A CLI build takes 3.7–4.1 s on the 2-core build machine: a lock ≈ 4× that old is left over. */
const STALE_LOCK_MS = 15_000;
/**
 * Timeout of a beforeAll that calls ensureBuilt and writes fixtures: measured ≤ 4.4 s (the build
 * 3.7–4.1 s when sources changed, fixtures 0.15–0.27 s); 25 s also covers a stale lock first.
 */
/** The fields of one report of `check --format json`, in order (the JSON contract). */
export const REPORT_FIELDS = [
  'asOf',
  'asOfSource',
  'asOfPeriod',
  'asOfNote',
  'expectedProgress',
  'summary',
  'indicators',
  'issues',
  'narrative',
  'table',
  'evaluation',
];

export const SETUP_TIMEOUT_MS = 25_000;

function newestSource(): number {
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
      const full = path.join(dir, entry.name);
      return Math.max(newest, entry.isDirectory() ? walk(full) : statSync(full).mtimeMs);
    }, 0);
  const files = ['webpack.cli.config.js', 'package.json'].map(
    (f) => statSync(path.join(root, f)).mtimeMs,
  );
  return Math.max(walk(path.join(root, 'src/core')), walk(path.join(root, 'src/cli')), ...files);
}

const stale = (): boolean => !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource();

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Builds dist-cli once even when several test files ask at the same time. */
export function ensureBuilt(): void {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    if (!stale()) return;
    try {
      mkdirSync(lock);
    } catch {
      const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      sleep(200);
      continue;
    }
    try {
      if (!stale()) return;
      const webpack = path.join(root, 'node_modules/webpack/bin/webpack.js');
      const args = [webpack, '--config', 'webpack.cli.config.js', '--mode', 'production'];
      const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      if (result.status !== 0)
        throw new Error(`CLI build failed:\n${result.stdout}${result.stderr}`);
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, ['--require', noNetwork, bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

export const outDir = (name: string): string => {
  const dir = path.join(root, 'test/.out/cli-e2e', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};
