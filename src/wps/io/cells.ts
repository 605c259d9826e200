// Reading and changing cells one property at a time, as the ET object model offers them.
import { cellKey, rowCount } from '../../core';
import type { CellAt, CellValue, Rect, Run } from '../../core';
import { bgrToHex, COLOR_INDEX_NONE, hexToBgr } from '../colors';
import type { EtRange, EtWorksheet } from '../types';
import { firstColumn } from '../values';
import { cellOf, rangeOf, rectOf } from './sheets';

/** A cell's fill: '#RRGGBB', or null when it has none. */
export function fillOf(sheet: EtWorksheet, cell: CellAt): string | null {
  const interior = cellOf(sheet, cell.row, cell.column).Interior;
  return interior.ColorIndex === COLOR_INDEX_NONE ? null : bgrToHex(interior.Color);
}

/** Sets a fill colour, or takes the fill away (null or undefined). */
export function setFill(range: EtRange, color: string | null | undefined): void {
  if (typeof color === 'string') range.Interior.Color = hexToBgr(color);
  else range.Interior.ColorIndex = COLOR_INDEX_NONE;
}

export function runRange(sheet: EtWorksheet, run: Run): EtRange {
  return rangeOf(sheet, { r0: run.first, r1: run.last, c0: run.column, c1: run.column });
}

/** The text of a cell's comment, or null when it has none. */
export function commentText(sheet: EtWorksheet, cell: CellAt): string | null {
  const comment = cellOf(sheet, cell.row, cell.column).Comment;
  return comment ? comment.Text() : null;
}

/** Every comment on the sheet by its cell ('row,column' → text), from the sheet's Comments. */
export function commentsOn(sheet: EtWorksheet): Map<string, string> {
  const comments = new Map<string, string>();
  const all = sheet.Comments;
  for (let i = 1; i <= all.Count; i += 1) {
    const comment = all.Item(i);
    comments.set(cellKey(comment.Parent.Row - 1, comment.Parent.Column - 1), comment.Text());
  }
  return comments;
}

/** xlCellTypeAllValidation. */
const ALL_VALIDATION = -4174;

/**
 * Cells of `rect` with a data-validation rule. SpecialCells throws when none is found (VBA: "No
 * cells were found") and, on one cell, would search the whole sheet, so one cell is asked directly.
 */
export function validatedCells(sheet: EtWorksheet, rect: Rect): Set<string> {
  const found = new Set<string>();
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) {
    try {
      if (typeof cellOf(sheet, rect.r0, rect.c0).Validation.Type === 'number') {
        found.add(cellKey(rect.r0, rect.c0));
      }
    } catch {
      // no rule on this cell
    }
    return found;
  }
  let cells: EtRange;
  try {
    cells = rangeOf(sheet, rect).SpecialCells(ALL_VALIDATION);
  } catch {
    return found; // no cell with a rule
  }
  for (let i = 1; i <= cells.Areas.Count; i += 1) {
    const area = rectOf(cells.Areas.Item(i));
    for (let row = Math.max(area.r0, rect.r0); row <= Math.min(area.r1, rect.r1); row += 1)
      for (
        let column = Math.max(area.c0, rect.c0);
        column <= Math.min(area.c1, rect.c1);
        column += 1
      )
        found.add(cellKey(row, column));
  }
  return found;
}

/** Values of a one-column block, row by row. */
export function columnValues(sheet: EtWorksheet, rect: Rect): CellValue[] {
  return firstColumn(rangeOf(sheet, rect).Value2, rowCount(rect));
}

/** Formulas of a one-column block, row by row ('' for cells without one). */
export function columnFormulas(sheet: EtWorksheet, rect: Rect): CellValue[] {
  return firstColumn(rangeOf(sheet, rect).Formula, rowCount(rect));
}
