// Expectations with a known gap: the case must still fail, so a fix in the core shows up loudly.

/** Asserts an outcome: no failures, or (for a known gap) still at least one. */
export function expectOutcome(failures: readonly string[], knownGap?: string): void {
  if (knownGap === undefined) {
    expect(failures).toEqual([]);
    return;
  }
  if (failures.length === 0) {
    throw new Error(`Known gap now behaves as expected; remove its knownGap flag: ${knownGap}`);
  }
}

/** Runs a check and turns an exception into a failure line instead of a test crash. */
export function attempt<T>(run: () => T): { value: T } | { threw: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Short printable form of a cell value for test titles. */
export function label(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 30)}…(${json.length})` : json;
}
