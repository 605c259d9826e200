// Helpers for the corpus tests: a run that throws becomes a failure line, and short test titles.

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
