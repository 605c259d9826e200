// Category of an indicator: from a 类别 column when it names one, else inferred from the name and unit.
import type { Category } from '../types';
import { compact } from '../table/text';

const LABELS = new Map<string, Category>([
  ['研发投入', 'rd'],
  ['研发', 'rd'],
  ['rd', 'rd'],
  ['r&d', 'rd'],
  ['专利', 'patent'],
  ['知识产权', 'patent'],
  ['patent', 'patent'],
  ['高新技术企业', 'enterprise'],
  ['企业', 'enterprise'],
  ['科技企业', 'enterprise'],
  ['enterprise', 'enterprise'],
  ['项目', 'project'],
  ['科技项目', 'project'],
  ['project', 'project'],
  ['培训', 'training'],
  ['科技培训', 'training'],
  ['training', 'training'],
  ['其他', 'other'],
  ['其它', 'other'],
  ['other', 'other'],
]);

// Order matters: 知识产权培训 is a training, 研发项目 is R&D spending, 高新技术产值 belongs with the
// high-tech enterprises (the output of the high-tech industry they make up).
const RULES: readonly (readonly [RegExp, Category])[] = [
  [/培训|讲座|受训/, 'training'],
  [/研发|r&d|研究与试验发展|科研投入|科研经费|研究开发费/, 'rd'],
  [/专利|知识产权|商标|著作权/, 'patent'],
  [
    /高新技术企业|高企|科技型企业|科技型中小企业|科小|创新型(?:试点)?企业|高新技术产[值业品]|高新技术增加值|专精特新|瞪羚/,
    'enterprise',
  ],
  [/项目|课题/, 'project'],
  [/人次|场次|期数|班次/, 'training'],
];

const TRAINING_UNITS = new Set(['人次', '万人次', '场次', '期']);

export function inferCategory(name: string, unit: string | null = null): Category {
  const key = compact(name).toLowerCase();
  for (const [pattern, category] of RULES) if (pattern.test(key)) return category;
  return unit !== null && TRAINING_UNITS.has(unit) ? 'training' : 'other';
}

/** A 类别 cell: one of our labels or ids, or a label we can classify; null when it names none. */
export function parseCategory(label: string): Category | null {
  const key = compact(label).toLowerCase();
  if (key === '') return null;
  const known = LABELS.get(key);
  if (known) return known;
  const inferred = inferCategory(key);
  return inferred === 'other' ? null : inferred;
}
