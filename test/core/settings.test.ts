import { checkOptionsFrom, DEFAULT_SETTINGS } from '../../src/core/settings';

const TODAY = new Date(2026, 6, 15); // 15 July 2026, local time

describe('checkOptionsFrom', () => {
  it.each([
    ['no stored date: end of the last full month', {}, { asOf: '2026-06-30', severeGap: 0.2 }],
    ['a stored date wins', { asOf: '2026-03-31' }, { asOf: '2026-03-31', severeGap: 0.2 }],
    [
      'an expected-progress override and a threshold',
      { expectedProgress: 0.4, severeGap: 0.1 },
      { asOf: '2026-06-30', severeGap: 0.1, expectedProgress: 0.4 },
    ],
  ])('%s', (_case, stored, expected) => {
    const options = checkOptionsFrom({ ...DEFAULT_SETTINGS, ...stored }, 'en-US', TODAY);
    expect(options).toEqual({ locale: 'en-US', ...expected });
  });
});
