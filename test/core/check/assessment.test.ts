// How a target in words went, read from the words of the actual.
import { assess } from '../../../src/core/check/assessment';
import { parseDeadline } from '../../../src/core/table/deadline';
import type { Assessment } from '../../../src/core/types';

const words = (text: string) => ({ text, deadline: parseDeadline(text) });

describe('the wording of the actual', () => {
  it.each<[string, Assessment]>([
    // The 自评表 templates' three grades.
    ['达成预期指标', 'met'],
    ['部分达成预期指标并具有一定效果', 'partly-met'],
    ['未达成预期指标且效果较差', 'not-met'],
    // What bureaus write instead.
    ['已完成', 'met'],
    ['完成', 'met'],
    ['效果明显', 'met'],
    ['较好', 'met'],
    ['良好', 'met'],
    ['显著提升', 'met'],
    ['按时完成', 'met'],
    ['合格', 'met'],
    ['100%达标', 'met'],
    ['是', 'met'],
    ['未发生安全事故', 'met'],
    ['无投诉', 'met'],
    ['部分达成', 'partly-met'],
    ['基本完成', 'partly-met'],
    ['基本满意', 'partly-met'],
    ['有所提升', 'partly-met'],
    ['未达成', 'not-met'],
    ['未完成', 'not-met'],
    ['尚未完成', 'not-met'],
    ['不合格', 'not-met'],
    ['效果不明显', 'not-met'],
    ['滞后', 'not-met'],
    ['否', 'not-met'],
    ['差', 'not-met'],
    // Nothing we can judge by.
    ['', 'unknown'],
    ['见附件', 'unknown'],
    ['100%', 'unknown'],
    ['3', 'unknown'],
    ['xx', 'unknown'],
  ])('%j → %s', (actual, expected) => {
    expect(assess(actual, null)).toBe(expected);
  });
});

describe('against the target', () => {
  it.each<[string, string, Assessment]>([
    // Repeating the target's own words is meeting it.
    ['有效', '有效', 'met'],
    ['创业热情高涨', '创业热情高涨', 'met'],
    ['群众创业热情高涨', '创业热情高涨', 'met'],
    ['有效。', '有效', 'met'],
    ['  合 规 ', '合规', 'met'],
    // A negation beats a repeat.
    ['未严格执行相关制度规定', '严格执行相关制度规定', 'not-met'],
    // Deadlines: a date on or before is met, after is not.
    ['10月', '11月底前', 'met'],
    ['11月', '11月底前', 'met'],
    ['12月', '11月底前', 'not-met'],
    ['2022年10月完成', '2022年底之前', 'met'],
    ['2023年1月', '2022年底之前', 'not-met'],
    ['2022-12-20', '12月31日前', 'met'],
    ['于10月底完成', '年底前', 'met'],
    ['12月31日', '12月30日前', 'not-met'],
    // A deadline met in words.
    ['达成预期指标', '2022年底之前', 'met'],
    ['按期完成', '11月底前', 'met'],
  ])('%j for %j → %s', (actual, target, expected) => {
    expect(assess(actual, words(target))).toBe(expected);
  });
});
