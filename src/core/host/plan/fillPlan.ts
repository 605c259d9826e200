// Which source cells get a fill (the marking rule's fills inside the checked block) and which of
// our old fills are given back their previous colour.
import { contains } from '../../a1';
import type { Rect } from '../../a1';
import { TONE_COLORS } from '../../marks/markPlan';
import type { MarkPlan } from '../../marks/markPlan';
import type { MarkEntry } from '../../marks/record';
import { cellKey, fromKey, sameColor } from './cells';
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

/** The source cells the marking rule fills, inside the checked block. */
export function wantedFills(marks: MarkPlan, rect: Rect) {
  return marks.fills
    .filter((fill) => contains(rect, fill.row, fill.column))
    .map((fill) => ({ row: fill.row, column: fill.column, color: TONE_COLORS[fill.tone] }));
}

export function planFills(
  marks: MarkPlan,
  inspection: Pick<Inspection, 'rect' | 'fillNow'>,
  replaced: readonly MarkEntry[],
): { fills: FillWrite[]; restoreFills: FillRestore[] } {
  const wanted = new Map(
    wantedFills(marks, inspection.rect).map((f) => [cellKey(f.row, f.column), f]),
  );

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
    return { ...fill, previous: old ? old.previous : inspection.fillNow.get(key) };
  });
  const restoreFills: FillRestore[] = [];
  for (const [key, old] of stillOurs) {
    if (!wanted.has(key)) restoreFills.push({ ...fromKey(key), previous: old.previous });
  }
  return { fills, restoreFills };
}
