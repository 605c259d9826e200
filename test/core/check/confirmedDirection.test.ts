// A name that suggests lower only asks; the user's answer (lower or higher) settles it.
import { checkTable } from '../../../src/core/check/checkTable';
import type { CheckOptions } from '../../../src/core/types';

const grid = {
  address: 'A1',
  values: [
    ['指标', '目标', '完成'],
    ['单位GDP能耗', 0.5, 0.6],
  ],
};

it.each<[string, CheckOptions, string, string, string[]]>([
  ['unconfirmed', {}, 'higher', 'default', ['confirm-direction']],
  ['said lower', { lower: ['单位GDP能耗'] }, 'lower', 'user', []],
  ['said higher', { higher: ['单位GDP能耗'] }, 'higher', 'user', []],
  ['both: lower wins', { lower: ['单位GDP能耗'], higher: ['单位GDP能耗'] }, 'lower', 'user', []],
])('%s', (_, options, direction, source, codes) => {
  const report = checkTable(grid, { asOf: '2026-12-31', ...options });
  expect(report.indicators[0]).toMatchObject({ direction, directionSource: source });
  expect(report.issues.map((issue) => issue.code)).toEqual(codes);
});
