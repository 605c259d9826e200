import { lastFinishedMonthEnd } from '../../../src/core';
import type { DialogNotice as Notice } from '../../../src/commands/notice';
import {
  WRITE_BY_MS,
  checkCommand,
  clearCommand,
  completeAfter,
} from '../../../src/commands/ribbonCommands';
import type { CommandDeps } from '../../../src/commands/ribbonCommands';
import { ExcelWorkbook, RoundTripCounter } from '../../../src/office';
import { SETTINGS_KEY } from '../../../src/office/store/documentSettings';
import { setup } from '../fixtures';
import type { Setup } from '../fixtures';

let s: Setup;
let shown: Notice[];
afterEach(() => s.office.uninstall());

function deps(): CommandDeps {
  shown = [];
  return {
    port: s.workbook,
    displayLocale: () => 'zh-CN',
    today: () => new Date(2026, 6, 5),
    notify: async (notice) => {
      shown.push(notice);
    },
  };
}

describe('ribbon: 一键核验 (checkCommand)', () => {
  it('checks, writes the status column and reports in a notice (read 1 sync, look 1, write 1)', async () => {
    s = setup();
    const notice = await checkCommand(deps());
    expect(shown).toEqual([notice]);
    expect(notice).toEqual({
      locale: 'zh-CN',
      tone: 'warning',
      title: '核验完成',
      lines: [
        '共 5 项指标：已完成 1 项，达序时 1 项，滞后 1 项，严重滞后 1 项，数据错误 1 项。',
        '状态已写在 G3:G8 列，共标记 8 个单元格。',
        '发现 1 个问题，详见状态列中的批注。',
      ],
    });
    expect(s.sheet.value(2, 6)).toBe('核验状态');
    expect(s.counter.syncs).toBe(3);
  });

  it('writes nothing when the read and check used up the time Office gives a command', async () => {
    s = setup();
    let clock = 0;
    const before = s.sheet.snapshot();
    const slow = deps();
    const read = slow.port.readSource.bind(slow.port);
    slow.port.readSource = async (kind) => {
      const source = await read(kind);
      clock += WRITE_BY_MS + 1; // a very slow read
      return source;
    };
    const notice = await checkCommand({ ...slow, now: () => clock });
    expect(notice).toMatchObject({ tone: 'error', title: '核验未完成' });
    expect(notice.lines[0]).toContain('没有写入任何标记');
    expect(s.sheet.snapshot()).toEqual(before);
  });

  it('uses the stored settings: English, result sheet, as-of date', async () => {
    s = setup();
    s.office.store.persisted.set(
      SETTINGS_KEY,
      JSON.stringify(JSON.stringify({ locale: 'en-US', outputMode: 'sheet', asOf: '2026-03-31' })),
    );
    const notice = await checkCommand(deps());
    expect(notice.title).toBe('Check finished');
    expect(notice.lines).toContain('Results are on the sheet "Check results".');
    expect(s.office.model.sheet('Check results')?.value(1, 1)).toBe('2026-03-31');
  });

  it('defaults the as-of date to the end of the last finished month', async () => {
    s = setup();
    const write = jest.spyOn(s.workbook, 'writeMarks');
    await checkCommand(deps());
    expect(write.mock.calls[0]?.[0]).toMatchObject({ asOf: '2026-06-30', expectedProgress: 0.5 });
  });

  it('mentions settings that could not be read', async () => {
    s = setup();
    s.office.store.persisted.set(SETTINGS_KEY, JSON.stringify(JSON.stringify({ severeGap: 'x' })));
    const notice = await checkCommand(deps());
    expect(notice.lines.at(-1)).toBe('部分设置无法读取，已使用默认值：severeGap。');
  });

  it('turns a failure into an error notice with the user wording and the Office code', async () => {
    s = setup();
    s.office.model.editMode = true;
    const notice = await checkCommand(deps());
    expect(notice).toEqual({
      locale: 'zh-CN',
      tone: 'error',
      title: '核验未完成',
      lines: [
        'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。',
        '(InvalidOperationInCellEditMode)',
      ],
    });
    expect(shown).toHaveLength(1);
  });

  it('says there is no data on an empty sheet', async () => {
    s = setup({ rows: [['']] });
    const notice = await checkCommand(deps());
    expect(notice.lines[0]).toBe('没有找到可核验的数据。请选中指标表格，或把光标放在表格内。');
  });
});

describe('ribbon: 清除标记 (clearCommand)', () => {
  it('removes the marks and confirms', async () => {
    s = setup();
    await checkCommand(deps());
    const notice = await clearCommand(deps());
    expect(notice).toMatchObject({ tone: 'success', title: '标记已清除' });
    expect(s.sheet.value(2, 6)).toBe('');
  });

  it('reports a protected sheet', async () => {
    s = setup();
    await checkCommand(deps());
    s.sheet.protected = true;
    const notice = await clearCommand(deps());
    expect(notice).toMatchObject({ tone: 'error', title: '清除未完成' });
  });
});

describe('completeAfter', () => {
  it('calls event.completed after the job, also when it fails', async () => {
    s = setup();
    const event = { completed: jest.fn() };
    await completeAfter(event, async () => 1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    await expect(
      completeAfter(event, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(event.completed).toHaveBeenCalledTimes(2);
  });
});

describe('lastFinishedMonthEnd', () => {
  it.each([
    [new Date(2026, 6, 5), '2026-06-30'],
    [new Date(2026, 0, 15), '2025-12-31'],
    [new Date(2026, 2, 1), '2026-02-28'],
    [new Date(2024, 2, 10), '2024-02-29'],
    [new Date(2026, 5, 30), '2026-05-31'],
  ])('%s → %s', (today, expected) => {
    expect(lastFinishedMonthEnd(today)).toBe(expected);
  });
});

describe('a port that counts', () => {
  it('counts syncs per command', async () => {
    s = setup();
    const counter = new RoundTripCounter();
    await checkCommand({ ...deps(), port: new ExcelWorkbook({ counter }) });
    // The settings are read once; the marks record travels in the Excel batches.
    expect(counter.snapshot()).toEqual({ sync: 3, settingsRefresh: 1, settingsSave: 0 });
  });
});
