// Every template id and the placeholders it may use. Templates are ICU MessageFormat strings.
import type { Segment } from '../types';

/** Rich text passed into a template: a figure with its cells, or a run of already rendered text. */
export interface Rich {
  readonly segments: readonly Segment[];
}

export type ParamKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'count' }
  | { readonly kind: 'choice'; readonly options: readonly string[] };

const text = { kind: 'text' } as const;
const count = { kind: 'count' } as const;
const choice = <const O extends readonly string[]>(...options: O) =>
  ({ kind: 'choice', options }) as const;

const trend = choice('up', 'down', 'flat');
const yesNo = choice('yes', 'no');
/** A figure below 0 reads as a fall by its magnitude (下降3.92%), never 达-3.92%. */
const sign = choice('negative', 'positive');
/** How a target in words went (ICU keys: no hyphens). */
const assessment = choice('met', 'partlyMet', 'notMet', 'unknown');

export const TEMPLATE_PARAMS = {
  title: { year: text, month: count, monthName: text },
  overall: {
    dateKind: choice('monthEnd', 'day', 'none'),
    year: text,
    month: count,
    monthName: text,
    day: count,
    total: count,
    done: count,
    onTrack: count,
    behind: count,
    severe: count,
    noTarget: count,
    invalid: count,
    qualitative: count,
  },
  'heading.overview': {},
  'heading.categories': {},
  'heading.problems': {},
  'heading.nextSteps': {},
  'category.rd': {},
  'category.patent': {},
  'category.enterprise': {},
  'category.project': {},
  'category.training': {},
  'category.other': {},
  'indicator.amount': { name: text, value: text, completion: text, growth: text },
  'indicator.rate': {
    name: text,
    value: text,
    target: text,
    change: text,
    sign,
    magnitude: text,
  },
  'indicator.lower': {
    name: text,
    value: text,
    target: text,
    growth: text,
    sign,
    magnitude: text,
  },
  'indicator.qualitative': { name: text, assessment },
  'clause.completion': { completion: text },
  'clause.rateTarget': { target: text },
  'clause.lowerTarget': { target: text, within: yesNo },
  'clause.growth': { trend, growth: text },
  'clause.points': { trend, points: text },
  subItems: { items: text },
  subItem: { name: text, value: text, completion: text, growth: text },
  'behind.summary': { count, more: count, items: text },
  'behind.item': { name: text, completion: text, expected: text, severe: yesNo },
  'behind.itemLower': { name: text, value: text, target: text, severe: yesNo },
  'nextSteps.behind': { names: text, count, more: count },
  'nextSteps.onTrack': {},
  'heading.otherGroups': {},
  'rest.summary': {
    scope: choice('rest', 'all', 'groups'),
    groups: count,
    count,
    state: choice('allDone', 'allOnSchedule', 'mixed'),
    done: count,
    onTrack: count,
    behind: count,
    severe: count,
    noTarget: count,
    qualitative: count,
    invalid: count,
  },
  'selfeval.heading.overall': {},
  'selfeval.heading.budget': {},
  'selfeval.heading.indicators': {},
  'selfeval.heading.lost': {},
  'selfeval.heading.nextSteps': {},
  'selfeval.overall': {
    fromTable: yesNo,
    tableScore: text,
    score: text,
    maxScore: text,
    differs: yesNo,
    grade: text,
  },
  'selfeval.noScore': {},
  'selfeval.remark': { label: text, text },
  'selfeval.budget': { planned: text, spent: text, rate: text, score: text },
  'selfeval.score': { given: text, max: text, differs: yesNo, computed: text },
  'selfeval.target': {
    op: choice('atLeast', 'atMost', 'exactly', 'above', 'below', 'none'),
    target: text,
  },
  'selfeval.figure': { name: text, target: text, actual: text, score: text },
  'selfeval.words': { name: text, assessment, score: text },
  'selfeval.items': { items: text },
  'selfeval.lost': {
    name: text,
    lost: text,
    amount: choice('one', 'other'),
    hasReason: yesNo,
    reason: text,
  },
  'selfeval.noneLost': {},
  'selfeval.noRemarks': {},
} as const satisfies Record<string, Record<string, ParamKind>>;

export type TemplateId = keyof typeof TEMPLATE_PARAMS;
export const TEMPLATE_IDS = Object.keys(TEMPLATE_PARAMS) as TemplateId[];

export const isTemplateId = (id: string): id is TemplateId =>
  Object.prototype.hasOwnProperty.call(TEMPLATE_PARAMS, id);

type ValueOf<K> = K extends { kind: 'count' }
  ? number
  : K extends { kind: 'choice'; options: readonly (infer O)[] }
    ? O
    : string | Rich;

/** The values a template id is rendered with. */
export type TemplateValues<I extends TemplateId> = {
  [P in keyof (typeof TEMPLATE_PARAMS)[I]]: ValueOf<(typeof TEMPLATE_PARAMS)[I][P]>;
};
