// For any report: no throw, and every number in the text comes from the report.
import fc from 'fast-check';
import { makeIssue } from '../../../src/core/check/issues';
import { narrativeToHtml } from '../../../src/core/export/html';
import { narrativeToText } from '../../../src/core/export/text';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import { TEMPLATE_IDS } from '../../../src/core/narrative/templates';
import {
  CATEGORY_ORDER,
  type CheckReport,
  type Indicator,
  type Issue,
  STATUSES,
} from '../../../src/core/types';
import { report } from './fixtures';
import { numbersInText, spellings } from './numbersInText';

const NAMES = [
  '专利申请量',
  '发明',
  'A',
  'B',
  '<img src=x onerror=alert(1)>',
  '{name}',
  "It's & co",
];

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1.005, 5e-324, 33700, 1.5014),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const weird = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY);

// Names without digits: a digit next to a figure ('A1' + '65件') would read as another number.
const name = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.string({ unit: fc.constantFrom(...'甲乙丙丁项目专利abc <>&"\'{}#'), maxLength: 8 }),
);

const indicatorArb = (row: number): fc.Arbitrary<Indicator> =>
  fc.record({
    name,
    row: fc.constant(row),
    group: fc.constant([] as string[]),
    unit: maybe(
      fc.constantFrom('件', '亿元', '万元', '元', '%', '人次', '万人次', '户', '吨', '', ' % '),
    ),
    category: fc.constantFrom(...CATEGORY_ORDER),
    parent: maybe(fc.constantFrom(...NAMES)),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    target: maybe(number),
    actual: maybe(fc.oneof(number, weird)),
    lastYear: maybe(number),
    completionRate: maybe(fc.oneof(number, weird)),
    yoyGrowth: maybe(number),
    yoyChangePoints: maybe(number),
    status: fc.constantFrom(...STATUSES),
    approximate: fc.boolean(),
    cells: fc.constant({
      name: `A${row}`,
      target: `C${row}`,
      actual: `D${row}`,
      lastYear: `E${row}`,
    }),
  });

const reportArb: fc.Arbitrary<CheckReport> = fc
  .tuple(
    fc
      .integer({ min: 0, max: 12 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => indicatorArb(i + 2)))),
    fc.option(
      fc.constantFrom('2026-06-30', '2026-03-31', '2026-05-31', '2026-06-15', '2024-02-29', 'bad'),
      { nil: null },
    ),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([indicators, asOf, expectedProgress]) => {
    const issues: Issue[] = indicators
      .filter((indicator) => indicator.approximate)
      .map((indicator) =>
        makeIssue('approximate-value', `D${indicator.row}`, indicator.row, {
          field: 'actual',
          text: '约',
          value: indicator.actual ?? 0,
          unit: indicator.unit ?? '',
        }),
      );
    return report(indicators, { asOf, expectedProgress, issues });
  });

/** Every way a number of the report may be written. */
function allowedNumbers(built: CheckReport): Set<string> {
  const allowed = new Set<string>(['1']); // 1—5月: the period starts in January
  const counts = built.indicators.length;
  for (let n = 0; n <= counts; n++) allowed.add(String(n));
  for (const part of (built.asOf ?? '').split('-')) allowed.add(String(Number(part)));
  for (const spelled of spellings(built.expectedProgress)) allowed.add(spelled);
  for (const indicator of built.indicators) {
    const fields = [
      indicator.target,
      indicator.actual,
      indicator.lastYear,
      indicator.completionRate,
      indicator.yoyGrowth,
      indicator.yoyChangePoints,
    ];
    for (const field of fields) if (field !== null) spellings(field).forEach((s) => allowed.add(s));
    for (const text of [indicator.name, indicator.unit ?? '']) {
      numbersInText(text).forEach((s) => allowed.add(s));
    }
  }
  return allowed;
}

describe('narrative of random reports', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    '%s: never throws, every number is from the report',
    (locale) => {
      fc.assert(
        fc.property(reportArb, (built) => {
          const narrative = buildNarrative(built, { locale });
          narrativeToHtml(narrative);
          const allowed = allowedNumbers(built);
          const text = narrativeToText(narrative);
          for (const found of numbersInText(text)) {
            if (!allowed.has(found)) throw new Error(`${found} is not from the report:\n${text}`);
          }
        }),
        { numRuns: 300 }, // ≈ 1.6–2.6 ms a run, over the 1 ms below which properties get 1,000
      );
    },
  );

  it('value segments cite only cells of the report', () => {
    fc.assert(
      fc.property(reportArb, (built) => {
        const cells = new Set(built.indicators.flatMap((i) => Object.values(i.cells)));
        for (const paragraph of buildNarrative(built, { locale: 'zh-CN' }).paragraphs) {
          for (const segment of paragraph.segments) {
            if (segment.kind === 'value')
              expect(segment.cells.every((c) => cells.has(c))).toBe(true);
          }
        }
      }),
      { numRuns: 1000 }, // ≈ 0.4–0.8 ms a run
    );
  });

  it('never throws with arbitrary user templates', () => {
    const templates = fc.dictionary(
      fc.oneof(fc.constantFrom(...TEMPLATE_IDS), fc.string({ maxLength: 5 })),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          '{name}{value}',
          '{count, plural, other {#}}',
          '{trend, select, up {x} other {y}}',
          '{',
          '}',
          "'{'",
        ),
      ),
    );
    fc.assert(
      fc.property(
        reportArb,
        templates,
        fc.constantFrom('zh-CN' as const, 'en-US' as const),
        (built, set, locale) => {
          narrativeToHtml(buildNarrative(built, { locale, templates: set }));
        },
      ),
      { numRuns: 1000 }, // ≈ 0.6–0.9 ms a run
    );
  });

  it('never throws on malformed input', () => {
    const broken = [null, undefined, {}, { indicators: 'x' }, { indicators: [null] }] as unknown[];
    for (const input of broken) {
      expect(() =>
        narrativeToHtml(buildNarrative(input as CheckReport, { locale: 'zh-CN' })),
      ).not.toThrow();
    }
  });
});
