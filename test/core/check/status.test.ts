import { judgeIndicator } from '../../../src/core/check/judge';
import type { Direction, Indicator, Status } from '../../../src/core/types';

function indicator(
  target: number | null,
  actual: number | null,
  direction: Direction = 'higher',
  lastYear: number | null = null,
  unit: string | null = '件',
): Indicator {
  return {
    name: '指标',
    row: 3,
    group: [],
    unit,
    category: 'other',
    parent: null,
    direction,
    target,
    actual,
    lastYear,
    completionRate: null,
    yoyGrowth: null,
    yoyChangePoints: null,
    status: 'invalid',
    approximate: false,
    cells: { name: 'A3', target: 'C3', actual: 'D3', lastYear: 'E3' },
  };
}

const MID_YEAR = { expectedProgress: 0.5, severeGap: 0.2 };
const YEAR_END = { expectedProgress: 1, severeGap: 0.2 };

describe('status, higher is better (expected progress 0.5, severe gap 0.2)', () => {
  it.each<[number | null, number | null, Status, number | null]>([
    [100, 100, 'done', 1],
    [100, 120, 'done', 1.2],
    [100, 99.99, 'on-track', 0.9999],
    [100, 50, 'on-track', 0.5],
    [100, 49.9, 'behind', 0.499],
    [100, 30, 'behind', 0.3],
    [100, 29.9, 'severely-behind', 0.299],
    [100, 0, 'severely-behind', 0],
    [null, 50, 'no-target', null],
    [100, null, 'invalid', null],
    [0, 50, 'invalid', null],
    [-5, 50, 'invalid', null],
  ])('target %p, actual %p → %p (completion %p)', (target, actual, status, rate) => {
    const judged = judgeIndicator(indicator(target, actual), MID_YEAR);
    expect(judged.status).toBe(status);
    expect(judged.completionRate).toBe(rate);
  });

  it('reads 0.3 as behind, not severely behind, despite floating point (0.5 − 0.2)', () => {
    expect(judgeIndicator(indicator(1, 0.3), MID_YEAR).status).toBe('behind');
  });

  it('is invalid when the target was written but unreadable', () => {
    expect(judgeIndicator(indicator(null, 50), MID_YEAR, true).status).toBe('invalid');
  });

  it('reports a non-positive target at the target cell', () => {
    expect(judgeIndicator(indicator(0, 50), MID_YEAR).issues).toEqual([
      {
        code: 'non-positive-target',
        severity: 'error',
        cell: 'C3',
        row: 3,
        indicator: '指标',
        params: { value: 0 },
      },
    ]);
  });
});

describe('status, lower is better (逆向: the target is a ceiling)', () => {
  it.each<[number, number, typeof MID_YEAR, Status]>([
    [10, 6, MID_YEAR, 'on-track'],
    [10, 10, MID_YEAR, 'on-track'],
    [10, 10, YEAR_END, 'done'],
    [10, 6, YEAR_END, 'done'],
    [10, 11, MID_YEAR, 'behind'],
    [10, 12, MID_YEAR, 'behind'],
    [10, 12.1, MID_YEAR, 'severely-behind'],
    [0, 0, MID_YEAR, 'on-track'],
    [0, 1, MID_YEAR, 'severely-behind'],
  ])('ceiling %p, actual %p → %p', (target, actual, rule, status) => {
    expect(judgeIndicator(indicator(target, actual, 'lower'), rule).status).toBe(status);
  });

  it('accepts a ceiling of 0 but not a negative one', () => {
    expect(judgeIndicator(indicator(0, 0, 'lower'), MID_YEAR).issues).toEqual([]);
    expect(judgeIndicator(indicator(-1, 0, 'lower'), MID_YEAR).status).toBe('invalid');
  });
});

describe('year-on-year', () => {
  it.each<[number, number, string | null, number | null, number | null]>([
    [331, 240, '件', 91 / 240, null],
    [6, 7, '件', -1 / 7, null],
    [2.38, 2.21, '%', 0.17 / 2.21, 0.17],
    [5, -10, '件', 1.5, null],
  ])('actual %p, last year %p (%p)', (actual, lastYear, unit, growth, points) => {
    const judged = judgeIndicator(indicator(1000, actual, 'higher', lastYear, unit), MID_YEAR);
    expect(judged.yoyGrowth).toBeCloseTo(growth ?? Number.NaN, 10);
    expect(judged.yoyChangePoints).toBe(points);
  });

  it('gives no growth and a warning at the last-year cell when last year is 0', () => {
    const judged = judgeIndicator(indicator(100, 50, 'higher', 0), MID_YEAR);
    expect(judged.yoyGrowth).toBeNull();
    expect(judged.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['zero-last-year', 'E3'],
    ]);
  });

  it('warns about negative counts but not negative rates', () => {
    const counts = judgeIndicator(indicator(100, -3, 'higher', -1), MID_YEAR);
    expect(counts.issues.map((issue) => [issue.code, issue.cell, issue.params])).toEqual([
      ['negative-value', 'D3', { field: 'actual', value: -3 }],
      ['negative-value', 'E3', { field: 'lastYear', value: -1 }],
    ]);
    expect(judgeIndicator(indicator(5, -3, 'higher', -1, '%'), MID_YEAR).issues).toEqual([]);
  });
});
