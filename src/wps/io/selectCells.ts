// Selecting the cells a number came from: the sheet activated, then one multi-area range.
import { HostError, parseRect, rectAddress, splitSheet } from '../../core';
import type { Rect } from '../../core';
import type { EtApplication } from '../types';
import { activeWorkbook, requireSheet } from './sheets';

export function selectCells(app: EtApplication, sheetName: string, addresses: string[]): void {
  const rects = addresses
    .map((address) => parseRect(splitSheet(address)?.local ?? ''))
    .filter((rect): rect is Rect => rect !== null);
  if (rects.length === 0 || rects.length !== addresses.length) {
    throw new HostError('invalid-address');
  }
  const sheet = requireSheet(activeWorkbook(app), sheetName);
  sheet.Activate();
  sheet.Range(rects.map(rectAddress).join(',')).Select();
}
