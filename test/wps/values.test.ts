// Translating between WPS's object model and the core: Value2 shapes, BGR colours, UI language.
import { chooseSource, sameColor } from '../../src/core';
import { bgrToHex, hexToBgr } from '../../src/wps/colors';
import { findApplication, wpsDisplayLocale } from '../../src/wps/host';
import { cellValue, firstColumn, toRows } from '../../src/wps/values';
import { FakeBook } from './fake/model';
import { FakeApplication } from './fake/objects';

describe('Value2 as rows of cells', () => {
  it('takes a scalar for one cell and rows for more, empty cells as ""', () => {
    expect(toRows(5, 1, 1)).toEqual([[5]]);
    expect(toRows(undefined, 1, 1)).toEqual([['']]);
    expect(
      toRows(
        [
          [1, null],
          ['a', undefined],
        ],
        2,
        2,
      ),
    ).toEqual([
      [1, ''],
      ['a', ''],
    ]);
    expect(firstColumn([[1], [2]], 2)).toEqual([1, 2]);
  });

  it('fills a short answer to the asked shape', () => {
    expect(toRows([[1]], 2, 2)).toEqual([
      [1, ''],
      ['', ''],
    ]);
  });

  it('reads VBA error codes as the errors they are, other numbers as numbers', () => {
    expect(cellValue(-2146826281)).toBe('#DIV/0!');
    expect(cellValue(-2146826246)).toBe('#N/A');
    expect(cellValue(-2146826)).toBe(-2146826);
    expect(cellValue(true)).toBe(true);
  });
});

describe('colours', () => {
  it('are BGR integers in WPS, #RRGGBB in the record', () => {
    expect(hexToBgr('#FF0000')).toBe(255);
    expect(hexToBgr('#FFEB9C')).toBe(0x9cebff);
    expect(bgrToHex(0x9cebff)).toBe('#FFEB9C');
    expect(bgrToHex(hexToBgr('#e4dfec'))).toBe('#E4DFEC');
    expect(() => hexToBgr('red')).toThrow();
    expect(sameColor('#ffeb9c', '#FFEB9C')).toBe(true);
    expect(sameColor(null, '#FFEB9C')).toBe(false);
  });
});

describe('the host', () => {
  it('is found as window.Application, or as its older name wps', () => {
    const app = new FakeApplication(new FakeBook());
    expect(findApplication({ Application: app })).toBe(app);
    expect(findApplication({ wps: app })).toBe(app);
    expect(findApplication({})).toBeNull();
    expect(findApplication({ Application: { Name: 'not ET' } })).toBeNull();
  });

  it('speaks WPS’s UI language, else the browser’s', () => {
    const app = new FakeApplication(new FakeBook());
    expect(wpsDisplayLocale(app)).toBe('zh-CN');
    app.uiLanguage = 1033;
    expect(wpsDisplayLocale(app, 'zh-CN')).toBe('en-US');
    app.uiLanguage = 1028;
    expect(wpsDisplayLocale(app)).toBe('zh-CN');
    expect(wpsDisplayLocale(null, 'en-GB')).toBe('en-US');
    expect(wpsDisplayLocale(null, '')).toBe('zh-CN');
    const broken = new FakeApplication(new FakeBook());
    Object.defineProperty(broken, 'LanguageSettings', {
      get: () => ({
        LanguageID: () => {
          throw new Error('not in this version');
        },
      }),
    });
    expect(wpsDisplayLocale(broken, 'en-US')).toBe('en-US');
  });
});

describe('which block to check', () => {
  const used = { r0: 1, c0: 1, r1: 7, c1: 5 };
  const region = { r0: 1, c0: 1, r1: 7, c1: 5 };

  it('auto: a selection of several cells, else the current region, else the used range', () => {
    const selection = [{ r0: 2, c0: 1, r1: 4, c1: 3 }];
    expect(chooseSource('auto', { used, selection, region })).toMatchObject({ kind: 'selection' });
    const one = [{ r0: 2, c0: 2, r1: 2, c1: 2 }];
    expect(chooseSource('auto', { used, selection: one, region })).toMatchObject({ kind: 'table' });
    const lone = { r0: 20, c0: 9, r1: 20, c1: 9 };
    expect(chooseSource('auto', { used, selection: one, region: lone })).toMatchObject({
      kind: 'sheet',
      rect: used,
    });
  });

  it('an empty sheet has no data, whatever is asked', () => {
    for (const kind of ['auto', 'selection', 'table', 'sheet'] as const) {
      expect(chooseSource(kind, { used: null, selection: null, region: null })).toEqual({
        type: 'error',
        code: 'no-data',
      });
    }
  });
});
