import {
  checkOptionsFor,
  forgetReading,
  headerTextAt,
  parseSettings,
  READING_LIMITS,
  rememberReading,
  savedReadingFor,
  SettingsSchema,
} from '../../src/core';
import type { CellGrid, SavedReading, Settings } from '../../src/core';
import { checkOptionsFrom, DEFAULT_SETTINGS } from '../../src/core/settings';

const TODAY = new Date(2026, 6, 15); // 15 July 2026, local time

describe('checkOptionsFrom', () => {
  it.each([
    // No stored date: the check decides (the title's period, else the last full month of today).
    ['no stored date: today only', {}, { severeGap: 0.2 }],
    ['a stored date wins', { asOf: '2026-03-31' }, { asOf: '2026-03-31', severeGap: 0.2 }],
    [
      'an expected-progress override and a threshold',
      { expectedProgress: 0.4, severeGap: 0.1 },
      { severeGap: 0.1, expectedProgress: 0.4 },
    ],
  ])('%s', (_case, stored, expected) => {
    const options = checkOptionsFrom({ ...DEFAULT_SETTINGS, ...stored }, 'en-US', TODAY);
    expect(options).toEqual({ locale: 'en-US', today: '2026-07-15', ...expected });
  });
});

const READING: SavedReading = {
  sheet: '指标',
  headerText: '指标\t1-6月累计\t本年累计',
  columns: { actual: 'C' },
};

/** Settings as a version before readings wrote them. */
function withoutReadings(): Settings {
  const older: Settings = { ...DEFAULT_SETTINGS };
  delete older.readings;
  return older;
}

describe('SettingsSchema: readings saved with the workbook', () => {
  it.each<[string, unknown]>([
    ['one reading', [READING]],
    ['none', []],
    [
      'a chosen header row, group letters and a role with no column',
      [{ ...READING, headerRow: 3, columns: { name: 'C', group: ['A', 'B'], yoyGrowth: [] } }],
    ],
    ['as many as the cap', Array.from({ length: READING_LIMITS.readings }, () => READING)],
    [
      'a header text at the cap',
      [{ ...READING, headerText: 'x'.repeat(READING_LIMITS.headerText) }],
    ],
  ])('keeps %s', (_case, readings) => {
    const read = parseSettings({ readings });
    expect(read.invalid).toEqual([]);
    expect(read.settings.readings).toEqual(readings);
  });

  it.each<[string, unknown]>([
    [
      'more readings than the cap',
      Array.from({ length: READING_LIMITS.readings + 1 }, () => READING),
    ],
    [
      'a header text over the cap',
      [{ ...READING, headerText: 'x'.repeat(READING_LIMITS.headerText + 1) }],
    ],
    [
      'a sheet name over the cap',
      [{ ...READING, sheet: 's'.repeat(READING_LIMITS.sheetName + 1) }],
    ],
    ['more group letters than the cap', [{ ...READING, columns: { group: Array(11).fill('A') } }]],
    ['an empty header text', [{ ...READING, headerText: '' }]],
    ['a lower-case letter', [{ ...READING, columns: { actual: 'c' } }]],
    ['a letter past XFD', [{ ...READING, columns: { actual: 'ABCD' } }]],
    ['a letter as a number', [{ ...READING, columns: { actual: 3 } }]],
    ['an unknown role', [{ ...READING, columns: { total: 'C' } }]],
    ['columns as text', [{ ...READING, columns: 'actual=C' }]],
    ['a header row that is not a whole number', [{ ...READING, headerRow: 2.5 }]],
    ['a header row as text', [{ ...READING, headerRow: '3' }]],
    ['a header row of 0', [{ ...READING, headerRow: 0 }]],
    ['no sheet', [{ headerText: READING.headerText, columns: {} }]],
    ['readings as an object', { 0: READING }],
    ['readings as null', null],
  ])('refuses %s (the other settings survive)', (_case, readings) => {
    const read = parseSettings({ readings, severeGap: 0.3 });
    expect(read.invalid).toEqual(['readings']);
    expect(read.settings.readings).toBeUndefined();
    expect(read.settings.severeGap).toBe(0.3);
  });

  it('refuses a reading too large when saving, as the ports do', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      readings: [{ ...READING, headerText: 'x'.repeat(5000) }],
    };
    expect(SettingsSchema.safeParse(settings).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, readings: [READING] }).success).toBe(
      true,
    );
    // Settings written before readings existed are still valid.
    expect(SettingsSchema.safeParse(withoutReadings()).success).toBe(true);
  });
});

describe('savedReadingFor / checkOptionsFor: a saved reading applies to the same table', () => {
  const values = [
    ['指标', '1-6月累计', '本年累计'],
    ['专利申请', 120, 130],
  ];
  const source = (grid: Partial<CellGrid> = {}, sheetName = '指标') => ({
    sheetName,
    grid: { address: 'A1', values, ...grid },
  });
  const settingsWith = (...readings: SavedReading[]) => ({ ...DEFAULT_SETTINGS, readings });

  it.each<[string, SavedReading[], ReturnType<typeof source>, object | null]>([
    ['same sheet and header text', [READING], source(), { columns: { actual: 'C' } }],
    ['another sheet', [READING], source({}, 'Sheet2'), null],
    [
      'the header changed (a column inserted)',
      [READING],
      source({ values: [['指标', '单位', '1-6月累计', '本年累计']] }),
      null,
    ],
    [
      'trailing blanks and spaces in the header cells',
      [READING],
      source({ values: [[' 指标 ', '1-6月累计', '本年累计', null, ''], ...values.slice(1)] }),
      { columns: { actual: 'C' } },
    ],
    [
      'a chosen header row, moved down by a title row',
      [{ ...READING, headerRow: 1 }],
      source({ values: [['2026年指标'], ...values] }),
      { columns: { actual: 'C' }, headerRow: 2 },
    ],
    [
      'a chosen header row in a table that starts at B3',
      [{ ...READING, headerRow: 3 }],
      source({ address: 'B3' }),
      { columns: { actual: 'C' }, headerRow: 3 },
    ],
    [
      'the newest of two for the same table',
      [READING, { ...READING, columns: { actual: 'B' } }],
      source(),
      { columns: { actual: 'C' } },
    ],
    ['no readings stored (settings of an older version)', [], source(), null],
  ])('%s', (_case, readings, from, expected) => {
    const matched = savedReadingFor(settingsWith(...readings), from);
    expect(matched?.options ?? null).toEqual(expected);
  });

  it('adds the saved reading to the options the settings ask for', () => {
    const options = checkOptionsFor(settingsWith(READING), 'zh-CN', TODAY, source());
    expect(options).toEqual({
      today: '2026-07-15',
      severeGap: 0.2,
      locale: 'zh-CN',
      columns: { actual: 'C' },
    });
    expect(checkOptionsFor(withoutReadings(), 'zh-CN', TODAY, source())).toEqual(
      checkOptionsFrom(DEFAULT_SETTINGS, 'zh-CN', TODAY),
    );
  });

  it('reads the key of a table from its header row', () => {
    expect(headerTextAt({ address: 'B3', values: [['a', 1, null, ' b '], []] }, 3)).toBe(
      'a\t1\t\tb',
    );
    expect(headerTextAt({ address: 'B3', values: [['a']] }, 9)).toBe('');
  });
});

describe('rememberReading / forgetReading', () => {
  const other: SavedReading = { ...READING, sheet: 'Sheet2' };

  it('puts the new reading first and replaces the one of the same key and the one it came from', () => {
    const moved: SavedReading = { ...READING, headerText: 'x', headerRow: 4, columns: {} };
    expect(rememberReading([other, READING], { ...READING, columns: { actual: 'B' } })).toEqual([
      { ...READING, columns: { actual: 'B' } },
      other,
    ]);
    expect(rememberReading([other, READING], moved, READING)).toEqual([moved, other]);
  });

  it('keeps the newest READING_LIMITS.readings', () => {
    const many = Array.from({ length: READING_LIMITS.readings }, (_, i) => ({
      ...READING,
      sheet: `s${i}`,
    }));
    const kept = rememberReading(many, other);
    expect(kept).toHaveLength(READING_LIMITS.readings);
    expect(kept[0]).toBe(other);
    expect(kept.at(-1)?.sheet).toBe(`s${READING_LIMITS.readings - 2}`);
  });

  it('forgets a reading by its key', () => {
    expect(forgetReading([other, READING], { ...READING, columns: {} })).toEqual([other]);
  });
});
