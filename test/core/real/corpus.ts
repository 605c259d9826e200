// The real public tables of test/fixtures/real, read through the one file reader, with what a
// careful reader reads from each (expected/<file>.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkTable } from '../../../src/core/check/checkTable';
import { readWorkbookFile } from '../../../src/core/import/readWorkbookFile';
import type { CheckOptions, CheckReport } from '../../../src/core/types';

export const REAL_DIR = path.join(__dirname, '../../fixtures/real');

export interface ExpectedIndicator {
  row: number;
  name: string;
  group?: string[];
  unit?: string | null;
  actual?: number;
  target?: number;
  lastYear?: number;
  yoyGrowth?: number;
  partOf?: string | null;
  /** Targets as written (issue 12); figures of % rows are fractions here (1.0 = 100%). */
  targetText?: string;
  actualText?: string;
  targetOp?: string | null;
  qualitative?: boolean;
  maxScore?: number;
  tableScore?: number;
}

export interface ExpectedBudget {
  planned?: number;
  spent?: number;
  rate?: number;
  maxScore?: number;
  tableScore?: number;
}

export interface Expected {
  kind: 'indicator' | 'selfeval' | 'not-indicator';
  title: string | null;
  headerRows: number[];
  columns: Record<string, string | string[] | null> | null;
  indicatorCount?: number;
  indicators?: ExpectedIndicator[];
  evaluation?: { maxScore?: number; tableScore?: number; budget?: ExpectedBudget };
}

export function expectedOf(file: string): Expected {
  const json = path.join(REAL_DIR, 'expected', file.replace(/\.[a-z]+$/, '.json'));
  return JSON.parse(readFileSync(json, 'utf8')) as Expected;
}

export async function checkFile(
  file: string,
  options: CheckOptions = {},
): Promise<{ ok: true; report: CheckReport } | { ok: false; reason: string }> {
  const bytes = new Uint8Array(readFileSync(path.join(REAL_DIR, file)));
  const read = await readWorkbookFile(file, bytes, {});
  if (!read.ok) return { ok: false, reason: read.reason };
  return { ok: true, report: checkTable(read.grid, { asOf: '2026-06-30', ...options }) };
}

/** Names as the reader cleans them: no 其中/# mark, no unit in brackets, no footnote marks. */
export function cleanName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/^(?:其中\s*[:：,、]?|#)\s*/, '')
    .replace(/^\*+/, '')
    .replace(/\s*\((?:亿元|万元|元|个|件|%|人|万人)\)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Labels compared without line breaks and runs of spaces (a cell's text is tidied). */
export const tidy = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
