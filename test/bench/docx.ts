// Benchmark of the .docx with its appendix table: build 10,000 grouped rows (and 1,000), print the
// build time and size, then convert each with LibreOffice headless in a fresh profile and print
// the wall and CPU time and what came out (PDF pages and bytes). Target: build < 5 s; LibreOffice
// converts the 10,000-row file (aim < 60 s on a 2-core machine). Last line is JSON.
// Run: npm run bench:docx  [-- --rows=10000] [-- --to=txt]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { narrativeToDocx } from '../../src/core/export/docx';
import { buildNarrative } from '../../src/core/narrative/buildNarrative';
import { checked, groupedGrid } from '../core/narrative/bigTables';

const BUILD_TARGET_MS = 5000;
const CONVERT_TIMEOUT_MS = 15 * 60_000;

const option = (name: string, fallback: string): string =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

interface Conversion {
  wallMs: number;
  cpuMs: number | null;
  ok: boolean;
  outBytes: number;
  pages: number | null;
}

/** PDF pages, counted from the page objects. */
const pageCount = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** soffice in its own process group, so that a timeout ends LibreOffice and not only its launcher. */
function convert(file: string, to: string, dir: string): Promise<Conversion> {
  const profile = `-env:UserInstallation=file://${path.join(dir, `profile-${path.basename(file)}`)}`;
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      'bash',
      [
        '-c',
        // bash's `times` reports the CPU of the finished children (soffice and soffice.bin).
        'soffice "$@" >/dev/null 2>&1; status=$?; times; exit $status',
        'soffice',
        profile,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        dir,
        file,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, CONVERT_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - start;
      // `times`: the shell's user and system time, then its children's on the last line.
      const seconds = [
        ...(output.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g),
      ].map((match) => Number(match[1]) * 60 + Number(match[2]));
      const cpuMs = seconds.length === 2 ? ((seconds[0] ?? 0) + (seconds[1] ?? 0)) * 1000 : null;
      const out = path.join(dir, `${path.basename(file, '.docx')}.${to}`);
      let outBytes = 0;
      let pages: number | null = null;
      try {
        outBytes = statSync(out).size;
        if (to === 'pdf') pages = pageCount(readFileSync(out));
      } catch {
        // no output: reported as ok: false
      }
      resolve({ wallMs, cpuMs, ok: code === 0 && outBytes > 0, outBytes, pages });
    });
  });
}

const round = (ms: number | null): number | null => (ms === null ? null : Math.round(ms));

async function bench(rows: number, to: string, dir: string): Promise<Record<string, unknown>> {
  const narrative = buildNarrative(checked(groupedGrid(rows)), { locale: 'zh-CN' });
  await narrativeToDocx({ locale: 'zh-CN', paragraphs: [] }); // load docx before timing
  const start = performance.now();
  const bytes = await narrativeToDocx(narrative);
  const buildMs = performance.now() - start;
  const file = path.join(dir, `appendix-${rows}.docx`);
  writeFileSync(file, bytes);
  console.log(`${rows} rows: build ${buildMs.toFixed(0)} ms, ${bytes.length} bytes`);
  const conversion = await convert(file, to, dir);
  console.log(
    `${rows} rows: LibreOffice → ${to} ${conversion.ok ? 'ok' : 'FAILED'} in ` +
      `${(conversion.wallMs / 1000).toFixed(1)} s wall, ` +
      `${conversion.cpuMs === null ? '?' : (conversion.cpuMs / 1000).toFixed(1)} s CPU, ` +
      `${conversion.pages ?? '-'} pages, ${conversion.outBytes} bytes out`,
  );
  return {
    rows,
    buildMs: round(buildMs),
    buildOk: buildMs < BUILD_TARGET_MS,
    docxBytes: bytes.length,
    to,
    convertOk: conversion.ok,
    convertWallMs: round(conversion.wallMs),
    convertCpuMs: round(conversion.cpuMs),
    pages: conversion.pages,
    outBytes: conversion.outBytes,
  };
}

async function main(): Promise<void> {
  const to = option('to', 'pdf');
  const sizes = option('rows', '1000,10000')
    .split(',')
    .map((size) => Number(size));
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-docx-'));
  try {
    const results = [];
    for (const rows of sizes) results.push(await bench(rows, to, dir));
    console.log(JSON.stringify(results));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
