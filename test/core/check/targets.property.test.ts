// Properties of issue 12: the core never throws on targets written any way; a ceiling that is
// exceeded is never done; a target in words never yields a figure in the narrative.
import fc from 'fast-check';
import { assess } from '../../../src/core/check/assessment';
import { checkTable } from '../../../src/core/check/checkTable';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import { parseTargetCell } from '../../../src/core/table/targetText';
import type { CellValue } from '../../../src/core/types';

const PIECES = [
  '≥',
  '≤',
  '=',
  '＝',
  '═',
  '≧',
  '≦',
  '>=',
  '<=',
  '>',
  '<',
  '＞',
  '＜',
  '不低于',
  '不超过',
  '达到',
  '控制在',
  '以上',
  '以内',
  '以下',
  '及以上',
  '1',
  '50',
  '0.5',
  '-3',
  '100',
  '%',
  '百分比',
  '万元',
  '个亿',
  '家',
  '次',
  '米',
  '年底',
  '11月',
  '底前',
  '之前',
  '效果明显',
  '有效',
  '达成预期指标',
  '部分',
  '未',
  '完成',
  '/',
  '—',
  '*',
  '(',
  ')',
  ' ',
  '',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(null),
  fc.boolean(),
);

describe('targets written any way', () => {
  it('parseTargetCell and assess never throw', () => {
    fc.assert(
      fc.property(cell, text, (raw, actual) => {
        const read = parseTargetCell(raw);
        expect(['empty', 'figure', 'words', 'invalid']).toContain(read.kind);
        const target = read.kind === 'words' ? read : null;
        expect(['met', 'partly-met', 'not-met', 'unknown']).toContain(assess(actual, target));
      }),
      { numRuns: 1000 },
    );
  });

  it('checkTable and the narrative never throw on a 自评表 of random cells', () => {
    const header = [
      '三级指标',
      '指标性质',
      '年度指标值',
      '度量单位',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, cell, cell, cell, cell, cell, cell, cell), { maxLength: 8 }),
        fc.constantFrom('zh-CN' as const, 'en-US' as const),
        (rows, locale) => {
          const report = checkTable({ address: 'A1', values: [header, ...rows] });
          const { summary } = report;
          const counted =
            summary.done +
            summary.onTrack +
            summary.behind +
            summary.severelyBehind +
            summary.noTarget +
            summary.invalid +
            summary.qualitative;
          expect(counted).toBe(summary.total);
          for (const indicator of report.indicators) {
            if (indicator.status === 'qualitative') expect(indicator.completionRate).toBeNull();
          }
          expect(() => buildNarrative(report, { locale })).not.toThrow();
        },
      ),
      { numRuns: 300 }, // ≈ 1–2 ms a run
    );
  });
});

describe('a ceiling that is exceeded is never done', () => {
  const ceiling = fc.oneof(
    fc.record({
      written: fc.constantFrom('≤', '<=', '不超过', '＜'),
      direction: fc.constant(null),
    }),
    fc.record({ written: fc.constant(''), direction: fc.constant('逆向') }),
  );
  // Figures as tables write them: up to 4 decimals.
  const figure = fc.integer({ min: 0, max: 1e10 }).map((n) => n / 1e4);
  it.each([['2026-06-30'], ['2026-12-31']])('as of %s', (asOf) => {
    fc.assert(
      fc.property(ceiling, figure, figure, (form, target, actual) => {
        const header = ['指标名称', '年度目标', '累计完成', '方向'];
        const row = ['项目支出', `${form.written}${target}`, actual, form.direction];
        const report = checkTable({ address: 'A1', values: [header, row] }, { asOf });
        const [indicator] = report.indicators;
        expect(indicator?.direction).toBe('lower');
        if (
          indicator?.target != null &&
          indicator.actual != null &&
          indicator.actual > indicator.target
        ) {
          expect(indicator.status).not.toBe('done');
          expect(indicator.status).not.toBe('on-track');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a target in words never yields a figure in the narrative', () => {
  const WORDS = ['效果明显', '有效', '严格执行相关制度规定', '合规', '及时', '显著提升', '年底前'];
  const ACTUALS = ['达成预期指标', '部分达成', '未达成', '有效', '尚可', '10月', '100%', '3', null];
  const NAMES = ['社会效益', '经费支出合规性', '群众满意度', '制度健全性', '资金到位及时性'];
  it.each([['zh-CN' as const], ['en-US' as const]])('%s', (locale) => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...NAMES),
            fc.constantFrom(...WORDS),
            fc.constantFrom(...ACTUALS),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const header = ['指标名称', '年度目标', '累计完成'];
          const report = checkTable(
            { address: 'A1', values: [header, ...rows] },
            { asOf: '2026-06-30' },
          );
          const narrative = buildNarrative(report, { locale });
          const segments = narrative.paragraphs.flatMap((paragraph) => paragraph.segments);
          expect(segments.filter((segment) => segment.kind === 'value')).toEqual([]);
          // Beyond the title, the headings and the counts of the overview: no digit anywhere.
          const bodies = narrative.paragraphs
            .filter((paragraph) => paragraph.kind === 'body')
            .slice(1);
          for (const body of bodies) {
            expect(body.segments.map((segment) => segment.text).join('')).not.toMatch(/[0-9０-９]/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
