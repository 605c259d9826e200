import {
  boundingRect,
  cellAddress,
  columnLetters,
  columnNumber,
  parseAreas,
  parseRect,
  rectAddress,
  splitSheet,
} from '../../src/office/a1';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnNumber(letters)).toBe(index);
  });

  it.each([
    ['B3', { r0: 2, c0: 1, r1: 2, c1: 1 }],
    ['$B$3:H20', { r0: 2, c0: 1, r1: 19, c1: 7 }],
    ['H20:B3', { r0: 2, c0: 1, r1: 19, c1: 7 }],
    ['Sheet1!B3:H20', { r0: 2, c0: 1, r1: 19, c1: 7 }],
    ["'二季度 指标'!C4", { r0: 3, c0: 2, r1: 3, c1: 2 }],
    ['B:F', { r0: 0, c0: 1, r1: 1_048_575, c1: 5 }],
    ['3:5', { r0: 2, c0: 0, r1: 4, c1: 16_383 }],
  ])('%s parses', (address, rect) => {
    expect(parseRect(address)).toEqual(rect);
  });

  it.each(['', 'B', '3', 'B3:C4:D5', 'XFE1', 'A0', 'A1048577', '指标'])(
    '%p is not an address',
    (address) => {
      expect(parseRect(address)).toBeNull();
    },
  );

  it('formats cells and ranges', () => {
    expect(cellAddress(2, 1)).toBe('B3');
    expect(rectAddress({ r0: 2, c0: 1, r1: 19, c1: 7 })).toBe('B3:H20');
    expect(rectAddress({ r0: 2, c0: 1, r1: 2, c1: 1 })).toBe('B3');
  });

  it('reads RangeAreas addresses and sheet prefixes', () => {
    expect(parseAreas('Sheet1!A1:B2, Sheet1!D4')).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 1 },
      { r0: 3, c0: 3, r1: 3, c1: 3 },
    ]);
    expect(parseAreas('A1,nope')).toBeNull();
    expect(splitSheet("'It''s'!A1")).toEqual({ sheet: "It's", local: 'A1' });
    expect(splitSheet('A1')).toEqual({ sheet: null, local: 'A1' });
  });

  it('bounds several rectangles', () => {
    expect(
      boundingRect([
        { r0: 4, c0: 3, r1: 4, c1: 3 },
        { r0: 6, c0: 1, r1: 8, c1: 4 },
      ]),
    ).toEqual({ r0: 4, c0: 1, r1: 8, c1: 4 });
    expect(boundingRect([])).toBeNull();
  });
});
