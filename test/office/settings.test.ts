import { DEFAULT_SETTINGS, LEGACY_MARKS_KEY as MARKS_KEY } from '../../src/core';
import type { Settings } from '../../src/core';
import { ExcelWorkbook, RoundTripCounter, saveLastNotice } from '../../src/office';
import { LAST_NOTICE_KEY, SETTINGS_KEY } from '../../src/office/store/documentSettings';
import { installFakeOffice, SETTINGS_LIMIT_BYTES } from './fake/install';
import type { FakeOffice } from './fake/install';

let office: FakeOffice;
afterEach(() => office?.uninstall());

const CUSTOM: Settings = {
  asOf: '2026-06-30',
  expectedProgress: null,
  severeGap: 0.15,
  outputMode: 'sheet',
  source: 'table',
  locale: 'en-US',
  templates: { 'zh-CN': { overall: '共{total}项' } },
};

describe('settings in the workbook', () => {
  it('round-trips through Office.context.document.settings as JSON', async () => {
    office = installFakeOffice();
    const counter = new RoundTripCounter();
    const workbook = new ExcelWorkbook({ counter });
    await workbook.saveSettings(CUSTOM);
    expect(JSON.parse(JSON.parse(office.store.persisted.get(SETTINGS_KEY) ?? '""'))).toEqual(
      CUSTOM,
    );
    await expect(new ExcelWorkbook().loadSettings()).resolves.toEqual({
      settings: CUSTOM,
      invalid: [],
    });
    expect(counter.snapshot()).toEqual({ sync: 0, settingsRefresh: 1, settingsSave: 1 });
  });

  it('returns defaults when nothing is stored', async () => {
    office = installFakeOffice();
    await expect(new ExcelWorkbook().loadSettings()).resolves.toEqual({
      settings: DEFAULT_SETTINGS,
      invalid: [],
    });
  });

  it.each([
    ['unreadable JSON', '{"severeGap":', DEFAULT_SETTINGS, ['*']],
    ['a number', '42', DEFAULT_SETTINGS, ['*']],
    [
      'one bad field',
      JSON.stringify({ ...CUSTOM, severeGap: 'viel' }),
      { ...CUSTOM, severeGap: DEFAULT_SETTINGS.severeGap },
      ['severeGap'],
    ],
    [
      'a date that does not exist',
      JSON.stringify({ ...CUSTOM, asOf: '2026-02-30' }),
      { ...CUSTOM, asOf: null },
      ['asOf'],
    ],
    [
      'a bad date and mode',
      JSON.stringify({ asOf: '30.06.2026', outputMode: 'both' }),
      DEFAULT_SETTINGS,
      ['asOf', 'outputMode'],
    ],
  ])(
    'a corrupted value (%s) falls back to defaults and names what was wrong',
    async (_, raw, settings, invalid) => {
      office = installFakeOffice();
      office.store.persisted.set(SETTINGS_KEY, JSON.stringify(raw));
      await expect(new ExcelWorkbook().loadSettings()).resolves.toEqual({ settings, invalid });
    },
  );

  it('refuses to save invalid settings', async () => {
    office = installFakeOffice();
    const bad = { ...CUSTOM, severeGap: 3 };
    await expect(new ExcelWorkbook().saveSettings(bad)).rejects.toMatchObject({
      code: 'invalid-settings',
    });
    expect(office.store.saves).toBe(0);
  });

  it('refuses, before saving, settings larger than Office keeps (2 MB)', async () => {
    office = installFakeOffice();
    const huge = { ...CUSTOM, templates: { 'zh-CN': { overall: '指标'.repeat(300_000) } } };
    await expect(new ExcelWorkbook().saveSettings(huge)).rejects.toMatchObject({
      code: 'settings-too-large',
    });
    expect(office.store.saves).toBe(0);
  });

  it('the fake, like Office, fails a save over 2 MB', async () => {
    office = installFakeOffice();
    const settings = Office.context.document.settings;
    settings.set('big', 'x'.repeat(SETTINGS_LIMIT_BYTES));
    const status = await new Promise((resolve) =>
      settings.saveAsync((result) => resolve(result.status)),
    );
    expect(status).toBe('failed');
    expect(office.store.persisted.has('big')).toBe(false);
  });

  it('reports a failed save as a typed error', async () => {
    office = installFakeOffice();
    office.store.failNextSave = true;
    await expect(new ExcelWorkbook().saveSettings(CUSTOM)).rejects.toMatchObject({
      code: 'settings-failed',
    });
  });

  it('saving settings keeps a marks record an earlier version left in the settings', async () => {
    office = installFakeOffice();
    // Saved by the ribbon command after this runtime loaded its in-memory copy of the bag.
    const marks = JSON.stringify('{"version":1,"entries":[],"resultSheet":{"id":"x","name":"y"}}');
    office.store.persisted.set(MARKS_KEY, marks);
    await new ExcelWorkbook().saveSettings(CUSTOM);
    expect(office.store.persisted.get(MARKS_KEY)).toBe(marks);
  });

  it('outside Office it says so', async () => {
    office = installFakeOffice();
    office.uninstall();
    await expect(new ExcelWorkbook().loadSettings()).rejects.toMatchObject({
      code: 'no-host',
    });
    await expect(new ExcelWorkbook().readSource('auto')).rejects.toMatchObject({
      code: 'no-host',
    });
  });

  it('hands a ribbon notice no dialog could show to the pane once', async () => {
    office = installFakeOffice();
    const notice = { locale: 'zh-CN', tone: 'warning', title: '核验完成', lines: ['滞后 2 项。'] };
    await saveLastNotice({ ...notice, failedDialog: 'Error: 12007' });
    const workbook = new ExcelWorkbook();
    await expect(workbook.takeLastNotice()).resolves.toEqual({
      tone: 'warning',
      title: '核验完成',
      lines: ['滞后 2 项。'],
    });
    expect(office.store.persisted.has(LAST_NOTICE_KEY)).toBe(false);
    await expect(workbook.takeLastNotice()).resolves.toBeNull();
  });

  it('drops an unreadable stored notice', async () => {
    office = installFakeOffice();
    await saveLastNotice({ tone: 'loud', title: 3 });
    await expect(new ExcelWorkbook().takeLastNotice()).resolves.toBeNull();
    expect(office.store.persisted.has(LAST_NOTICE_KEY)).toBe(false);
  });
});
