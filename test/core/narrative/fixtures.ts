// Hand-built reports for wording tests: one indicator per row, cells in columns A (name) to F (parent).
import { summarize } from '../../../src/core/check/summary';
import type { CheckReport, Indicator, Issue } from '../../../src/core/types';

export function indicator(fields: Partial<Indicator> & { name: string; row: number }): Indicator {
  const { row } = fields;
  return {
    group: [],
    unit: null,
    category: 'other',
    parent: null,
    direction: 'higher',
    target: null,
    actual: null,
    lastYear: null,
    completionRate: null,
    yoyGrowth: null,
    yoyChangePoints: null,
    status: 'no-target',
    approximate: false,
    cells: {
      name: `A${row}`,
      unit: `B${row}`,
      target: `C${row}`,
      actual: `D${row}`,
      lastYear: `E${row}`,
      parent: `F${row}`,
    },
    ...fields,
  };
}

export function report(
  indicators: Indicator[],
  options: { asOf?: string | null; expectedProgress?: number; issues?: Issue[] } = {},
): CheckReport {
  return {
    asOf: options.asOf === undefined ? '2026-06-30' : options.asOf,
    expectedProgress: options.expectedProgress ?? 0.5,
    severeGap: 0.2,
    summary: summarize(indicators),
    indicators,
    issues: options.issues ?? [],
    header: { row: 1, columns: { name: 'A', unit: 'B', target: 'C', actual: 'D', lastYear: 'E' } },
    range: `A1:F${indicators.length + 1}`,
  };
}
