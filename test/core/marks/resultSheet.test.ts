import { checkTable } from '../../../src/core';
import { resultSheetContents } from '../../../src/core/marks/resultSheet';
import { TABLE } from '../../office/fixtures';

const near = (n: number) => expect.closeTo(n, 9);
const report = checkTable({ address: 'B2', values: TABLE }, { asOf: '2026-06-30' });

describe('result sheet contents', () => {
  it('has the report table and the issue list (zh-CN)', () => {
    const sheet = resultSheetContents(report, 'zh-CN', report.issues, null);
    expect(sheet.values.map((row) => row.filter((v) => v !== ''))).toEqual([
      ['指标核验结果'],
      ['截至日期', '2026-06-30', '序时进度', 0.5],
      [],
      [
        '指标名称',
        '单位',
        '年度目标',
        '累计完成',
        '完成率',
        '与序时进度差',
        '状态',
        '同比',
        '单元格',
      ],
      ["'研发投入", "'亿元", 10, 6, 0.6, near(0.1), '达序时', 0.2, 'E4'],
      ["'发明专利申请", "'件", 100, 25, 0.25, -0.25, '严重滞后', 0.25, 'E5'],
      ["'高新技术企业", "'家", 40, 18, 0.45, near(-0.05), '滞后', 0.2, 'E6'],
      ["'科技培训", "'人次", 2000, 2100, 1.05, 0.55, '已完成', near(1 / 6), 'E7'],
      ["'技术合同成交额", "'亿元", 5, '数据错误', 'E8'],
      [],
      ['问题清单'],
      ['单元格', '级别', '代码', '说明'],
      ['E8', '错误', 'not-a-number', expect.stringMatching(/^'E8：/)],
    ]);
    expect(sheet.tableHeaderRow).toBe(3);
    expect(sheet.boldRows).toEqual([0, 3, 10, 11]);
    expect(sheet.numberFormat[4]?.[4]).toBe('0.0%');
    expect(new Set(sheet.values.map((row) => row.length))).toEqual(new Set([9]));
  });

  it('says so when there are no issues, in English', () => {
    const sheet = resultSheetContents(
      { ...report, issues: [] },
      'en-US',
      [],
      'The column right of the table is not empty.',
    );
    const text = sheet.values.flat().filter((v) => v !== '');
    expect(text).toContain('Check results');
    expect(text).toContain('No issues found.');
    expect(text).toContain('The column right of the table is not empty.');
    expect(text).toContain('Severely behind');
  });
});
