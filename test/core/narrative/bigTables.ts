// Generated tables of any size for the prose budget, the appendix and the .docx at scale: the CLI
// benchmark's table (test/fixtures/generate), and one with groups, sub-items, rates, money, 同比
// both ways, behind and severely behind rows and an approximate figure.
import { checkTable } from '../../../src/core/check/checkTable';
import type { CellGrid, CellValue, CheckReport } from '../../../src/core/types';
import { largeTable } from '../../fixtures/generate/cli';

/** The CLI benchmark's generated workbook as cells (title row, header, rows). */
export function largeGrid(rows: number): CellGrid {
  const table = largeTable(rows);
  const cell = (value: unknown): CellValue =>
    typeof value === 'object' && value !== null && 'result' in value
      ? typeof value.result === 'number'
        ? value.result
        : null
      : (value as CellValue);
  return {
    address: 'A1',
    values: [
      [table.title, null, null, null, null, null],
      table.header,
      ...table.rows.map((row) => row.map(cell)),
    ],
  };
}

const GROUPS = ['一、研发投入', '二、知识产权', '三、企业培育', '四、科技项目', '五、人才培训'];
const UNITS = ['亿元', '件', '%', '家', '项', '人次', '万元'];

/** Grouped rows: every 7th a 其中 part of the row above it, every 11th without last year. */
export function groupedGrid(rows: number): CellGrid {
  const values: CellValue[][] = [
    ['2026年上半年科技工作指标完成情况', null, null, null, null, null, null],
    ['一级指标', '指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'],
  ];
  let parent = '';
  for (let i = 0; i < rows; i++) {
    const group = GROUPS[Math.floor((i * GROUPS.length) / rows)] ?? '';
    const unit = UNITS[i % UNITS.length] ?? '件';
    const name = `指标${i + 1}`;
    const isPart = i % 7 === 6 && parent !== '';
    const target = unit === '%' ? 2 + (i % 5) / 10 : 100 + ((i * 37) % 900);
    const share = 0.1 + ((i * 13) % 100) / 100;
    const actual = Math.round(target * share * 100) / 100;
    const lastYear =
      i % 11 === 0 ? null : Math.round(actual * (0.6 + ((i * 7) % 80) / 100) * 100) / 100;
    values.push([
      group,
      name,
      unit,
      isPart ? null : target,
      i === 5 ? '约30' : actual,
      lastYear,
      isPart ? parent : null,
    ]);
    if (!isPart) parent = name;
  }
  return { address: 'A1', values };
}

export const checked = (grid: CellGrid): CheckReport => checkTable(grid, { asOf: '2026-06-30' });
