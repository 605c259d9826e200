// Issue params are typed per code: `npm run typecheck` compiles this file, so every
// `@ts-expect-error` below must still be an error (a misspelt or missing key, a wrong value type).
// At run time: one issue of every code has a message in both locales.
import { SEVERITY, makeIssue } from '../../../src/core/check/issues';
import { issueMessage } from '../../../src/core/messages';
import type { NotNumberKind } from '../../../src/core/table/parseCell';
import type { Issue, IssueCode, IssueParams, NotANumberKind } from '../../../src/core/types';
import { LOCALES } from '../../../src/core/types';

/** Compiles only when A and B are the same type. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): Equal<A, B> => proof;

describe('issue params are typed per code', () => {
  it('rejects a misspelt, missing or mistyped key at compile time', () => {
    const ok = makeIssue(
      'unit-mismatch',
      'D12',
      12,
      { field: 'actual', text: '3.37万人次', expected: '亿元', found: '万人次' },
      '技术合同成交额',
    );
    expect(ok.params.found).toBe('万人次');

    // Built at run time too: makeIssue does not validate, only the compiler does.
    const rejected: unknown[] = [
      makeIssue('unit-mismatch', 'D12', 12, {
        field: 'actual',
        text: '3.37万人次',
        expected: '亿元',
        // @ts-expect-error -- `fund` is not a param of unit-mismatch (`found` is)
        fund: '万人次',
      }),
      // @ts-expect-error -- unit-mismatch needs `found`
      makeIssue('unit-mismatch', 'D12', 12, { field: 'actual', text: '', expected: '' }),
      // @ts-expect-error -- not-a-number kinds are the parser's, not free text
      makeIssue('not-a-number', 'D5', 5, { field: 'actual', text: 'x', kind: 'nan' }),
      // @ts-expect-error -- a name is never a number field
      makeIssue('negative-value', 'A5', 5, { field: 'name', value: -1 }),
      // @ts-expect-error -- zero-last-year has no params
      makeIssue('zero-last-year', 'E6', 6, { value: 0 }),
    ];
    expect(rejected).toHaveLength(5);
  });

  it('narrows params by code when reading', () => {
    const read = (issue: Issue): string => {
      if (issue.code === 'duplicate-column') return issue.params.usedCell;
      if (issue.code === 'parts-sum-mismatch') {
        // @ts-expect-error -- misspelt key when reading
        return String(issue.params.childCell);
      }
      // @ts-expect-error -- params of an unknown code have no common `field`
      return String(issue.params.field);
    };
    expect(read(makeIssue('duplicate-column', 'E2', 2, { field: 'actual', usedCell: 'D2' }))).toBe(
      'D2',
    );
  });

  it("keeps the not-a-number kinds in step with the cell parser's", () => {
    expect(same<NotANumberKind, NotNumberKind>(true)).toBe(true);
  });
});

/** One issue of every code: a code added to IssueParams without a sample does not compile. */
const SAMPLES: { [C in IssueCode]: IssueParams[C] } = {
  'no-header': { rows: 10 },
  'missing-column': { field: 'name' },
  'duplicate-column': { field: 'unit', usedCell: 'B1' },
  'not-a-number': { field: 'target', text: 'xx', kind: 'placeholder' },
  'approximate-value': { field: 'lastYear', text: '约3万', value: 3, unit: '万人次' },
  'unit-mismatch': { field: 'actual', text: '5件', expected: '亿元', found: '件' },
  'unknown-unit': { field: 'actual', text: '5😀', unit: '😀' },
  'duplicate-indicator': { name: '专利申请量', firstCell: 'A3' },
  'non-positive-target': { value: -1 },
  'negative-value': { field: 'lastYear', value: -2.5 },
  'zero-last-year': {},
  'missing-last-year': {},
  'missing-value': { field: 'actual' },
  'parts-sum-mismatch': {
    parentCell: 'D2',
    childCells: 'D3,D4',
    sum: '2e+308',
    total: 1,
    difference: 0.25,
    unit: '',
  },
  'unknown-parent': { parent: '专利' },
  'unknown-direction': { text: '横向' },
  'not-additive': { unit: '%', reports: 3 },
  'ambiguous-reading': { role: 'actual', reason: 'two-columns', candidates: 'C,E' },
  'not-indicator-table': { found: 'places-as-rows', example: '成都市、自贡市' },
  'growth-mismatch': { given: 5.5, computed: 7.25 },
  'part-exceeds-total': { parentCell: 'D7', part: 90, total: 0, unit: '万元' },
  'unknown-assessment': { text: '尚可', target: '效果明显' },
  'worded-actual': { text: '完成', target: '≤30万元', assessment: 'met' },
  'operator-in-actual': { text: '≥266米', value: 266 },
  'confirm-direction': { word: '成本' },
  'score-mismatch': { given: 7, computed: 10, maxScore: 10 },
  'score-out-of-band': { given: 5, min: 6, max: 8, assessment: 'partly-met' },
  'missing-deviation-reason': { lost: 1 },
  'score-total-mismatch': { what: 'tableScore', given: 96, sum: 86 },
  'rate-mismatch': { given: 95, computed: 100 },
  'grade-mismatch': { given: 'excellent', computed: 'good', score: 86 },
};

const CODES = Object.keys(SAMPLES) as IssueCode[];
const sample = <C extends IssueCode>(code: C): Issue =>
  makeIssue(code, 'C7', 7, SAMPLES[code], '指标') as Issue;

describe('every issue code has a message', () => {
  it('samples every code there is', () => {
    expect([...CODES].sort()).toEqual(Object.keys(SEVERITY).sort());
  });

  it.each(CODES.flatMap((code) => LOCALES.map((locale) => [code, locale] as const)))(
    '%s in %s',
    (code, locale) => {
      const message = issueMessage(sample(code), locale);
      expect(message.startsWith(locale === 'zh-CN' ? 'C7：' : 'C7: ')).toBe(true);
      expect(message.length).toBeGreaterThan(20);
      expect(message).not.toMatch(/undefined|NaN|\[object|“”|""/);
    },
  );

  it('words each code differently per locale', () => {
    for (const code of CODES) {
      const [zh, en] = LOCALES.map((locale) => issueMessage(sample(code), locale));
      expect(zh).not.toBe(en);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
