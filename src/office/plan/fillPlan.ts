// Which source cells get a fill (the marking rule's fills inside the checked block) and which of
// our old fills are given back their previous colour.
import { contains, TONE_COLORS } from '../../core';
import type { MarkEntry, MarkPlan } from '../../core';
import { cellKey, fromKey } from '../cells';
import type { Inspection } from './inspection';

export interface FillWrite {
  row: number;
  column: number;
  color: string;
  /** The fill before any of ours: what an earlier run recorded, else what the look before saw. */
  previous: string | null | undefined;
}

export interface FillRestore {
  row: number;
  column: number;
  /** Colour to put back; null means "no fill"; undefined means unknown (cleared). */
  previous: string | null | undefined;
}

/** What Excel reports as the colour of a cell without fill. */
const NO_FILL = '#FFFFFF';

export const sameColor = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toUpperCase() === b.toUpperCase();

/** The source cells the marking rule fills, inside the checked block. */
export function wantedFills(marks: MarkPlan, inspection: Pick<Inspection, 'rect'>) {
  return marks.fills
    .filter((fill) => contains(inspection.rect, fill.row, fill.column))
    .map((fill) => ({ row: fill.row, column: fill.column, color: TONE_COLORS[fill.tone] }));
}

export function planFills(
  marks: MarkPlan,
  inspection: Inspection,
  replaced: readonly MarkEntry[],
): { fills: FillWrite[]; restoreFills: FillRestore[] } {
  const wanted = new Map(wantedFills(marks, inspection).map((f) => [cellKey(f.row, f.column), f]));

  // Our old fills that are still showing our colour (the user has not recoloured them).
  const stillOurs = new Map<string, { previous: string | null | undefined }>();
  for (const entry of replaced) {
    for (const fill of entry.fills) {
      const key = cellKey(fill.row, fill.column);
      if (sameColor(inspection.fillNow.get(key), fill.color) && !stillOurs.has(key)) {
        stillOurs.set(key, { previous: fill.previous });
      }
    }
  }

  const fills: FillWrite[] = [...wanted].map(([key, fill]) => {
    const old = stillOurs.get(key);
    if (old) return { ...fill, previous: old.previous };
    const now = inspection.fillNow.get(key);
    const previous = now === undefined ? undefined : now.toUpperCase() === NO_FILL ? null : now;
    return { ...fill, previous };
  });
  const restoreFills: FillRestore[] = [];
  for (const [key, old] of stillOurs) {
    if (!wanted.has(key)) restoreFills.push({ ...fromKey(key), previous: old.previous });
  }
  return { fills, restoreFills };
}
