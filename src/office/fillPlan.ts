// Which source cells get a fill (behind, severely behind, invalid data) and which of our old
// fills are given back their previous colour.
import type { CheckReport, IssueCode } from '../core';
import { contains, parseRect } from './a1';
import type { Inspection } from './inspection';
import type { MarkEntry } from './marksRecord';
import { cellKey } from './sheetProbe';

export const FILL_COLORS = {
  behind: '#FFEB9C',
  severelyBehind: '#FFC7CE',
  invalid: '#E4DFEC',
} as const;

/** Issues about the table's layout, not about one cell's data. */
const STRUCTURAL: ReadonlySet<IssueCode> = new Set([
  'no-header',
  'missing-column',
  'duplicate-column',
]);

export interface FillWrite {
  row: number;
  column: number;
  color: string;
  /** The fill before any of ours, when an earlier run recorded it; otherwise read during the write. */
  previous?: { value: string | null | undefined };
}

export interface FillRestore {
  row: number;
  column: number;
  /** Colour to put back; null means "no fill"; undefined means unknown (cleared). */
  previous: string | null | undefined;
}

export const sameColor = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toUpperCase() === b.toUpperCase();

function cellInside(address: string | undefined, inspection: Inspection) {
  if (!address) return null;
  const rect = parseRect(address);
  if (!rect || rect.r0 !== rect.r1 || rect.c0 !== rect.c1) return null;
  return contains(inspection.rect, rect.r0, rect.c0) ? { row: rect.r0, column: rect.c0 } : null;
}

export function planFills(
  report: CheckReport,
  inspection: Inspection,
  replaced: readonly MarkEntry[],
): { fills: FillWrite[]; restoreFills: FillRestore[] } {
  const wanted = new Map<string, { row: number; column: number; color: string }>();
  for (const indicator of report.indicators) {
    const color =
      indicator.status === 'severely-behind'
        ? FILL_COLORS.severelyBehind
        : indicator.status === 'behind'
          ? FILL_COLORS.behind
          : null;
    const cell = color ? cellInside(indicator.cells.actual, inspection) : null;
    if (cell && color) wanted.set(cellKey(cell.row, cell.column), { ...cell, color });
  }
  for (const issue of report.issues) {
    if (issue.severity !== 'error' || STRUCTURAL.has(issue.code)) continue;
    const cell = cellInside(issue.cell, inspection);
    if (cell) wanted.set(cellKey(cell.row, cell.column), { ...cell, color: FILL_COLORS.invalid });
  }

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
    return old ? { ...fill, previous: { value: old.previous } } : fill;
  });
  const restoreFills: FillRestore[] = [];
  for (const [key, old] of stillOurs) {
    if (wanted.has(key)) continue;
    const [row = 0, column = 0] = key.split(',').map(Number);
    restoreFills.push({ row, column, previous: old.previous });
  }
  return { fills, restoreFills };
}
