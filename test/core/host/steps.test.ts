// The one use case: settings → read → check → mark, in that order, with the check step swappable.
import {
  checkAndMark,
  DEFAULT_SETTINGS,
  describeWrite,
  loadRunSettings,
  runCheckSteps,
  checkTable,
  SAMPLE_GRID,
} from '../../../src/core';
import type { CellGrid, CheckStep, SavedReading, WorkbookPort } from '../../../src/core';
import { MemoryWorkbook } from '../../../src/taskpane/standalone/memoryWorkbook';

/** Two cumulative columns and no target: which one is the actual is a guess. */
const GUESS: CellGrid = {
  address: 'A1',
  values: [
    ['指标', '1-6月累计', '本年累计'],
    ['专利申请', 120, 130],
    ['发明专利', 40, 45],
    ['科技培训', 12, 13],
  ],
};

function loaded(): MemoryWorkbook {
  const memory = new MemoryWorkbook();
  memory.load({ grid: SAMPLE_GRID, sheetName: 'sample.xlsx' });
  return memory;
}

describe('checkAndMark', () => {
  it('reads, checks with the settings and marks, in that order', async () => {
    const port = loaded();
    const order: string[] = [];
    const spy = (name: keyof WorkbookPort) =>
      jest.spyOn(port, name).mockImplementation(((...args: never[]) => {
        order.push(name);
        return (MemoryWorkbook.prototype[name] as (...a: never[]) => unknown).apply(port, args);
      }) as never);
    spy('readSource');
    spy('writeMarks');
    const settings = { ...DEFAULT_SETTINGS, asOf: '2026-03-31', outputMode: 'sheet' as const };
    const run = await checkAndMark(port, settings, 'en-US', new Date(2026, 11, 2));
    expect(order).toEqual(['readSource', 'writeMarks']);
    expect(run.report).toMatchObject({ asOf: '2026-03-31', expectedProgress: 0.25 });
    expect(run.summary.mode).toBe('sheet');
  });

  it('takes another check step (a lazily loaded engine or a worker)', async () => {
    const port = loaded();
    const check: CheckStep = jest.fn(async () => {
      throw new Error('engine failed to load');
    });
    const request = { settings: DEFAULT_SETTINGS, locale: 'zh-CN' as const, today: new Date() };
    await expect(runCheckSteps(port, request, check)).rejects.toThrow('engine failed to load');
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('writes no marks from an unsure reading, and says so', async () => {
    const memory = new MemoryWorkbook();
    memory.load({ grid: GUESS, sheetName: 'guess.xlsx' });
    const write = jest.spyOn(memory, 'writeMarks');
    const run = await checkAndMark(memory, DEFAULT_SETTINGS, 'zh-CN', new Date(2026, 6, 1));
    expect(run.report.issues.map((issue) => issue.code)).toContain('ambiguous-reading');
    expect(write).not.toHaveBeenCalled();
    expect(run.summary).toMatchObject({ withheld: true, cellsMarked: 0 });
    expect(describeWrite(run.summary, 'zh-CN')).toEqual({
      tone: 'warning',
      text: expect.stringContaining('没有写入任何标记'),
    });
  });

  it('applies the reading the user saved for this table (sheet and header row), ribbon included', async () => {
    const memory = new MemoryWorkbook();
    memory.load({ grid: GUESS, sheetName: 'guess.xlsx' });
    const write = jest.spyOn(memory, 'writeMarks');
    const saved: SavedReading = {
      sheet: 'guess.xlsx',
      headerText: '指标\t1-6月累计\t本年累计',
      columns: { actual: 'C' },
    };
    const settings = { ...DEFAULT_SETTINGS, readings: [saved] };
    const run = await checkAndMark(memory, settings, 'zh-CN', new Date(2026, 6, 1));
    expect(run.report.issues.map((issue) => issue.code)).not.toContain('ambiguous-reading');
    expect(run.report.table?.columns.actual).toBe('C');
    expect(run.report.indicators.map((i) => i.actual)).toEqual([130, 45, 13]);
    expect(write).toHaveBeenCalledTimes(1);
    expect(run.summary.withheld).toBeUndefined();

    // The same choice for another sheet, or a changed header, does not apply.
    for (const other of [
      { ...saved, sheet: 'other.xlsx' },
      { ...saved, headerText: '指标\t1-6月累计' },
    ]) {
      const again = await checkAndMark(
        memory,
        { ...settings, readings: [other] },
        'zh-CN',
        new Date(),
      );
      expect(again.report.issues.map((issue) => issue.code)).toContain('ambiguous-reading');
    }
  });

  it('passes the saved reading to any check step, with a header row moved by a new title row', async () => {
    const memory = new MemoryWorkbook();
    memory.load({
      grid: { address: 'A1', values: [['2026年上半年指标'], ...GUESS.values] },
      sheetName: 'guess.xlsx',
    });
    const saved: SavedReading = {
      sheet: 'guess.xlsx',
      headerText: '指标\t1-6月累计\t本年累计',
      headerRow: 1,
      columns: { actual: 'B' },
    };
    const check: CheckStep = jest.fn(async (source, options) => checkTable(source.grid, options));
    const request = {
      settings: { ...DEFAULT_SETTINGS, asOf: '2026-06-30', readings: [saved] },
      locale: 'zh-CN' as const,
      today: new Date(2026, 6, 15),
    };
    const run = await runCheckSteps(memory, request, check);
    expect(check).toHaveBeenCalledWith(expect.anything(), {
      asOf: '2026-06-30',
      today: '2026-07-15',
      severeGap: 0.2,
      locale: 'zh-CN',
      columns: { actual: 'B' },
      headerRow: 2,
    });
    expect(run.report.table).toMatchObject({ headerRow: 2, columns: { actual: 'B' } });
  });

  it('uses the settings’ language, else the host’s', async () => {
    const port = loaded();
    await expect(loadRunSettings(port, 'en-US')).resolves.toMatchObject({ locale: 'en-US' });
    await port.saveSettings({ ...DEFAULT_SETTINGS, locale: 'zh-CN' });
    await expect(loadRunSettings(port, 'en-US')).resolves.toMatchObject({ locale: 'zh-CN' });
  });
});
