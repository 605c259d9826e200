import fc from 'fast-check';
import { checkTable } from '../../../src/core/check/checkTable';
import { splitA1 } from '../../../src/core/a1';
import type { CellGrid, CellValue } from '../../../src/core/types';
import { inRange } from './inRange';

const words = [
  '指标名称',
  '指标',
  '单位',
  '年度目标',
  '目标',
  '累计完成',
  '完成值',
  '去年同期',
  '上级指标',
  '类别',
  '方向',
  '逆向',
  '备注',
  'Indicator',
  'Actual',
  'Target',
  '专利申请量',
  '发明',
  '其中：发明专利',
  '一、研发投入',
  '注：',
  'x',
  'xx',
  'x.x亿元',
  '—',
  '-',
  '/',
  '待统计',
  '#DIV/0!',
  '#N/A',
  '3万多人次',
  '约3万',
  '200余',
  '21.%',
  '1.5014亿元',
  '205万元',
  '１２３４',
  '1,234',
  '单位：万元',
  '年度目标（亿元）',
  '件',
  '亿元',
  '%',
  '',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 46203),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

const grid: fc.Arbitrary<CellGrid> = fc.record({
  address: fc.constantFrom('A1', 'B3', 'Sheet1!C10', '$D$4', "'表 1'!E2:K9", 'nonsense', 'ZZ100'),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 16 }),
  numberFormat: fc.option(
    fc.array(
      fc.array(fc.constantFrom('General', '0%', '0.00%', '0"万元"', '@'), { maxLength: 9 }),
      {
        maxLength: 16,
      },
    ),
    { nil: undefined },
  ),
});

const options = fc.record(
  {
    asOf: fc.oneof(fc.constantFrom('2026-06-30', '2026-02-30', 'x'), fc.string()),
    expectedProgress: fc.double(),
    severeGap: fc.double(),
  },
  { requiredKeys: [] },
);

describe('checkTable on random grids', () => {
  it('never throws, keeps every issue and indicator cell inside the range, and counts add up', () => {
    fc.assert(
      fc.property(grid, options, (input, opts) => {
        const report = checkTable(input, opts);
        for (const issue of report.issues) {
          expect(inRange(issue.cell, report.range)).toBe(true);
          expect(splitA1(issue.cell)?.row).toBe(issue.row);
        }
        for (const indicator of report.indicators) {
          expect(splitA1(indicator.cells.name)?.row).toBe(indicator.row);
          for (const address of Object.values(indicator.cells)) {
            expect(inRange(address as string, report.range)).toBe(true);
          }
        }
        const { total, done, onTrack, behind, severelyBehind, noTarget, invalid, qualitative } =
          report.summary;
        expect(done + onTrack + behind + severelyBehind + noTarget + invalid + qualitative).toBe(
          total,
        );
        expect(total).toBe(report.indicators.length);
        expect(report.expectedProgress).toBeGreaterThanOrEqual(0);
        expect(report.expectedProgress).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 }, // ≈ 0.4–0.7 ms a run
    );
  });

  it('never throws on rows that are headers followed by random data', () => {
    const header: CellValue[] = [
      '指标名称',
      '单位',
      '年度目标',
      '累计完成',
      '去年同期',
      '上级指标',
      '方向',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 20 }),
        (rows) => {
          const report = checkTable(
            { address: 'B2', values: [header, ...rows] },
            { asOf: '2026-06-30' },
          );
          expect(report.header?.row).toBe(2);
          for (const issue of report.issues) expect(inRange(issue.cell, report.range)).toBe(true);
          for (const indicator of report.indicators) {
            // No figure: invalid, or judged from the words of the actual (issue 12).
            if (indicator.actual === null) {
              expect(['invalid', 'qualitative']).toContain(indicator.status);
            }
            if (indicator.status === 'qualitative') expect(indicator.assessment).toBeDefined();
          }
        },
      ),
      { numRuns: 300 }, // ≈ 1.0–1.8 ms a run, over the 1 ms below which properties get 1,000
    );
  });

  it('survives shapes the type does not allow', () => {
    const odd = [
      { address: 'A1', values: [null, undefined, 'row', [['nested']]] },
      {
        address: 42,
        values: [
          ['指标名称', '累计完成'],
          ['专利', 1],
        ],
      },
      { values: undefined },
      {
        address: 'A1',
        values: [
          ['指标名称', '累计完成'],
          ['专利', 1],
        ],
        numberFormat: [null, 'x'],
      },
    ] as unknown as CellGrid[];
    for (const input of odd) expect(() => checkTable(input)).not.toThrow();
  });
});
