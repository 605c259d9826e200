// Test helper: is an A1 cell inside an A1 range such as 'B3:H20'?
import { splitA1 } from '../../../src/core/a1';

export function inRange(cell: string, range: string): boolean {
  const [from, to] = range.split(':').map(splitA1);
  const at = splitA1(cell);
  if (!from || !to || !at) return false;
  return at.col >= from.col && at.col <= to.col && at.row >= from.row && at.row <= to.row;
}
