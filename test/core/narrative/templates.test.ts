// Templates are data: defaults valid, user overrides validated with clear messages, bad ones never used.
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import {
  DEFAULT_TEMPLATES,
  TEMPLATE_IDS,
  TEMPLATE_PARAMS,
  validateTemplates,
} from '../../../src/core/narrative/templates';
import type { Locale } from '../../../src/core/types';
import { indicator, report } from './fixtures';

const patents = report([
  indicator({
    name: '专利申请量',
    row: 2,
    unit: '件',
    category: 'patent',
    target: 600,
    actual: 331,
    lastYear: 240,
    completionRate: 0.551666666667,
    yoyGrowth: 0.379166666667,
    status: 'on-track',
  }),
]);

const textOf = (templates?: Record<string, string>, locale: Locale = 'zh-CN'): string[] =>
  buildNarrative(patents, { locale, ...(templates ? { templates } : {}) }).paragraphs.map(
    (paragraph) => paragraph.segments.map((segment) => segment.text).join(''),
  );

describe('default templates', () => {
  it.each(['zh-CN', 'en-US'] as const)('%s has every id and passes validation', (locale) => {
    expect(Object.keys(DEFAULT_TEMPLATES[locale]).sort()).toEqual([...TEMPLATE_IDS].sort());
    expect(validateTemplates(DEFAULT_TEMPLATES[locale], locale)).toEqual({
      ok: true,
      templates: DEFAULT_TEMPLATES[locale],
    });
  });

  it('declares placeholders for each id', () => {
    expect(Object.keys(TEMPLATE_PARAMS['indicator.amount'])).toEqual([
      'name',
      'value',
      'completion',
      'growth',
    ]);
  });
});

describe('validateTemplates', () => {
  it('accepts a valid override', () => {
    const templates = { 'clause.growth': '{trend, select, up {，比上年增长{growth}} other {}}' };
    expect(validateTemplates(templates, 'zh-CN')).toEqual({ ok: true, templates });
  });

  it.each([
    [
      'syntax error',
      { 'indicator.amount': '{name}完成{value' },
      'zh-CN',
      '模板“indicator.amount”有语法错误（第1行第9个字符处）：占位符缺少右花括号“}”。',
    ],
    [
      'syntax error (en)',
      { 'indicator.amount': '{name}完成{value' },
      'en-US',
      'Template "indicator.amount" has a syntax error at line 1, character 9: a placeholder has no closing brace "}".',
    ],
    [
      'select without other',
      { 'clause.growth': '{trend, select, up {增长{growth}}}' },
      'zh-CN',
      '模板“clause.growth”有语法错误（第1行第32个字符处）：select 或 plural 缺少 other 分支。',
    ],
    [
      'unknown placeholder',
      { 'indicator.amount': '{name}完成{value}{unit}' },
      'zh-CN',
      '模板“indicator.amount”使用了未知的占位符“{unit}”。该模板可用的占位符：{name}、{value}、{completion}、{growth}。',
    ],
    [
      'unknown placeholder (en)',
      { 'heading.overview': 'Overview of {year}' },
      'en-US',
      'Template "heading.overview" uses the unknown placeholder "{year}". Placeholders of this template: (none).',
    ],
    [
      'unknown id',
      { 'indicator.amout': '{name}' },
      'zh-CN',
      expect.stringMatching(/^未知的模板编号“indicator\.amout”。可用的编号：title、overall、/),
    ],
    ['not text', { title: 42 }, 'zh-CN', '模板“title”必须是文本。'],
    [
      'figure used as a number',
      { 'clause.completion': '{completion, number, percent}' },
      'zh-CN',
      '模板“clause.completion”中的占位符“completion”只能写成 {completion}。',
    ],
    [
      'unknown select branch',
      { 'clause.growth': '{trend, select, rise {增长{growth}} other {}}' },
      'en-US',
      'In template "clause.growth", "trend" has no branch "rise". Branches: up, down, flat, other.',
    ],
  ])('rejects a %s with a message', (_, input, locale, message) => {
    const result = validateTemplates(input, locale as Locale);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ id: Object.keys(input)[0], message }]);
  });

  it.each([null, 'text', ['a'], 3])('rejects %p as a whole', (input) => {
    expect(validateTemplates(input, 'zh-CN')).toEqual({
      ok: false,
      errors: [{ id: '', message: '模板设置必须是一个对象：键为模板编号，值为模板文本。' }],
    });
  });

  it('lists every problem, once each', () => {
    const result = validateTemplates(
      { 'indicator.amount': '{x}{x}{y}', title: '{', 'heading.overview': '总体情况' },
      'zh-CN',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.id)).toEqual([
      'indicator.amount',
      'indicator.amount',
      'title',
    ]);
  });
});

describe('buildNarrative with user templates', () => {
  it('uses a valid override for its id only', () => {
    const text = textOf({
      'indicator.amount': '{name}累计完成{value}{completion}{growth}。',
      'heading.overview': '主要指标总体情况',
    });
    expect(text[1]).toBe('一、主要指标总体情况');
    expect(text[5]).toBe('专利申请量累计完成331件，完成年度目标的55.2%，同比增长37.9%。');
    expect(text[6]).toBe('三、下一步打算');
  });

  it('keeps the default for a template that fails validation', () => {
    const defaults = textOf();
    expect(textOf({ 'indicator.amount': '{name完成{value}' })).toEqual(defaults);
    expect(textOf({ 'indicator.amount': '{name}完成{value}{unit}' })).toEqual(defaults);
    expect(textOf({ 'no.such.id': 'x' })).toEqual(defaults);
  });

  it('keeps figures clickable inside an override', () => {
    const narrative = buildNarrative(patents, {
      locale: 'zh-CN',
      templates: { 'clause.growth': '{trend, select, up {，较上年同期增加{growth}} other {}}' },
    });
    const body = narrative.paragraphs[5]?.segments ?? [];
    expect(body.slice(-3)).toEqual([
      { kind: 'text', text: '，较上年同期增加' },
      { kind: 'value', text: '37.9%', cells: ['D2', 'E2'], indicator: '专利申请量' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('treats markup in a template as text', () => {
    const text = textOf({ 'heading.overview': '<b>总体</b>情况' });
    expect(text[1]).toBe('一、<b>总体</b>情况');
  });
});
