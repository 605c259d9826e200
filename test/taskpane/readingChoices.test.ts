// What the 表格识别 panel offers and what a choice saves: pure functions, no DOM.
import { DEFAULT_SETTINGS } from '../../src/core';
import type { CellGrid, CheckRun, SavedReading, Settings, TableReading } from '../../src/core';
import { withColumn, withHeaderRow, withoutReading } from '../../src/taskpane/reading/changes';
import {
  columnChoices,
  groupChoices,
  headerRowChoices,
  readingPairs,
} from '../../src/taskpane/reading/choices';

/** A CNIPA-style table: a group row over a sub-header, merged cells left blank. */
const GRID: CellGrid = {
  address: 'A1',
  values: [
    ['2021年专利授权统计表', null, null, null, null],
    [],
    ['分组', null, '发明', null, '实用新型'],
    [null, null, '授权量', '构成', '授权量'],
    ['合计', '小计', 695946, '100%', 3119990],
  ],
};

const TABLE: TableReading = {
  title: '2021年专利授权统计表',
  headerRow: 3,
  headerRows: [3, 4],
  columns: { name: 'B', group: ['A'], actual: 'C' },
  confidence: 0.3,
  otherBlocks: [],
};

const run = (table: TableReading | null = TABLE, grid = GRID): CheckRun =>
  ({
    report: { table, issues: [], indicators: [] },
    source: { grid, sheetName: 'grants.csv', kind: 'sheet' },
    summary: { mode: 'column', fellBackToSheet: false, cellsMarked: 0, notes: 0 },
  }) as unknown as CheckRun;

const KEY = '分组\t\t发明\t\t实用新型';

describe('the choices of the panel', () => {
  it('names each column by its letter and header, a group label carried over merged blanks', () => {
    expect(columnChoices(GRID, [3, 4])).toEqual([
      { value: 'A', label: 'A · 分组' },
      { value: 'B', label: 'B · 分组' },
      { value: 'C', label: 'C · 发明 / 授权量' },
      { value: 'D', label: 'D · 发明 / 构成' },
      { value: 'E', label: 'E · 实用新型 / 授权量' },
    ]);
  });

  it('uses the sheet letters of a table that does not start in column A', () => {
    const grid: CellGrid = { address: 'Sheet1!C5', values: [['指标', '', '完成']] };
    expect(columnChoices(grid, [5]).map((choice) => choice.label)).toEqual([
      'C · 指标',
      'D',
      'E · 完成',
    ]);
  });

  it('offers the rows with text among the first 30 as header rows', () => {
    expect(headerRowChoices(GRID, 'zh-CN')).toEqual([
      { value: '1', label: '第1行：2021年专利授权统计表' },
      { value: '3', label: '第3行：分组 | 发明 | 实用新型' },
      { value: '4', label: '第4行：授权量 | 构成 | 授权量' },
      { value: '5', label: '第5行：合计 | 小计 | 695946 | 100% | 3119990' },
    ]);
    expect(headerRowChoices(GRID, 'en-US')[0]?.label).toBe('Row 1: 2021年专利授权统计表');
    const tall: CellGrid = {
      address: 'A1',
      values: Array.from({ length: 50 }, (_, i) => [`r${i}`]),
    };
    expect(headerRowChoices(tall, 'zh-CN')).toHaveLength(30);
  });

  it('shortens a long label', () => {
    const grid: CellGrid = { address: 'A1', values: [['很长的表头'.repeat(30)]] };
    const [choice] = columnChoices(grid, [1]);
    expect(choice?.label.length).toBe(60);
    expect(choice?.label.endsWith('…')).toBe(true);
  });

  it('offers group columns one by one, and runs of columns left of the name', () => {
    const columns = columnChoices(
      { address: 'A1', values: [['一级指标', '二级指标', '三级指标', '指标值']] },
      [1],
    );
    expect(groupChoices(columns, 'C').slice(4)).toEqual([
      { value: 'A+B', label: 'A+B · 一级指标 + 二级指标' },
    ]);
    expect(groupChoices(columns, 'A')).toHaveLength(4);
    expect(groupChoices(columns, undefined)).toHaveLength(4);
  });

  it('says the reading in one line, as the command line does', () => {
    expect(readingPairs(TABLE, 'zh-CN')).toBe('指标名称=B，分组=A，累计完成=C');
    expect(
      readingPairs({ ...TABLE, columns: { ...TABLE.columns, group: ['A', 'B'] } }, 'en-US'),
    ).toBe('Indicator=B, Group=A+B, Actual=C');
  });
});

describe('what a choice saves', () => {
  const settings = (readings: SavedReading[] = []): Settings => ({ ...DEFAULT_SETTINGS, readings });

  it('keys a column choice by sheet and header row text, and keeps earlier choices of the table', () => {
    const first = withColumn(settings(), run(), 'actual', ['E']);
    expect(first).toEqual([{ sheet: 'grants.csv', headerText: KEY, columns: { actual: 'E' } }]);
    const second = withColumn(settings(first ?? []), run(), 'yoyGrowth', []);
    expect(second).toEqual([
      { sheet: 'grants.csv', headerText: KEY, columns: { actual: 'E', yoyGrowth: [] } },
    ]);
    expect(withColumn(settings(), run(), 'group', ['A', 'B'])?.[0]?.columns).toEqual({
      group: ['A', 'B'],
    });
  });

  it('keeps a chosen header row with later column choices', () => {
    const header = withHeaderRow(settings(), run(), 4);
    expect(header).toEqual([
      { sheet: 'grants.csv', headerText: '\t\t授权量\t构成\t授权量', headerRow: 4, columns: {} },
    ]);
    const table = { ...TABLE, headerRow: 4, headerRows: [4] };
    expect(withColumn(settings(header ?? []), run(table), 'name', ['A'])).toEqual([
      {
        sheet: 'grants.csv',
        headerText: '\t\t授权量\t构成\t授权量',
        headerRow: 4,
        columns: { name: 'A' },
      },
    ]);
  });

  it('replaces the reading it came from when the header row changes', () => {
    const before = withColumn(settings(), run(), 'actual', ['E']) ?? [];
    const after = withHeaderRow(settings(before), run(), 4);
    expect(after).toHaveLength(1);
    expect(after?.[0]?.headerRow).toBe(4);
  });

  it('refuses what cannot be keyed: a blank header row, a table without a reading', () => {
    expect(withHeaderRow(settings(), run(), 2)).toBeNull();
    expect(withColumn(settings(), run(null), 'actual', ['C'])).toBeNull();
  });

  it('goes back to the automatic reading, other tables’ readings kept', () => {
    const other: SavedReading = { sheet: 'other.csv', headerText: 'x', columns: { actual: 'B' } };
    const saved = withColumn(settings([other]), run(), 'actual', ['E']) ?? [];
    expect(saved).toHaveLength(2);
    expect(withoutReading(settings(saved), run())).toEqual([other]);
    expect(withoutReading(settings([other]), run())).toEqual([other]);
  });
});
