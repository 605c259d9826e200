// Property tests of the reading: what surrounds a table, or the order of its columns, never
// changes the indicators read; a 其中 row never attaches to a total of another section.
import fc from 'fast-check';
import { checkTable } from '../../../src/core/check/checkTable';
import type { CellValue, Indicator } from '../../../src/core/types';

const HEADER: CellValue[] = ['指标名称', '单位', '年度目标', '累计完成', '去年同期'];

const rowArb = fc.record({
  name: fc.constantFrom('专利申请量', '研发投入', '科技项目', '培训人次', '高企数量', '技术合同'),
  unit: fc.constantFrom('件', '亿元', '项', '人次', '家'),
  target: fc.integer({ min: 1, max: 10_000 }),
  actual: fc.integer({ min: 0, max: 10_000 }),
  lastYear: fc.integer({ min: 1, max: 10_000 }),
});

const tableArb = fc.uniqueArray(rowArb, {
  minLength: 1,
  maxLength: 6,
  selector: (row) => row.name,
});

const toRows = (
  rows: { name: string; unit: string; target: number; actual: number; lastYear: number }[],
) => rows.map((row): CellValue[] => [row.name, row.unit, row.target, row.actual, row.lastYear]);

/** What an indicator is, without where it sits. */
const facts = (indicators: readonly Indicator[]) =>
  indicators.map(({ name, unit, target, actual, lastYear, group, parent }) => ({
    name,
    unit,
    target,
    actual,
    lastYear,
    group,
    parent,
  }));

const read = (values: CellValue[][]) => facts(checkTable({ address: 'A1', values }, {}).indicators);

const noise = fc.constantFrom<CellValue[][]>(
  [['2026年上半年科技工作指标完成情况']],
  [[null]],
  [['单位：个、万元']],
  [['填报单位：某某县科学技术局']],
  [['2026年上半年科技工作指标完成情况'], [null], ['（2026年度）']],
);
const notes = fc.constantFrom<CellValue[][]>(
  [['注：数据来源于统计局快报']],
  [['说明：累计完成为1-6月数']],
  [['数据来源：县统计局']],
  [['[1]含结转项目']],
  [[null], ['注：本表为快报数']],
);

describe('the reading is stable under what surrounds the table', () => {
  it('title, unit, blank and note rows never change the indicators read', () => {
    fc.assert(
      fc.property(tableArb, noise, notes, (rows, above, below) => {
        const plain = read([HEADER, ...toRows(rows)]);
        expect(read([...above, HEADER, ...toRows(rows), ...below])).toEqual(plain);
      }),
      { numRuns: 150 },
    );
  });

  it('reordering the columns never changes the indicators read', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        (rows, order) => {
          const plain = read([HEADER, ...toRows(rows)]);
          const permute = (row: CellValue[]): CellValue[] => order.map((i) => row[i]);
          expect(read([permute(HEADER), ...toRows(rows).map(permute)])).toEqual(plain);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('sections keep their 其中 rows', () => {
  const section = (label: string, total: number, part: number): CellValue[][] => [
    [label, null, null, null, null],
    ['专利申请量', '件', 600, total, 50],
    ['其中：发明专利', '件', null, part, null],
  ];

  it('shuffling sections never attaches a 其中 row to a total of another section', () => {
    const labels = ['一、甲镇', '二、乙镇', '三、丙镇', '四、丁镇'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(labels, { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 4, maxLength: 4 }),
        (order, totals) => {
          const values: CellValue[][] = [HEADER];
          order.forEach((label, i) =>
            values.push(...section(label, (totals[i] ?? 1) + 100, totals[i] ?? 1)),
          );
          const report = checkTable({ address: 'A1', values }, {});
          const byRow = new Map(report.indicators.map((indicator) => [indicator.row, indicator]));
          for (const part of report.indicators.filter(
            (indicator) => indicator.name === '发明专利',
          )) {
            const total = part.parentRow === undefined ? undefined : byRow.get(part.parentRow);
            expect(total?.group).toEqual(part.group);
            expect(total?.row).toBe(part.row - 1);
          }
          expect(report.issues).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
