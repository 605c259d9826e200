// Array helpers safe for user-sized arrays: no spreading into calls (the stack caps arguments).

/** Appends every item of each source to target, in order; returns target. */
export function appendAll<T>(target: T[], ...sources: readonly (readonly T[])[]): T[] {
  for (const source of sources) for (const item of source) target.push(item);
  return target;
}
