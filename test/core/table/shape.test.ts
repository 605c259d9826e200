import { gridShape } from '../../../src/core/table/shape';
import type { CellValue } from '../../../src/core/types';

describe('grid shape', () => {
  it.each<[string, CellValue[][], string]>([
    ['B3', [[1, 2, 3], [4]], 'B3:D4'],
    ['A1', [], 'A1:A1'],
    ['C5', [[]], 'C5:C5'],
    ['Sheet1!B3', [[1], [1, 2, 3, 4, 5, 6, 7]], 'B3:H4'],
  ])('range of a grid at %p', (address, values, range) => {
    expect(gridShape({ address, values }).range).toBe(range);
  });
});
