// Targets as bureaus write them (forms seen in the corpus of test/fixtures/real and in published
// 绩效目标表): the operator, the figure and its unit, or words.
import { parseDeadline } from '../../../src/core/table/deadline';
import { parseOperatorCell, parseTargetCell } from '../../../src/core/table/targetText';
import type { CellValue, TargetOp } from '../../../src/core/types';

type Figure = [op: TargetOp | null, value: number, unit: string | null];

const figure = (raw: CellValue): Figure | string => {
  const read = parseTargetCell(raw);
  if (read.kind === 'figure') return [read.op, read.parsed.value, read.parsed.unit];
  return read.kind;
};

describe('a target with its operator', () => {
  it.each<[CellValue, Figure]>([
    // Signs, half- and full-width, and the look-alikes real forms use.
    ['≥50个', ['>=', 50, '个']],
    ['≤90万元', ['<=', 90, '万元']],
    ['=100%', ['=', 100, '%']],
    ['＝8个', ['=', 8, '个']],
    ['>=20平方米', ['>=', 20, '平方米']],
    ['<=475元/亩', ['<=', 475, '元/亩']],
    ['＞＝95%', ['>=', 95, '%']],
    ['＜＝5%', ['<=', 5, '%']],
    ['≧735人次', ['>=', 735, '人次']],
    ['≦3次', ['<=', 3, '次']],
    ['═100%', ['=', 100, '%']],
    ['⩾98%', ['>=', 98, '%']],
    ['=>10项', ['>=', 10, '项']],
    ['>95%', ['>', 95, '%']],
    ['＞95%', ['>', 95, '%']],
    ['<1%', ['<', 1, '%']],
    ['＜2起', ['<', 2, '起']],
    ['≥ 100 公里', ['>=', 100, '公里']],
    // 百分比 as the unit.
    ['≥100百分比', ['>=', 100, '%']],
    // Words before the figure.
    ['不低于3次', ['>=', 3, '次']],
    ['不少于6万人', ['>=', 6, '万人']],
    ['不小于90%', ['>=', 90, '%']],
    ['至少2家', ['>=', 2, '家']],
    ['达到95%', ['>=', 95, '%']],
    ['达95%', ['>=', 95, '%']],
    ['不高于5%', ['<=', 5, '%']],
    ['不超过300万元', ['<=', 300, '万元']],
    ['不大于2天', ['<=', 2, '天']],
    ['控制在5%', ['<=', 5, '%']],
    ['控制在5%以内', ['<=', 5, '%']],
    ['大于90%', ['>', 90, '%']],
    ['低于1%', ['<', 1, '%']],
    ['等于100%', ['=', 100, '%']],
    // Words after the figure.
    ['15家以上', ['>=', 15, '家']],
    ['20项以上', ['>=', 20, '项']],
    ['2个亿以上', ['>=', 2, '亿']],
    ['100人及以上', ['>=', 100, '人']],
    ['5%以下', ['<=', 5, '%']],
    ['3天以内', ['<=', 3, '天']],
    ['60万元之内', ['<=', 60, '万元']],
    ['10万元以下(含)', ['<=', 10, '万元']],
    // A bare figure has no operator.
    ['100%', [null, 100, '%']],
    ['1600元/亩', [null, 1600, '元/亩']],
    ['3500公斤', [null, 3500, '公斤']],
    ['1次', [null, 1, '次']],
    [735, [null, 735, null]],
    ['1,403.07', [null, 1403.07, null]],
  ])('%j', (raw, expected) => {
    expect(figure(raw)).toEqual(expected);
  });

  it('keeps 以上 after the operator exact (not an approximate figure)', () => {
    const read = parseTargetCell('15家以上');
    expect(read.kind === 'figure' && read.parsed.approximate).toBe(false);
  });
});

describe('targets in words', () => {
  it.each<[string, string]>([
    ['效果明显', '效果明显'],
    ['严格执行相关制度规定', '严格执行相关制度规定'],
    ['在项目计划完成时间内完成', '在项目计划完成时间内完成'],
    ['有效', '有效'],
    ['显著提升', '显著提升'],
    ['合规', '合规'],
    ['达到预期', '达到预期'],
    ['  及时 ', '及时'],
  ])('%j', (raw, text) => {
    expect(parseTargetCell(raw)).toEqual({ kind: 'words', text, deadline: null });
  });

  it.each<[string, { year: number | null; month: number; day: number | null }]>([
    ['11月底前', { year: null, month: 11, day: null }],
    ['2022年底之前', { year: 2022, month: 12, day: null }],
    ['年底前', { year: null, month: 12, day: null }],
    ['12月31日前', { year: null, month: 12, day: 31 }],
    ['2023年6月底前完成', { year: 2023, month: 6, day: null }],
    ['年内完成', { year: null, month: 12, day: null }],
    ['10月前', { year: null, month: 10, day: null }],
  ])('deadline %j', (raw, deadline) => {
    expect(parseTargetCell(raw)).toEqual({ kind: 'words', text: raw, deadline });
  });

  it.each(['10月', '效果明显', '前', '13月底前', '2022年'])('%j is no deadline', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});

describe('what is no target', () => {
  it.each<[CellValue, string]>([
    [null, 'empty'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['/', 'invalid'],
    ['—', 'invalid'],
    ['待定', 'invalid'],
    ['#N/A', 'invalid'],
    ['≥**%', 'invalid'],
    [true, 'invalid'],
    ['≥≤', 'invalid'],
    ['A', 'invalid'],
  ])('%j → %s', (raw, kind) => {
    expect(parseTargetCell(raw).kind).toBe(kind);
  });
});

describe('the 指标性质 column', () => {
  it.each<[CellValue, TargetOp | null]>([
    ['≥', '>='],
    ['≧', '>='],
    ['>=', '>='],
    ['≤', '<='],
    ['=', '='],
    ['═', '='],
    ['＝', '='],
    ['>', '>'],
    ['＜', '<'],
    ['定量', null],
    ['正向', null],
    ['', null],
    [null, null],
    [3, null],
  ])('%j → %j', (raw, op) => {
    expect(parseOperatorCell(raw)).toBe(op);
  });
});
