// Every figure in the text keeps the cells it came from, so the pane can select them.
import { checkTable } from '../../../src/core/check/checkTable';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import type { Locale, Narrative, Segment } from '../../../src/core/types';
import { SEED_002, SEED_TABLES } from '../../fixtures/seedTables';
import { numbersInText } from './numbersInText';

type Value = Extract<Segment, { kind: 'value' }>;

const values = (narrative: Narrative): Value[] =>
  narrative.paragraphs
    .flatMap((paragraph) => paragraph.segments)
    .filter((segment): segment is Value => segment.kind === 'value');

const seed002 = (locale: Locale): Narrative =>
  buildNarrative(checkTable(SEED_002, { asOf: '2026-06-30' }), { locale });

describe('value segments of seed 002 (B2:G17; 去年同期 D, 计划任务 E, 本期完成 F)', () => {
  it.each([
    ['1.5014亿元', ['F3'], '高新技术产值'],
    ['45.3%', ['F3', 'E3'], '高新技术产值'],
    ['21.0%', ['F3', 'D3'], '高新技术产值'],
    ['3.37万人次', ['F15'], '培训人次'],
  ])('%s cites %j', (text, cells, indicator) => {
    const found = values(seed002('zh-CN')).find((segment) => segment.text === text);
    expect(found).toEqual({ kind: 'value', text, cells, indicator });
  });

  it('writes counts of indicators as text that cites no cell', () => {
    const overall = seed002('zh-CN').paragraphs[2];
    expect(overall?.segments).toEqual([
      {
        kind: 'text',
        text: '截至6月底，全年9项指标中，6项达到序时进度，2项滞后于序时进度，1项未设年度目标。',
      },
    ]);
  });

  it('cites the same cells in en-US', () => {
    expect(values(seed002('en-US')).find((s) => s.text === 'RMB 150.14 million')?.cells).toEqual([
      'F3',
    ]);
  });

  it('repeats a completion in the behind paragraph with the same cells', () => {
    const completions = values(seed002('zh-CN')).filter((segment) => segment.text === '45.3%');
    expect(completions).toHaveLength(2);
    expect(completions.every((segment) => segment.cells.join() === 'F3,E3')).toBe(true);
  });
});

describe.each(Object.keys(SEED_TABLES))('%s', (seed) => {
  it.each(['zh-CN', 'en-US'] as const)(
    '%s: every value segment has a number and a cell',
    (locale) => {
      const grid = SEED_TABLES[seed];
      if (!grid) throw new Error(seed);
      const narrative = buildNarrative(checkTable(grid, { asOf: '2026-06-30' }), { locale });
      for (const segment of values(narrative)) {
        expect(numbersInText(segment.text)).toHaveLength(1);
        expect(segment.cells.length).toBeGreaterThan(0);
        expect(segment.cells.every((cell) => /^[A-Z]+\d+$/.test(cell))).toBe(true);
      }
    },
  );
});
