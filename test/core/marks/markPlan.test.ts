// The one marking rule: every host writes these labels, fills and notes.
import { checkTable, markPlan, noteRows, TONE_COLORS } from '../../../src/core';
import type { CellValue } from '../../../src/core';

const GRID: CellValue[][] = [
  ['指标名称', '单位', '年度目标', '累计完成'],
  ['研发投入', '亿元', 10, 6],
  ['发明专利申请', '件', 100, 25],
  ['高新技术企业', '家', 40, 18],
  ['科技培训', '人次', 2000, 2100],
  ['技术合同成交额', '亿元', 5, 'x'],
];

const report = checkTable({ values: GRID, address: 'B3' }, { asOf: '2026-06-30' });

describe('markPlan', () => {
  it('labels every indicator row with its status and tone', () => {
    expect(markPlan(report, 'zh-CN').statuses).toEqual([
      { row: 4, label: '达序时', tone: null },
      { row: 5, label: '严重滞后', tone: 'severely-behind' },
      { row: 6, label: '滞后', tone: 'behind' },
      { row: 7, label: '已完成', tone: null },
      { row: 8, label: '数据错误', tone: 'invalid' },
    ]);
    expect(markPlan(report, 'en-US').header).toBe('Status');
    expect(markPlan(report, 'zh-CN').header).toBe('核验状态');
  });

  it('fills the actual figure of behind indicators and the cell at fault of a data error', () => {
    expect(markPlan(report, 'zh-CN').fills).toEqual([
      { row: 4, column: 4, tone: 'severely-behind' },
      { row: 5, column: 4, tone: 'behind' },
      { row: 7, column: 4, tone: 'invalid' },
    ]);
  });

  it('gathers the issues of a row into one note', () => {
    const notes = markPlan(report, 'zh-CN').notes;
    expect(notes.map((n) => [n.row, n.issues.map((i) => i.code)])).toEqual([[8, ['not-a-number']]]);
    expect(notes[0]?.text).toMatch(/^E8：/);
  });

  it('puts a row’s note on its status cell, and notes of rows outside the column on the header cell', () => {
    const withHeaderIssue = {
      ...report,
      issues: [
        ...report.issues,
        { ...report.issues[0]!, row: 1, cell: 'B1' },
        { ...report.issues[0]!, row: 2, cell: 'B2' },
      ],
    };
    const notes = noteRows(markPlan(withHeaderIssue, 'zh-CN'), 3, 8);
    expect(notes.map((n) => [n.row, n.issues.map((i) => i.cell)])).toEqual([
      [8, ['E8']],
      [3, ['B1', 'B2']],
    ]);
    expect(notes[1]?.text.split('\n')).toHaveLength(2);
  });

  it('uses three colours, the same in every host', () => {
    expect(TONE_COLORS).toEqual({
      behind: '#FFEB9C',
      'severely-behind': '#FFC7CE',
      invalid: '#E4DFEC',
    });
  });

  it('fills nothing for a layout problem', () => {
    const noHeader = checkTable({ values: [['a', 'b']], address: 'A1' }, {});
    expect(noHeader.issues.map((i) => i.code)).toContain('no-header');
    expect(markPlan(noHeader, 'zh-CN').fills).toEqual([]);
  });
});
