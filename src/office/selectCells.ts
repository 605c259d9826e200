// Selecting the cells a number came from: the union of the addresses where RangeAreas exist
// (ExcelApi 1.9), otherwise the smallest block that contains them all.
import { boundingRect, parseRect, rectAddress, splitSheet } from './a1';
import type { Rect } from './a1';
import type { Capabilities } from './capabilities';
import { OfficeAdapterError } from './errors';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

export function parseAddresses(addresses: readonly string[]): Rect[] {
  const rects = addresses.map((address) => parseRect(splitSheet(address).local));
  if (rects.length === 0 || rects.some((rect) => rect === null)) {
    throw new OfficeAdapterError('invalid-address');
  }
  return rects as Rect[];
}

/** Queues and syncs the selection; `rects` come from parseAddresses (checked before Excel.run). */
export async function selectCells(
  context: Excel.RequestContext,
  sheetName: string,
  rects: readonly Rect[],
  deps: { capabilities: Capabilities; counter?: RoundTripCounter },
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  if (rects.length > 1 && deps.capabilities.rangeAreas) {
    sheet.getRanges(rects.map(rectAddress).join(',')).select();
  } else {
    sheet.getRange(rectAddress(boundingRect(rects) as Rect)).select();
  }
  await syncCounted(context, deps.counter);
}
