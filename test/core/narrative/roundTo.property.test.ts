// roundTo takes a binary shortcut away from ties; it must agree with rounding the decimal text.
import fc from 'fast-check';
import { digits, faithfulDecimals, roundTo, shift } from '../../../src/core/narrative/numbers';

function decimalRound(value: number, places: number): number {
  if (!(Math.abs(value) < 2 ** 53)) return value;
  const rounded = shift(Math.round(shift(Math.abs(value), places)), -places);
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

const places = fc.integer({ min: 0, max: 6 });
const agrees = (value: number, p: number) => Object.is(roundTo(value, p), decimalRound(value, p));

describe('roundTo', () => {
  it('agrees with decimal rounding on any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), places, agrees), { numRuns: 20_000 });
  });

  it('agrees on typed decimals such as 1.005 and 45.25', () => {
    const typed = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, d]) => n / 10 ** d);
    fc.assert(fc.property(typed, places, agrees), { numRuns: 20_000 });
  });

  it('agrees on exact ties', () => {
    const tie = fc
      .tuple(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 1, max: 6 }))
      .map(([n, p]) => [Number(`${n}5e-${p + 1}`), p] as const);
    fc.assert(
      fc.property(tie, ([value, p]) => agrees(value, p)),
      { numRuns: 20_000 },
    );
  });

  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-0.0004, 3, 0],
    [0.1 + 0.2, 1, 0.3],
  ])('rounds %p to %p places as %p', (value, p, expected) => {
    expect(roundTo(value, p)).toBe(expected);
  });
});

describe('digits', () => {
  // Rounded first to the decimals a double holds faithfully (15 significant digits).
  const intl = (value: number, decimals: number, fixed: boolean) => {
    const faithful = faithfulDecimals(value, decimals);
    return new Intl.NumberFormat('en-US', {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: fixed ? decimals : faithful,
      useGrouping: false,
    }).format(roundTo(value, faithful));
  };

  it.each<[number, number, string]>([
    [814772519499704.1, 1, '814772519499704'],
    [99999999999999.8, 1, '99999999999999.8'],
    [1.005, 2, '1.01'],
  ])(
    'writes %p with at most 15 significant digits (%p decimals asked): %p',
    (v, decimals, text) => {
      expect(digits(v, { decimals })).toBe(text);
    },
  );

  it('prints what Intl.NumberFormat prints, through its toFixed shortcut too', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
      fc.double({ noNaN: true, min: -1000, max: 1000 }),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 8 }), fc.boolean(), (v, decimals, fixed) => {
        expect(digits(v, { decimals, fixed })).toBe(intl(v, decimals, fixed));
      }),
      { numRuns: 20_000 },
    );
  });
});
