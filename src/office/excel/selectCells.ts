// Selecting the cells a number came from: the union of the addresses where RangeAreas exist
// (ExcelApi 1.9), otherwise the smallest block that contains them all.
import { boundingRect, rectAddress } from '../../core';
import type { Rect } from '../../core';
import type { Capabilities } from '../host/capabilities';
import type { RoundTripCounter } from './roundTrips';
import { syncCounted } from './roundTrips';

/** Queues and syncs the selection; `rects` are checked before Excel.run. */
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
