// The marks record in its custom XML part: compact, versioned, read back exactly; version 1 reads.
import fc from 'fast-check';
import {
  decodeLegacyMarks,
  decodeMarksXml,
  encodeMarksXml,
  MARKS_NAMESPACE,
  mergeRecords,
} from '../../../src/core';
import type { MarkEntry, MarksRecord } from '../../../src/core';

const entry = (fills: MarkEntry['fills']): MarkEntry => ({
  sheetId: '{sheet-1}',
  sheetName: "Q1, 2024 <'&>",
  firstRow: 2,
  lastRow: 9_999,
  firstColumn: 1,
  lastColumn: 5,
  status: { column: 6, firstRow: 2, lastRow: 9_999, header: '核验状态', tableName: null },
  fills,
  notes: [{ row: 7, column: 6, mark: 'E8：“技术合同成交额”的累计完成“x”是占位符 ]]> </marks>' }],
});

describe('marks record', () => {
  it('round-trips, escaping what XML must not see raw', () => {
    const record: MarksRecord = {
      entries: [entry([{ row: 4, column: 4, color: '#FFC7CE', previous: null }])],
      resultSheet: { id: '', name: '指标核验结果' },
    };
    const xml = encodeMarksXml(record);
    expect(xml).toContain(`xmlns="${MARKS_NAMESPACE}"`);
    expect(xml).not.toMatch(/<(?!\?xml|marks|\/marks)/);
    expect(decodeMarksXml(xml)).toEqual({ record, corrupted: false });
  });

  it('stores 10,000 fills in a run as one run', () => {
    const fills = Array.from({ length: 10_000 }, (_, i) => ({
      row: i + 2,
      column: 4,
      color: '#FFEB9C',
      previous: null,
    }));
    const xml = encodeMarksXml({ entries: [entry(fills)], resultSheet: null });
    expect(xml.length).toBeLessThan(1_000);
    expect(decodeMarksXml(xml).record.entries[0]?.fills).toEqual(fills);
  });

  it('reads back any record it wrote', () => {
    const fill = fc.record(
      {
        row: fc.integer({ min: 0, max: 200 }),
        column: fc.integer({ min: 0, max: 20 }),
        color: fc.constantFrom('#FFEB9C', '#FFC7CE', '#E4DFEC'),
        previous: fc.constantFrom(null, '#00B0F0', '#92D050'),
      },
      { requiredKeys: ['row', 'column', 'color'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(fill, { selector: (f) => `${f.row},${f.column}` }), (fills) => {
        const record = { entries: [entry(fills)], resultSheet: null };
        const back = decodeMarksXml(encodeMarksXml(record)).record.entries[0]?.fills ?? [];
        const key = (f: { row: number; column: number }) => f.column * 1_000 + f.row;
        expect([...back].sort((a, b) => key(a) - key(b))).toEqual(
          [...fills].sort((a, b) => key(a) - key(b)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['no XML', 'hello'],
    ['another shape', '<marks xmlns="x">{"v":3}</marks>'],
    ['broken JSON', '<marks>{"v":2,</marks>'],
    [
      'a run ending before it starts',
      '<marks>{"v":2,"result":null,"entries":[{"sheet":["a","b"],"area":[0,0,1,1],"status":null,"palette":["#FFEB9C"],"fills":[[0,5,2,0,-1]],"notes":[]}]}</marks>',
    ],
  ])('reports %s as corrupted, never as marks', (_case, xml) => {
    expect(decodeMarksXml(xml)).toEqual({
      record: { entries: [], resultSheet: null },
      corrupted: true,
    });
  });

  it('reads the version 1 record from the settings, as a string or an object', () => {
    const v1 = { version: 1, entries: [entry([])], resultSheet: null };
    const expected = { record: { entries: [entry([])], resultSheet: null }, corrupted: false };
    expect(decodeLegacyMarks(JSON.stringify(v1))).toEqual(expected);
    expect(decodeLegacyMarks(v1)).toEqual(expected);
    expect(decodeLegacyMarks(null).corrupted).toBe(false);
    expect(decodeLegacyMarks('{').corrupted).toBe(true);
  });

  it('merges two records without doubling the same entry', () => {
    const a = { entries: [entry([])], resultSheet: null };
    const b = { entries: [entry([])], resultSheet: { id: 'x', name: 'y' } };
    expect(mergeRecords(a, b)).toEqual({
      entries: [entry([])],
      resultSheet: { id: 'x', name: 'y' },
    });
  });
});
