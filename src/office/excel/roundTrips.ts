// Counts the round trips to the host: Excel batches (context.sync) and document-settings calls.

export type RoundTripKind = 'sync' | 'settingsRefresh' | 'settingsSave';

export class RoundTripCounter {
  private readonly counts: Record<RoundTripKind, number> = {
    sync: 0,
    settingsRefresh: 0,
    settingsSave: 0,
  };

  record(kind: RoundTripKind): void {
    this.counts[kind] += 1;
  }

  get syncs(): number {
    return this.counts.sync;
  }

  snapshot(): Readonly<Record<RoundTripKind, number>> {
    return { ...this.counts };
  }

  reset(): void {
    for (const kind of Object.keys(this.counts) as RoundTripKind[]) this.counts[kind] = 0;
  }
}

/** context.sync() that every module in src/office goes through, so nothing syncs uncounted. */
export async function syncCounted(
  context: { sync(): Promise<unknown> },
  counter: RoundTripCounter | undefined,
): Promise<void> {
  counter?.record('sync');
  await context.sync();
}
