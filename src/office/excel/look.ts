// The look just before a write, in one batch: protection, the column right of the table (values
// and formulas: a formula showing "" still counts as the user's), the state of our earlier marks
// on this sheet, the fills the write will replace and the notes already where ours would go.
import {
  cellAddress,
  cellKey,
  entriesOnSheet,
  existingResultSheet,
  isOurNote,
  MAX_COLUMNS,
  neighbourFrom,
  noteTargets,
  statusRowsFor,
  wantedFills,
} from '../../core';
import type { CellValue, Inspection, MarkEntry, MarkPlan, ReadView } from '../../core';
import type { Capabilities } from '../host/capabilities';
import { FILLS_PER_BATCH, queueFillRead, readFillsInBatches } from './fillIo';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

function queueNotes(sheet: Excel.Worksheet, cells: readonly { row: number; column: number }[]) {
  return cells.map((cell) => {
    const note = sheet.notes.getItemOrNullObject(cellAddress(cell.row, cell.column));
    note.load('content');
    return { key: cellKey(cell.row, cell.column), note };
  });
}

/** What Excel reports as the colour of a cell without fill. */
const NO_FILL = '#FFFFFF';

/** Fill colours as the planners take them: null for "no fill". */
function withoutNoFill(colors: ReadonlyMap<string, string>): Map<string, string | null> {
  return new Map(
    [...colors].map(([key, color]) => [key, color.toUpperCase() === NO_FILL ? null : color]),
  );
}

/** Cells probed for a note per batch (each probe is one object path in the request). */
const NOTE_PROBES_PER_BATCH = 5_000;

/**
 * The status cells that hold someone else's note. Looked at only when the sheet has notes that
 * are not ours, in batches that keep the request small.
 */
async function foreignNotesIn(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: { column: number; firstRow: number; lastRow: number },
  ours: ReadonlySet<string>,
  deps: { counter?: RoundTripCounter | undefined },
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = rows.firstRow; start <= rows.lastRow; start += NOTE_PROBES_PER_BATCH) {
    const end = Math.min(rows.lastRow, start + NOTE_PROBES_PER_BATCH - 1);
    const cells = [];
    for (let row = start; row <= end; row += 1) cells.push({ row, column: rows.column });
    const probes = queueNotes(sheet, cells);
    await syncCounted(context, deps.counter);
    for (const { key, note } of probes) if (!note.isNullObject && !ours.has(key)) found.add(key);
  }
  return found;
}

export async function lookBeforeWrite(
  context: Excel.RequestContext,
  view: ReadView,
  marks: MarkPlan,
  headerRow: number | null,
  deps: { capabilities: Capabilities; counter?: RoundTripCounter | undefined },
): Promise<Inspection> {
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getItem(view.sheetId);
  sheet.protection.load('protected');
  workbook.protection.load('protected');
  workbook.worksheets.load('items/id,items/name');
  const used = sheet.getUsedRange(false);
  used.load('columnIndex,columnCount');

  const { rect, table } = view;
  const column = rect.c1 + 1;
  const lastRow = Math.max(rect.r1, table?.rect.r1 ?? rect.r1);
  const neighbourRange =
    column < MAX_COLUMNS
      ? sheet.getRangeByIndexes(rect.r0, column, lastRow - rect.r0 + 1, 1)
      : null;
  neighbourRange?.load(['values', 'formulas']);
  const validation =
    deps.capabilities.validation && neighbourRange ? neighbourRange.dataValidation : null;
  validation?.load('type');

  const mine: MarkEntry[] = entriesOnSheet(view.record, view.sheetId);
  // One range per recorded status column.
  const statusColumns = mine.flatMap(({ status }) => {
    if (!status) return [];
    const rows = status.lastRow - status.firstRow + 1;
    const range = sheet.getRangeByIndexes(status.firstRow, status.column, rows, 1);
    range.load('values');
    return [{ status, range }];
  });

  const fillCells = new Map<string, { row: number; column: number }>();
  for (const fill of [...mine.flatMap((e) => e.fills), ...wantedFills(marks, view.rect)]) {
    fillCells.set(cellKey(fill.row, fill.column), { row: fill.row, column: fill.column });
  }
  // Fills ride in this batch unless there are so many that the response could pass 5 MB.
  const cellsToRead = [...fillCells.values()];
  const fillsNow = cellsToRead.length <= FILLS_PER_BATCH;
  const readFills = fillsNow
    ? queueFillRead(sheet, cellsToRead, deps.capabilities.rangeAreas)
    : () => new Map<string, string>();

  const notesOn = deps.capabilities.notes;
  const ourNotes = mine.flatMap((e) => e.notes);
  const rows = statusRowsFor(view.rect, headerRow);
  const targets = rows ? [...noteTargets(marks, rows).values()] : [];
  const ourNoteProbes = notesOn ? queueNotes(sheet, ourNotes) : [];
  const targetProbes = notesOn ? queueNotes(sheet, targets) : [];
  const noteCount = notesOn ? sheet.notes.getCount() : null;

  await syncCounted(context, deps.counter);

  const sheets = workbook.worksheets.items.map((item) => ({ id: item.id, name: item.name }));
  const notesPresent = new Set<string>();
  ourNoteProbes.forEach(({ key, note }, i) => {
    const mark = ourNotes[i]?.mark ?? '';
    if (!note.isNullObject && isOurNote(note.content, mark)) notesPresent.add(key);
  });
  const foreignNotes = new Set<string>();
  for (const { key, note } of targetProbes) {
    if (!note.isNullObject && !notesPresent.has(key)) foreignNotes.add(key);
  }
  const othersNotes = (noteCount?.value ?? 0) > notesPresent.size;
  const statusNotes =
    othersNotes && rows
      ? await foreignNotesIn(context, sheet, rows, notesPresent, deps)
      : new Set<string>();
  const column0 = (values: CellValue[][] | undefined) => (values ?? []).map((r) => r[0] ?? '');
  return {
    ...view,
    sheetProtected: sheet.protection.protected,
    workbookProtected: workbook.protection.protected,
    sheetNames: sheets.map((s) => s.name),
    neighbour: neighbourRange
      ? neighbourFrom(
          column,
          column0(neighbourRange.values as CellValue[][]),
          column0(neighbourRange.formulas as CellValue[][]),
        )
      : null,
    statusValues: new Map(
      statusColumns.flatMap(({ status, range }) =>
        column0(range.values as CellValue[][]).map(
          (value, i) => [cellKey(status.firstRow + i, status.column), value] as const,
        ),
      ),
    ),
    fillNow: withoutNoFill(
      fillsNow ? readFills() : await readFillsInBatches(context, sheet, cellsToRead, deps),
    ),
    notesPresent,
    foreignNotes,
    resultSheet: existingResultSheet(view.record, sheets),
    usedLastColumn: used.columnIndex + used.columnCount - 1,
    cellsUnreadable: !notesOn || !deps.capabilities.validation,
    statusNotes,
    neighbourValidated: validation !== null && validation.type !== 'None',
  };
}
