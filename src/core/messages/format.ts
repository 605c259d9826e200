// Numbers and params as they appear inside messages.

/** Up to 4 decimals, trailing zeros dropped; tiny values keep 3 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 0.0001) return String(Number(value.toPrecision(3)));
  return String(Number(value.toFixed(4)));
}

/** A param as display text: numbers are formatted, text is kept as written. */
export function show(value: number | string): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}
