// The marks record lives in a custom XML part that any host can read; records of version 1 (in the
// document settings) still clear, and move to the part on the next check.
import { encodeMarksXml, LEGACY_MARKS_KEY, MARKS_NAMESPACE, TONE_COLORS } from '../../src/core';
import type { MarksRecord } from '../../src/core';
import { check, setup, storedMarks } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.office.uninstall());

/**
 * Marks as version 1 left them on the fixture table (B3:F8), and its record in the settings, as
 * a runtime sees them once it has loaded the settings (the pane and the ribbon both do first).
 */
async function markAsVersion1(setupNow: Setup): Promise<void> {
  const { sheet, office } = setupNow;
  const labels = ['状态', '达序时', '严重滞后', '滞后', '已完成', '数据错误'];
  labels.forEach((label, i) => sheet.update(2 + i, 6, { value: label }));
  sheet.update(4, 4, { fill: '#FFC7CE' });
  sheet.update(5, 4, { fill: '#FFEB9C' });
  sheet.update(7, 4, { fill: '#E4DFEC' });
  sheet.notes.set('7,6', 'E8：“技术合同成交额”的累计完成“x”是占位符');
  const record = {
    version: 1,
    entries: [
      {
        sheetId: sheet.id,
        sheetName: sheet.name,
        firstRow: 2,
        lastRow: 7,
        firstColumn: 1,
        lastColumn: 5,
        status: { column: 6, firstRow: 2, lastRow: 7, header: '状态', tableName: null },
        fills: [
          { row: 4, column: 4, color: '#FFC7CE', previous: null },
          { row: 5, column: 4, color: '#FFEB9C', previous: null },
          { row: 7, column: 4, color: '#E4DFEC', previous: null },
        ],
        notes: [{ row: 7, column: 6, mark: 'E8：“技术合同成交额”的累计完成“x”是占位符' }],
      },
    ],
    resultSheet: null,
  };
  office.store.persisted.set(LEGACY_MARKS_KEY, JSON.stringify(JSON.stringify(record)));
  await setupNow.workbook.loadSettings();
}

describe('marks record', () => {
  it('is one custom XML part in our namespace, in compact runs', async () => {
    s = setup();
    const source = await s.workbook.readSource('auto');
    await s.workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' });
    const parts = s.office.model.xmlParts;
    expect(parts.map((p) => p.namespaceUri)).toEqual([MARKS_NAMESPACE]);
    expect(parts[0]?.xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><marks xmlns=/);
    expect(storedMarks(s.office)?.entries[0]?.fills).toHaveLength(3);
    expect(s.office.store.persisted.has(LEGACY_MARKS_KEY)).toBe(false);
  });

  it('clears marks recorded by version 1 in the settings, and drops that record', async () => {
    s = setup();
    const clean = s.sheet.snapshot();
    await markAsVersion1(s);
    await s.workbook.clearMarks();
    expect(s.sheet.snapshot()).toEqual(clean);
    expect(s.sheet.notes.size).toBe(0);
    expect(s.office.store.persisted.has(LEGACY_MARKS_KEY)).toBe(false);
  });

  it('a check over version 1 marks replaces them and moves the record to the part', async () => {
    s = setup();
    await markAsVersion1(s);
    const source = await s.workbook.readSource('auto');
    expect(source.grid.values[1]).toHaveLength(5); // the old 状态 column is not data
    await s.workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' });
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    expect(s.sheet.value(2, 7)).toBe('');
    expect(s.sheet.notes.size).toBe(1);
    expect(storedMarks(s.office)?.entries).toHaveLength(1);
    expect(s.office.store.persisted.has(LEGACY_MARKS_KEY)).toBe(false);
  });

  it('finds its sheet by name when the record was written by another host', async () => {
    s = setup();
    const clean = s.sheet.snapshot();
    s.sheet.update(4, 4, { fill: TONE_COLORS['severely-behind'] });
    s.sheet.update(2, 6, { value: '核验状态' });
    s.sheet.update(4, 6, { value: '严重滞后' });
    const record: MarksRecord = {
      entries: [
        {
          sheetId: 'wps:1',
          sheetName: 'Sheet1',
          firstRow: 2,
          lastRow: 7,
          firstColumn: 1,
          lastColumn: 5,
          status: { column: 6, firstRow: 2, lastRow: 7, header: '核验状态', tableName: null },
          fills: [{ row: 4, column: 4, color: TONE_COLORS['severely-behind'], previous: null }],
          notes: [],
        },
      ],
      resultSheet: null,
    };
    s.office.model.xmlParts.push({
      id: '{wps-part}',
      xml: encodeMarksXml(record),
      namespaceUri: MARKS_NAMESPACE,
    });
    await s.workbook.clearMarks();
    expect(s.sheet.snapshot()).toEqual(clean);
    expect(s.office.model.xmlParts).toEqual([]);
  });

  it('merges two parts (e.g. two hosts each added one) and keeps one', async () => {
    s = setup();
    const source = await s.workbook.readSource('auto');
    await s.workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' });
    const [part] = s.office.model.xmlParts;
    s.office.model.xmlParts.push({ ...(part as NonNullable<typeof part>), id: '{copy}' });
    const again = await s.workbook.readSource('auto');
    await s.workbook.writeMarks(check(again), again, { mode: 'column', locale: 'zh-CN' });
    expect(s.office.model.xmlParts).toHaveLength(1);
    expect(storedMarks(s.office)?.entries).toHaveLength(1);
  });
});
