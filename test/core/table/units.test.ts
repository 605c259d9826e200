import { convertUnit, normalizeUnit, splitUnit } from '../../../src/core/table/units';

describe('units', () => {
  it.each<[string, string, number]>([
    ['万元', '元', 1e4],
    ['亿元', '元', 1e8],
    ['千元', '元', 1e3],
    ['万人次', '人次', 1e4],
    ['万个', '个', 1e4],
    ['万', '', 1e4],
    ['件', '件', 1],
    ['%', '%', 1],
  ])('splitUnit(%p) → %p × %p', (unit, base, factor) => {
    expect(splitUnit(unit)).toEqual({ base, factor });
  });

  it.each<[unknown, string | null]>([
    ['万 元', '万元'],
    ['人（次）', '人次'],
    ['百分比', '%'],
    ['％', '%'],
    ['', null],
    [12, null],
  ])('normalizeUnit(%p) → %p', (raw, unit) => {
    expect(normalizeUnit(raw)).toBe(unit);
  });

  it.each<[number, string | null, string | null, number | null]>([
    [205, '万元', '亿元', 0.0205],
    [1.5014, '亿元', '万元', 15014],
    [3.37, '万人次', '人次', 33700],
    [3, '万', '万人次', 3],
    [3, '万', '人次', 30000],
    [3, '万', null, 30000],
    [5000, '个', '万个', 0.5],
    [8, '项', '件', 8],
    [214, '期', '场次', 214],
    [12, '家', '个', 12],
    [12, null, '亿元', 12],
    [3.37, '万人次', '亿元', null],
    [3.2, '亿元', '%', null],
    [12, '家', '件', null],
  ])('convertUnit(%p, %p → %p) = %p', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });
});
