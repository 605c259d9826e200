// Header cells → what the column holds: a field (matchHeader), a tier of the indicator name
// (一级指标), a period (本月 / 累计 / 1-6月), a ready-made growth, a year, or nothing we use.
import type { CellValue, Field } from '../types';
import { matchHeader } from './headers';
import { MAX_CELL_TEXT, compact } from './text';
import { isKnownUnit, normalizeUnit } from './units';

export type ColumnKind =
  | { kind: 'field'; field: Field; exact: boolean }
  | { kind: 'tier'; level: number }
  | { kind: 'cumulative' }
  | { kind: 'month' }
  | { kind: 'growth' }
  | { kind: 'points' }
  | { kind: 'year'; year: number }
  /** A column we know and do not use (序号, 分值, 得分, 构成, 指标性质, 完成率…). */
  | { kind: 'other' };

export interface ColumnLabel {
  kind: ColumnKind | null;
  /** Unit written in the header: 年度目标（亿元） → '亿元'. */
  unit: string | null;
}

/** Traditional forms of the characters our header words use (CAAC's big5 pages). */
const TRADITIONAL: Record<string, string> = {
  實: '实',
  際: '际',
  數: '数',
  當: '当',
  計: '计',
  長: '长',
  統: '统',
  標: '标',
  單: '单',
  項: '项',
  稱: '称',
  預: '预',
  績: '绩',
  額: '额',
  備: '备',
  註: '注',
  說: '说',
  資: '资',
  來: '来',
  源: '源',
  級: '级',
  內: '内',
  國: '国',
};

/** Full-width to half-width, no spaces, simplified header characters, lower case. */
export function labelKey(text: string): string {
  return compact(text)
    .replace(/[\u3400-\u9fff]/g, (char) => TRADITIONAL[char] ?? char)
    .toLowerCase();
}

const TIER = /^([一二三四五1-5])级指标(?:名称)?$/;
const TIER_LEVELS = '一二三四五';
const YEAR = /^((?:19|20)\d{2})年?(?:度)?(?:数据|完成|实际)?$/;
const MONTH =
  /^(?:本月|当月|本期数|当季|当季值|本季|\d{1,2}月份?|\d{1,2}月份?(?:完成|实际)|本月(?:完成|实际)?(?:数|值)?|currentmonth|month|thismonth)$/;
const CUMULATIVE =
  /^(?:(?:\d{4}年)?(?:1|一)?[-—–~至到]?\d{1,2}月(?:份)?(?:累计)?(?:完成|实际)?(?:数|值)?|(?:本年|当年|年初至今|今年|全年)?累计(?:完成|实际)?(?:数|值)?|累计值|(?:实际|全年实际|本年实际)(?:完成)?(?:数|值)?|执行数|全年执行数|ytd|yeartodate)$/;
const GROWTH = /同比|增长|增速|增幅|增减|比上年|比去年|比上期|growth|yoy|change/;
const POINTS = /百分点|points?$|pp$/;
const OTHER =
  /^(?:序号|编号|行次|指标性质|指标内容|指标解释|指标说明|进度|序时进度|排名|名次|百分比|share|score|weight|no\.?|#)$/;
const OTHER_WORDS = /分值|得分|权重|完成率|执行率|构成|比重|占比|percentage|原因|评分/;

const NONE: ColumnLabel = { kind: null, unit: null };

/** The label of one header cell (or of a group cell over it). */
export function classifyLabel(raw: CellValue): ColumnLabel {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1900 && raw <= 2100) {
    return { kind: { kind: 'year', year: raw }, unit: null };
  }
  if (typeof raw !== 'string' || raw.length > MAX_CELL_TEXT) return NONE;
  let key = labelKey(raw)
    .replace(/^\*+/, '')
    .replace(/[:：]$/, '');
  if (key === '') return NONE;
  let unit: string | null = null;
  // English decorations: Budget_Amount, Actual (USD), Last YTD.
  const bracket = /^(.+?)[([]([^()[\]]*)[)\]]$/.exec(key);
  if (bracket) {
    const candidate = normalizeUnit(bracket[2]);
    if (candidate !== null && isKnownUnit(candidate)) unit = candidate;
    if (candidate === '%') unit = '%';
    key = bracket[1] ?? key;
  }
  return { kind: kindOf(key), unit };
}

function kindOf(key: string): ColumnKind | null {
  const tier = TIER.exec(key);
  if (tier) {
    const mark = tier[1] ?? '';
    const level = /\d/.test(mark) ? Number(mark) : TIER_LEVELS.indexOf(mark) + 1;
    return { kind: 'tier', level };
  }
  if (POINTS.test(key)) return { kind: 'points' };
  if (GROWTH.test(key)) return { kind: 'growth' };
  if (OTHER.test(key) || OTHER_WORDS.test(key)) return { kind: 'other' };
  const english = key.replace(/[_\-\s]+/g, '');
  if (/^(?:lastytd|lastyear|prior|previous)/.test(english)) {
    return { kind: 'field', field: 'lastYear', exact: true };
  }
  if (/^(?:budget|plan|target|goal)/.test(english)) {
    return { kind: 'field', field: 'target', exact: english === 'target' };
  }
  if (/^(?:actual|ytd)/.test(english)) return { kind: 'field', field: 'actual', exact: true };
  const year = YEAR.exec(key);
  if (year) return { kind: 'year', year: Number(year[1]) };
  const field = matchHeader(key);
  if (field.field !== null) return { kind: 'field', field: field.field, exact: field.exact };
  if (MONTH.test(key)) return { kind: 'month' };
  if (CUMULATIVE.test(key)) return { kind: 'cumulative' };
  return null;
}

/**
 * A sub-header under a group cell: the sub-header decides, except that a figure under 本月 is
 * the month's and under 累计 the cumulative one; a blank sub-header takes the group's label.
 */
export function combineLabels(
  group: ColumnLabel,
  sub: ColumnLabel,
  subBlank: boolean,
): ColumnLabel {
  const unit = sub.unit ?? group.unit;
  if (subBlank) return { kind: group.kind, unit };
  const subKind = sub.kind;
  const groupKind = group.kind?.kind;
  const isFigure =
    subKind === null ||
    subKind.kind === 'cumulative' ||
    (subKind.kind === 'field' && subKind.field === 'actual');
  if (isFigure && groupKind === 'month') return { kind: { kind: 'month' }, unit };
  if (isFigure && groupKind === 'cumulative') return { kind: { kind: 'cumulative' }, unit };
  if (subKind === null && group.kind?.kind === 'field') return { kind: group.kind, unit };
  return { kind: subKind, unit };
}
