// Runs the built CLI in a child process with sockets forbidden (test/support/noNetwork.cjs exits 86
// on any network use) and its peak memory recorded; stdout can go straight to a file.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/indicator-assistant.cjs');
const noNetwork = path.join(root, 'test/support/noNetwork.cjs');
const peakRss = path.join(__dirname, 'peakRss.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** CPU time of the CLI process (user + system): unlike `ms`, the same when other jobs share the cores. */
  cpuMs: number;
  peakRssMb: number;
}

export function runCliMeasured(
  args: readonly string[],
  options: { stdoutFile?: string; timeoutMs?: number } = {},
): CliResult {
  const rssFile = path.join(root, 'test/.out', `peak-rss-${process.pid}-${Date.now()}.txt`);
  const stdoutFd = options.stdoutFile === undefined ? 'pipe' : openSync(options.stdoutFile, 'w');
  const started = performance.now();
  try {
    const result = spawnSync(
      process.execPath,
      ['--require', noNetwork, '--require', peakRss, bin, ...args],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        stdio: ['ignore', stdoutFd, 'pipe'],
        env: { ...process.env, PEAK_RSS_FILE: rssFile },
        // The slowest single run on the small files took 0.83–1.02 s: ≈ 5×.
        timeout: options.timeoutMs ?? 5_000,
      },
    );
    const ms = performance.now() - started;
    const [peakKb = Number.NaN, cpuMicros = Number.NaN] = existsSync(rssFile)
      ? readFileSync(rssFile, 'utf8').split(' ').map(Number)
      : [];
    return {
      code: result.status,
      stdout: result.stdout ?? '',
      stderr: result.stderr ?? '',
      ms,
      cpuMs: cpuMicros / 1000,
      peakRssMb: peakKb / 1024,
    };
  } finally {
    if (typeof stdoutFd === 'number') closeSync(stdoutFd);
    rmSync(rssFile, { force: true });
  }
}
