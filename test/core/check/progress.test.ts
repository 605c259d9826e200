import { expectedProgressFor, resolveProgress } from '../../../src/core/check/progress';

describe('expectedProgressFor: finished months / 12', () => {
  it.each<[string, number | null]>([
    ['2026-06-30', 0.5],
    ['2026-03-31', 0.25],
    ['2026-12-31', 1],
    ['2026-01-31', 1 / 12],
    ['2026-06-15', 5 / 12],
    ['2026-07-01', 6 / 12],
    ['2026-01-01', 0],
    ['2026-02-28', 2 / 12],
    ['2024-02-29', 2 / 12],
    ['2024-02-28', 1 / 12],
    ['2025-02-29', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-06-00', null],
    ['2026-6-30', null],
    ['2026/06/30', null],
    ['30.06.2026', null],
    ['', null],
    ['yesterday', null],
  ])('%p → %p', (asOf, expected) => {
    expect(expectedProgressFor(asOf)).toBe(expected);
  });

  it('returns null for a non-string at runtime', () => {
    expect(expectedProgressFor(20260630 as unknown as string)).toBeNull();
  });
});

describe('resolveProgress', () => {
  it.each([
    [{}, { asOf: null, expectedProgress: 0.5, severeGap: 0.2 }],
    [undefined, { asOf: null, expectedProgress: 0.5, severeGap: 0.2 }],
    [{ asOf: '2026-03-31' }, { asOf: '2026-03-31', expectedProgress: 0.25, severeGap: 0.2 }],
    [
      { asOf: '2026-03-31', expectedProgress: 0.6 },
      { asOf: '2026-03-31', expectedProgress: 0.6, severeGap: 0.2 },
    ],
    [
      { expectedProgress: 0.7, severeGap: 0.1 },
      { asOf: null, expectedProgress: 0.7, severeGap: 0.1 },
    ],
    [{ asOf: 'bad date' }, { asOf: null, expectedProgress: 0.5, severeGap: 0.2 }],
    [
      { asOf: '2026-09-30', expectedProgress: Number.NaN, severeGap: Number.POSITIVE_INFINITY },
      { asOf: '2026-09-30', expectedProgress: 0.75, severeGap: 0.2 },
    ],
    [
      { expectedProgress: 1.7, severeGap: -1 },
      { asOf: null, expectedProgress: 1, severeGap: 0 },
    ],
  ])('%p → %p', (options, expected) => {
    expect(resolveProgress(options)).toEqual(expected);
  });
});
