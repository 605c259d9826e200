// Expected progress (序时进度): the share of the year's months finished by the as-of date.
import { parseIsoDate } from '../isoDate';
import type { CheckOptions } from '../types';

const DEFAULT_EXPECTED_PROGRESS = 0.5;
const DEFAULT_SEVERE_GAP = 0.2;

/** 2026-06-30 → 0.5, 2026-03-31 → 0.25, 2026-06-15 → 5/12 (June not finished); invalid → null. */
export function expectedProgressFor(asOf: string): number | null {
  const date = parseIsoDate(asOf);
  if (date === null) return null;
  const finishedMonths = date.monthEnd ? date.month : date.month - 1;
  return finishedMonths / 12;
}

export interface Progress {
  asOf: string | null;
  expectedProgress: number;
  severeGap: number;
}

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** An explicit expectedProgress wins; else the as-of date decides; else half the year. */
export function resolveProgress(options: CheckOptions | undefined): Progress {
  const asOfRaw = options?.asOf;
  const fromDate = typeof asOfRaw === 'string' ? expectedProgressFor(asOfRaw) : null;
  const asOf = fromDate === null ? null : (asOfRaw ?? null);
  const override = options?.expectedProgress;
  const expectedProgress = isFiniteNumber(override)
    ? clamp01(override)
    : (fromDate ?? DEFAULT_EXPECTED_PROGRESS);
  const gap = options?.severeGap;
  const severeGap = isFiniteNumber(gap) ? clamp01(gap) : DEFAULT_SEVERE_GAP;
  return { asOf, expectedProgress, severeGap };
}
