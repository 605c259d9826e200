// The words of an actual → how a target in words went: met (达成预期指标, 已完成, 效果明显, 较好),
// partly met (部分达成, 基本完成), not met (未达成, 不合格), or unknown. An actual that repeats the
// target's own words is met; a date on or before a deadline target (11月底前 → 10月) is met.
import type { Assessment } from '../types';
import type { Deadline } from '../table/deadline';
import { namedDate, withinDeadline } from '../table/deadline';
import { compact } from '../table/text';

export interface WordedTarget {
  text: string;
  deadline: Deadline | null;
}

/** Things that did not happen and should not (未发生安全事故, 零投诉): met. */
const NOTHING_HAPPENED = /未发生|无(?:重大)?(?:安全)?(?:事故|投诉|违规|违纪|问题)|零(?:事故|投诉)/;
const NOT_MET =
  /未达成|未达到|未达标|未完成|未实现|未能|未按|未及时|没有|尚未|不合格|不达标|不满意|不及时|不明显|不显著|不到位|不规范|不符合|不足|滞后|较差|效果差|无效|^否$|^差$|^未/;
const PARTLY = /部分|基本|大部分|一般|有所|初步|较为/;
const MET =
  /达成|达到|完成|实现|已|合格|达标|满意|及时|按时|按期|有效|明显|显著|良好|较好|^好|优|符合|规范|到位|提升|提高|改善|增加|增强|加强|^是$|全部|全面|确保|保障|稳定|持续|健全|完善|正常|安全|落实|执行/;

/** Punctuation dropped before words are compared (“有效。” = 有效). */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

const key = (text: string): string => compact(text).replace(PUNCTUATION, '');

/** Whether one text restates the other: equal, or one contains the other (3 characters at least). */
function restates(actual: string, target: string): boolean {
  if (actual === '' || target === '') return false;
  if (actual === target) return true;
  const shorter = actual.length < target.length ? actual : target;
  const longer = shorter === actual ? target : actual;
  return shorter.length >= 3 && longer.includes(shorter);
}

export function assess(actualText: string, target: WordedTarget | null): Assessment {
  const actual = key(actualText);
  if (actual === '') return 'unknown';
  if (target?.deadline) {
    const date = namedDate(compact(actualText));
    if (date !== null) return withinDeadline(date, target.deadline) ? 'met' : 'not-met';
  }
  if (NOTHING_HAPPENED.test(actual)) return 'met';
  if (NOT_MET.test(actual)) return 'not-met';
  if (PARTLY.test(actual)) return 'partly-met';
  if (target !== null && restates(actual, key(target.text))) return 'met';
  if (MET.test(actual)) return 'met';
  return 'unknown';
}
