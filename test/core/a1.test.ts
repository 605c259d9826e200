import fc from 'fast-check';
import {
  boundingRect,
  cellAddress,
  columnIndex as columnNumber,
  columnLetter as columnLetters,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  parseAreas,
  parseRect,
  parseSheetAreas,
  quoteSheet,
  rectAddress,
  sheetAddress,
  splitA1,
  splitSheet,
} from '../../src/core/a1';

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

describe('grid addresses (lenient: a file may run past column XFD)', () => {
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
});

describe('splitA1', () => {
  it.each([
    ['A1', { col: 0, row: 1 }],
    ['ZZ9', { col: 701, row: 9 }],
    ['XFF2', { col: 16_385, row: 2 }],
    ['Sheet1!A1', null],
  ])('%s → %p', (cell, ref) => {
    expect(splitA1(cell)).toEqual(ref);
  });
});

describe('sheet names in addresses', () => {
  it.each([
    ["'Q1, 2024'!F2:F9", 'Q1, 2024', { r0: 1, c0: 5, r1: 8, c1: 5 }],
    ["'It''s; ok'!B3", "It's; ok", { r0: 2, c0: 1, r1: 2, c1: 1 }],
    ['指标!C4:D5', '指标', { r0: 3, c0: 2, r1: 4, c1: 3 }],
    ["'2026年 上半年'!A1", '2026年 上半年', { r0: 0, c0: 0, r1: 0, c1: 0 }],
  ])('%s names sheet %p', (address, sheet, rect) => {
    expect(parseSheetAreas(address)).toEqual([{ sheet, rect }]);
  });

  it('splits RangeAreas addresses only outside quotes', () => {
    expect(parseSheetAreas("'Q1, 2024'!F2:F9, 'Q1, 2024'!H2")).toEqual([
      { sheet: 'Q1, 2024', rect: { r0: 1, c0: 5, r1: 8, c1: 5 } },
      { sheet: 'Q1, 2024', rect: { r0: 1, c0: 7, r1: 1, c1: 7 } },
    ]);
    expect(parseSheetAreas("'unclosed!A1")).toBeNull();
  });

  it('quotes a name only when it needs it', () => {
    expect(quoteSheet('Sheet1')).toBe('Sheet1');
    expect(quoteSheet('指标表')).toBe('指标表');
    expect(quoteSheet('Q1 2024')).toBe("'Q1 2024'");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(quoteSheet('A1')).toBe("'A1'");
  });

  const rect = fc
    .record({
      r0: fc.integer({ min: 0, max: MAX_ROWS - 1 }),
      c0: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
      rows: fc.integer({ min: 0, max: 50 }),
      columns: fc.integer({ min: 0, max: 5 }),
    })
    .map(({ r0, c0, rows, columns }) => ({
      r0,
      c0,
      r1: Math.min(MAX_ROWS - 1, r0 + rows),
      c1: Math.min(MAX_COLUMNS - 1, c0 + columns),
    }));
  // Excel sheet names: 1–31 characters, none of : \ / ? * [ ] (and not starting or ending with ').
  const sheetName = fc
    .string({
      unit: fc.constantFrom(...'ab Z9_.,;!\'"（指标）-年 '.split(''), 'Q', '2'),
      minLength: 1,
      maxLength: 31,
    })
    .filter((name) => !name.startsWith("'") && !name.endsWith("'"));

  it('reads back any sheet name and areas it wrote', () => {
    fc.assert(
      fc.property(sheetName, fc.array(rect, { minLength: 1, maxLength: 4 }), (name, rects) => {
        const address = rects.map((r) => sheetAddress(name, rectAddress(r))).join(', ');
        expect(parseSheetAreas(address)).toEqual(rects.map((r) => ({ sheet: name, rect: r })));
      }),
      { numRuns: 1000 },
    );
  });
});
