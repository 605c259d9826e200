// Expected progress (序时进度): the share of the year's months finished by the as-of date.
import type { CheckOptions } from '../types';

export const DEFAULT_EXPECTED_PROGRESS = 0.5;
export const DEFAULT_SEVERE_GAP = 0.2;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** 2026-06-30 → 0.5, 2026-03-31 → 0.25, 2026-06-15 → 5/12 (June not finished); invalid → null. */
export function expectedProgressFor(asOf: string): number | null {
  if (typeof asOf !== 'string') return null;
  const match = ISO_DATE.exec(asOf);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) return null;
  const finishedMonths = day === lastDay ? month : month - 1;
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
