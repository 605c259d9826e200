// One description of what a check or a clear did, shared by the ribbon dialog and the pane banner.
import {
  checkOutcome,
  checkTable,
  clearOutcome,
  describeWrite,
  failureOutcome,
  fallbackHere,
  HostError,
} from '../../../src/core';
import type { WriteSummary } from '../../../src/core';

const column: WriteSummary = {
  mode: 'column',
  fellBackToSheet: false,
  cellsMarked: 8,
  notes: 1,
  statusRange: 'G3:G8',
};
const fellBack: WriteSummary = {
  mode: 'sheet',
  fellBackToSheet: true,
  cellsMarked: 3,
  notes: 0,
  fallbackReason: 'neighbour-not-empty',
  resultSheet: '指标核验结果',
};

describe('describeWrite', () => {
  it.each<[string, WriteSummary, string | null, string | null]>([
    ['a status column', column, '状态已写在 G3:G8 列，共标记 8 个单元格。', 'success'],
    [
      'a fallback, with its reason',
      fellBack,
      '表格右侧一列已有内容，为避免覆盖，结果写在工作表“指标核验结果”。',
      'warning',
    ],
    [
      'the result sheet chosen in the settings',
      { mode: 'sheet', fellBackToSheet: false, cellsMarked: 0, notes: 0, resultSheet: '结果' },
      '结果已写在工作表“结果”。',
      'success',
    ],
    [
      'nothing written (standalone)',
      { mode: 'column', fellBackToSheet: false, cellsMarked: 0, notes: 0 },
      null,
      null,
    ],
  ])('%s', (_case, summary, text, tone) => {
    const write = describeWrite(summary, 'zh-CN');
    expect(write?.text ?? null).toBe(text);
    expect(write?.tone ?? null).toBe(tone);
  });

  it('words each fallback the same on the result sheet and in the notice', () => {
    expect(fallbackHere('sheet-protected', 'zh-CN')).toBe(
      '工作表受保护，未在表格中做标记，核验结果写在本工作表。',
    );
    expect(describeWrite({ ...fellBack, fallbackReason: 'sheet-protected' }, 'en-US')?.text).toBe(
      'The sheet is protected, so nothing was marked in the table; the results are on the sheet "指标核验结果".',
    );
  });
});

describe('checkOutcome', () => {
  const report = checkTable(
    {
      values: [
        ['指标名称', '年度目标', '累计完成'],
        ['研发投入', 10, 6],
        ['技术合同成交额', 5, 'x'],
      ],
      address: 'A1',
    },
    { asOf: '2026-06-30' },
  );

  it('counts, says where the marks went and what to look at', () => {
    expect(checkOutcome(report, column, ['severeGap'], 'zh-CN')).toEqual({
      tone: 'warning',
      title: '核验完成',
      lines: [
        '共 2 项指标：已完成 0 项，达序时 1 项，滞后 0 项，严重滞后 0 项，数据错误 1 项。',
        '状态已写在 G3:G8 列，共标记 8 个单元格。',
        '发现 1 个问题，详见状态列中的批注。',
        '部分设置无法读取，已使用默认值：severeGap。',
      ],
    });
  });
});

describe('failure and clear outcomes', () => {
  it('give the host wording and the host code', () => {
    const error = new HostError('edit-mode', { hostCode: 'InvalidOperationInCellEditMode' });
    expect(failureOutcome(error, 'en-US', 'clear', 'wps')).toEqual({
      tone: 'error',
      title: 'Clearing not finished',
      lines: [
        'WPS Spreadsheets is editing a cell. Press Enter or Esc to finish editing, then try again.',
        '(InvalidOperationInCellEditMode)',
      ],
    });
    expect(clearOutcome('zh-CN').title).toBe('标记已清除');
  });
});
