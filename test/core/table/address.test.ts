import { columnLetter, parseAddress, splitA1 } from '../../../src/core/a1';
import { gridShape } from '../../../src/core/table/shape';
import type { CellValue } from '../../../src/core/types';

describe('A1 addresses', () => {
  it.each<[unknown, number, number]>([
    ['A1', 0, 1],
    ['B3', 1, 3],
    ['$B$3', 1, 3],
    ['Sheet1!B3', 1, 3],
    ["'科技 指标'!C10:H20", 2, 10],
    ['aa7', 26, 7],
    ['XFD1048576', 16383, 1048576],
    ['nonsense', 0, 1],
    ['', 0, 1],
    [undefined, 0, 1],
  ])('parseAddress(%p) → column %p, row %p', (address, col, row) => {
    expect(parseAddress(address)).toEqual({ col, row });
  });

  it.each<[number, string]>([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('columnLetter(%p) → %p', (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
    expect(splitA1(`${letters}1`)).toEqual({ col, row: 1 });
  });

  it.each<[string, CellValue[][], string]>([
    ['B3', [[1, 2, 3], [4]], 'B3:D4'],
    ['A1', [], 'A1:A1'],
    ['C5', [[]], 'C5:C5'],
    ['Sheet1!B3', [[1], [1, 2, 3, 4, 5, 6, 7]], 'B3:H4'],
  ])('range of a grid at %p', (address, values, range) => {
    expect(gridShape({ address, values }).range).toBe(range);
  });
});
