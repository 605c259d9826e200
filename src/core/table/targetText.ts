// A target as bureaus write it → its operator, its figure and unit, or its words: ≥50个,
// ≤90万元, =100%, ＞95%, ≧735, ═100, >=20平方米, 15家以上, 不低于3次, 控制在5%以内, 2个亿以上,
// 效果明显, 11月底前.
import type { CellValue, TargetOp } from '../types';
import type { Deadline } from './deadline';
import { parseDeadline } from './deadline';
import type { ParsedCell } from './parseCell';
import { parseCell } from './parseCell';
import { MAX_CELL_TEXT, cellText, compact, excerpt } from './text';

export type TargetCell =
  | { kind: 'empty' }
  /** A figure, with the operator written around it (null for a bare figure). */
  | { kind: 'figure'; op: TargetOp | null; parsed: Extract<ParsedCell, { kind: 'number' }> }
  /** Words (效果明显, 严格执行相关制度规定), a deadline among them (11月底前). */
  | { kind: 'words'; text: string; deadline: Deadline | null }
  /** Written but no target: a placeholder, an Excel error, a logical value. */
  | { kind: 'invalid'; parsed: Extract<ParsedCell, { kind: 'invalid' }> };

/** Signs after NFKC (＞＝ → >=, ＝ → =): ASCII pairs, ≥ ≤, the look-alikes ≧ ≦ ⩾ ⩽ and ═. */
const SIGNS: readonly (readonly [RegExp, TargetOp])[] = [
  [/^(?:>=|=>|≥|≧|⩾|>＝)/, '>='],
  [/^(?:<=|=<|≤|≦|⩽|<＝)/, '<='],
  [/^(?:==|=|═|≡)/, '='],
  [/^>/, '>'],
  [/^</, '<'],
];

const WORDS_BEFORE: readonly (readonly [RegExp, TargetOp])[] = [
  [/^(?:不低于|不少于|不小于|不得低于|不得少于|至少|大于等于|大于或等于|高于或等于|达到|达)/, '>='],
  [
    /^(?:不高于|不超过|不大于|不多于|不得高于|不得超过|小于等于|小于或等于|低于或等于|最多|控制在)/,
    '<=',
  ],
  [/^(?:大于|高于|超过|多于)/, '>'],
  [/^(?:小于|低于|少于)/, '<'],
  [/^等于/, '='],
];

const WORDS_AFTER: readonly (readonly [RegExp, TargetOp])[] = [
  [/(?:及以上|或以上|以上)(?:\(含\))?$/, '>='],
  [/(?:及以下|或以下|以下|以内|之内)(?:\(含\))?$/, '<='],
];

/** Words: Chinese, or a Latin word (a run of symbols, or a lone letter, is no target). */
const WORDS = /[\u4e00-\u9fff]|[A-Za-z]{2}/;

/** 2个亿 → 2亿: the measure word before a magnitude. */
const MEASURE_BEFORE_MAGNITUDE = /个(?=亿|万)/;

function strip(
  text: string,
  patterns: readonly (readonly [RegExp, TargetOp])[],
  at: 'start' | 'end',
): { rest: string; op: TargetOp | null } {
  for (const [pattern, op] of patterns) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const rest = at === 'start' ? text.slice(match[0].length) : text.slice(0, match.index);
    return { rest, op };
  }
  return { rest: text, op: null };
}

/** The operator around a figure, and the figure's text without it. */
export function splitOperator(text: string): { op: TargetOp | null; rest: string } {
  const sign = strip(text, SIGNS, 'start');
  const before = sign.op === null ? strip(text, WORDS_BEFORE, 'start') : sign;
  const after = strip(before.rest, WORDS_AFTER, 'end');
  return { op: before.op ?? after.op, rest: after.rest };
}

/** An operator written alone in its own column (指标性质: ≥, ≤, =), or null. */
export function parseOperatorCell(raw: CellValue): TargetOp | null {
  if (typeof raw !== 'string' || raw.length > 20) return null;
  const text = compact(raw);
  if (text === '') return null;
  const { op, rest } = splitOperator(text);
  return rest === '' ? op : null;
}

function figureOf(text: string): Extract<ParsedCell, { kind: 'number' }> | null {
  const parsed = parseCell(text.replace(MEASURE_BEFORE_MAGNITUDE, ''));
  if (parsed.kind !== 'number' || parsed.unknownUnit !== undefined) return null;
  return parsed;
}

/**
 * One target cell. A figure with an operator (signs or words, before or after); a figure alone;
 * else words. Never throws: anything unreadable is words or invalid.
 */
export function parseTargetCell(raw: CellValue, numberFormat?: string, shown?: string): TargetCell {
  if (typeof raw !== 'string') {
    const parsed = parseCell(raw, numberFormat, shown);
    if (parsed.kind === 'number') return { kind: 'figure', op: null, parsed };
    return parsed.kind === 'empty' ? parsed : { kind: 'invalid', parsed };
  }
  const plain = parseCell(raw);
  if (plain.kind === 'empty') return plain;
  if (plain.kind === 'invalid' && plain.reason !== 'text')
    return { kind: 'invalid', parsed: plain };
  const text = compact(raw.length > MAX_CELL_TEXT ? raw.slice(0, MAX_CELL_TEXT) : raw);
  const words = excerpt(cellText(raw), 80);
  const deadline = parseDeadline(text);
  if (deadline !== null) return { kind: 'words', text: words, deadline };
  const { op, rest } = splitOperator(text);
  const figure = rest === '' ? null : figureOf(rest);
  // 达到/以上 inside parseCell are approximations; as an operator they are exact.
  if (figure !== null && op !== null) return { kind: 'figure', op, parsed: exact(figure) };
  if (plain.kind === 'number' && plain.unknownUnit === undefined) {
    return { kind: 'figure', op: null, parsed: plain };
  }
  if (plain.kind === 'invalid' && !WORDS.test(text)) return { kind: 'invalid', parsed: plain };
  return { kind: 'words', text: words, deadline: null };
}

const exact = (
  parsed: Extract<ParsedCell, { kind: 'number' }>,
): Extract<ParsedCell, { kind: 'number' }> => ({ ...parsed, approximate: false });
