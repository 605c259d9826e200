// Reading the block to check: where the user is (selection, current region, used range), its
// values with one Value2 read, its number formats, and our record (our old status cells are
// blanked so a re-check does not read them as data).
import {
  chooseSource,
  columnCount,
  cutGrid,
  entriesOnSheet,
  healRecord,
  HostError,
  isEmptyValue,
  ourStatusKeys,
  parseRect,
  rowCount,
  statusValuesOf,
  valueAt,
} from '../../core';
import type { LoadedBlock, Rect, SourceData, SourceKind } from '../../core';
import { readRecord } from '../store/marksPart';
import type { EtApplication, EtRange, EtWorksheet } from '../types';
import { toRows } from '../values';
import { numberFormats } from './formats';
import { activeWorkbook, rangeOf, rectOf, sheetRefs } from './sheets';

function isRange(value: unknown): value is EtRange {
  return typeof value === 'object' && value !== null && 'Areas' in value && 'Row' in value;
}

/** The selected areas; null when the selection is not cells (a picture, a chart). */
function selectedAreas(app: EtApplication): Rect[] | null {
  const selection = app.Selection;
  if (!isRange(selection)) return null;
  const areas: Rect[] = [];
  for (let i = 1; i <= selection.Areas.Count; i += 1) areas.push(rectOf(selection.Areas.Item(i)));
  return areas;
}

/** The used range, or null for an empty sheet (WPS then answers A1). */
function usedRect(sheet: EtWorksheet): Rect | null {
  const used = sheet.UsedRange;
  const rect = rectOf(used);
  const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
  return single && isEmptyValue(toRows(used.Value2, 1, 1)[0]?.[0]) ? null : rect;
}

export function readBlock(sheet: EtWorksheet, rect: Rect): LoadedBlock {
  const values = toRows(rangeOf(sheet, rect).Value2, rowCount(rect), columnCount(rect));
  return { rect, values, numberFormat: numberFormats(sheet, rect) };
}

export function readSource(app: EtApplication, kind: SourceKind): SourceData {
  const workbook = activeWorkbook(app);
  const sheet = app.ActiveSheet;
  if (!sheet) throw new HostError('no-data');
  const region = app.ActiveCell ? rectOf(app.ActiveCell.CurrentRegion) : null;
  const choice = chooseSource(kind, {
    used: usedRect(sheet),
    selection: selectedAreas(app),
    region,
  });
  if (choice.type === 'error') throw new HostError(choice.code);
  if (choice.type === 'needs-tables') throw new HostError('host-error'); // only Excel asks

  const block = readBlock(sheet, choice.rect);
  const record = healRecord(readRecord(workbook).record, sheetRefs(workbook));
  const mine = entriesOnSheet(record, sheet.Name);
  const statusValues = statusValuesOf(mine, (row, column) => valueAt(block, row, column));
  const cut = cutGrid(block, block.rect, ourStatusKeys(statusValues));
  if (!cut) throw new HostError('no-data');
  return { grid: cut.grid, sheetName: sheet.Name, kind: choice.kind };
}

/** The block a source was read from (its grid's top-left and size), to look at again. */
export function sourceRect(source: SourceData): Rect {
  const { values, address } = source.grid;
  const topLeft = parseRect(address);
  const columns = Math.max(0, ...values.map((row) => row.length));
  if (!topLeft || values.length === 0 || columns === 0) throw new HostError('no-data');
  const { r0, c0 } = topLeft;
  return { r0, c0, r1: r0 + values.length - 1, c1: c0 + columns - 1 };
}
