// A saved reading also carries the table's kind (自评表 / 进度表) and its 逆向指标; both reach the check.
import { checkOptionsFor, DEFAULT_SETTINGS, parseSettings, READING_LIMITS } from '../../src/core';
import type { SavedReading } from '../../src/core';

const grid = {
  address: 'A1',
  values: [
    ['指标', '目标', '完成'],
    ['单位能耗', 0.5, 0.6],
  ],
};
const reading: SavedReading = {
  sheet: 'S',
  headerText: '指标\t目标\t完成',
  columns: {},
  mode: 'selfeval',
  lower: ['单位能耗'],
};

describe('saved reading with mode and lower', () => {
  it('applies both to the check options', () => {
    const settings = { ...DEFAULT_SETTINGS, readings: [reading] };
    const options = checkOptionsFor(settings, 'zh-CN', new Date(2026, 5, 1), {
      sheetName: 'S',
      grid,
    });
    expect(options).toMatchObject({ mode: 'selfeval', lower: ['单位能耗'] });
  });

  it.each<[string, unknown, boolean]>([
    ['both', reading, true],
    ['mode progress', { ...reading, mode: 'progress' }, true],
    ['an unknown mode', { ...reading, mode: 'auto' }, false],
    ['an empty name', { ...reading, lower: [''] }, false],
    [
      'a name too long',
      { ...reading, lower: ['x'.repeat(READING_LIMITS.indicatorName + 1)] },
      false,
    ],
    [
      'too many names',
      { ...reading, lower: Array.from({ length: READING_LIMITS.lower + 1 }, (_, i) => `n${i}`) },
      false,
    ],
  ])('the schema keeps %s: %s', (_, stored, kept) => {
    const { settings, invalid } = parseSettings({ ...DEFAULT_SETTINGS, readings: [stored] });
    expect(invalid.includes('readings')).toBe(!kept);
    expect(settings.readings?.length ?? 0).toBe(kept ? 1 : 0);
  });
});
