// Settings saved with the workbook (a custom XML part of their own) and the ribbon's kept notice.
import { DEFAULT_SETTINGS } from '../../src/core';
import type { Settings } from '../../src/core';
import {
  decodeSettingsXml,
  encodeSettingsXml,
  SETTINGS_NAMESPACE,
} from '../../src/wps/store/settingsPart';
import { LAST_NOTICE_KEY } from '../../src/wps/store/notice';
import { setup } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup;
afterEach(() => s.uninstall());

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  asOf: '2026-06-30',
  severeGap: 0.3,
  outputMode: 'sheet',
  locale: 'en-US',
  templates: { 'zh-CN': { overall: '截至{asOf}，共{total}项 <&> “引号”' } },
};

describe('settings in WPS', () => {
  it('are the defaults in a workbook that has none', async () => {
    s = setup();
    await expect(s.workbook.loadSettings()).resolves.toEqual({
      settings: DEFAULT_SETTINGS,
      invalid: [],
    });
  });

  it('are saved into one part of their own and read back as saved', async () => {
    s = setup();
    await s.workbook.saveSettings(mine);
    await s.workbook.saveSettings(mine);
    expect(s.book.partsIn(SETTINGS_NAMESPACE)).toHaveLength(1);
    expect(s.book.partsIn(SETTINGS_NAMESPACE)[0]?.xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><settings xmlns="urn:indicator-assistant:settings">/,
    );
    await expect(s.workbook.loadSettings()).resolves.toEqual({ settings: mine, invalid: [] });
  });

  it('survive the XML escaping of any text', () => {
    const odd = { ...mine, templates: { 'en-US': { x: '</settings>&amp;\uFFFE' } } };
    expect(decodeSettingsXml(encodeSettingsXml(odd))).toEqual({ settings: odd, invalid: [] });
  });

  it('fall back field by field, and say which were unreadable', async () => {
    s = setup();
    s.book.parts.push({
      id: '{s}',
      namespaceUri: SETTINGS_NAMESPACE,
      builtIn: false,
      xml: `<settings xmlns="${SETTINGS_NAMESPACE}">{"severeGap":7,"outputMode":"sheet"}</settings>`,
    });
    const read = await s.workbook.loadSettings();
    expect(read.invalid).toEqual(['severeGap']);
    expect(read.settings).toMatchObject({ severeGap: 0.2, outputMode: 'sheet' });
    expect(decodeSettingsXml('<settings>not json</settings>').invalid).toEqual(['*']);
  });

  it('refuse to save what is not valid', async () => {
    s = setup();
    await expect(s.workbook.saveSettings({ ...mine, severeGap: 3 })).rejects.toMatchObject({
      code: 'invalid-settings',
    });
    expect(s.book.partsIn(SETTINGS_NAMESPACE)).toHaveLength(0);
  });

  it('report a failed save as settings-failed', async () => {
    s = setup();
    s.book.failAtOp = s.book.opsRun;
    await expect(s.workbook.saveSettings(mine)).rejects.toMatchObject({ code: 'settings-failed' });
  });
});

describe('the ribbon’s kept notice (PluginStorage)', () => {
  it('is taken once', async () => {
    s = setup();
    const notice = { tone: 'warning', title: '核验完成', lines: ['一行'] };
    s.app.PluginStorage.setItem(LAST_NOTICE_KEY, JSON.stringify(notice));
    await expect(s.workbook.takeLastNotice()).resolves.toEqual(notice);
    await expect(s.workbook.takeLastNotice()).resolves.toBeNull();
  });

  it('is null when unreadable', async () => {
    s = setup();
    s.app.PluginStorage.setItem(LAST_NOTICE_KEY, '{"tone":"loud"}');
    await expect(s.workbook.takeLastNotice()).resolves.toBeNull();
    s.app.PluginStorage.setItem(LAST_NOTICE_KEY, 'not json');
    await expect(s.workbook.takeLastNotice()).resolves.toBeNull();
  });
});
