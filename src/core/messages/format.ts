// Numbers and params as they appear inside messages.
import type { Issue } from '../types';

/** Up to 4 decimals, trailing zeros dropped; tiny values keep 3 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 0.0001) return String(Number(value.toPrecision(3)));
  return String(Number(value.toFixed(4)));
}

/** Reads a param as display text; numbers are formatted, anything absent is ''. */
export function param(issue: Issue, key: string): string {
  const value = issue.params[key];
  if (typeof value === 'number') return formatNumber(value);
  return typeof value === 'string' ? value : '';
}
