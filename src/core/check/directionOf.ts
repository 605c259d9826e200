// Which way an indicator is better: its target's operator (≤ is a ceiling), else a 方向 cell (or
// 正向/反向 in the 指标性质 column), else the user's choice, else higher. A name is no evidence
// (R&D经费支出 and 能耗下降率 are better higher): a name that suggests lower only asks to confirm.
import type { Direction, DirectionSource, TargetOp } from '../types';

export interface DirectionEvidence {
  op: TargetOp | null;
  /** From the 方向 column or 正向/反向 in the operator column. */
  written: Direction | null;
  /** The user named this indicator as better lower. */
  userLower: boolean;
  /** The user confirmed this indicator as better higher (its name only suggested lower). */
  userHigher?: boolean;
}

export function directionOf(evidence: DirectionEvidence): {
  direction: Direction;
  source: DirectionSource;
} {
  const { op, written, userLower, userHigher } = evidence;
  if (op === '<=' || op === '<') return { direction: 'lower', source: 'operator' };
  if (op === '>=' || op === '>') return { direction: 'higher', source: 'operator' };
  if (written !== null) return { direction: written, source: 'column' };
  if (userLower) return { direction: 'lower', source: 'user' };
  if (userHigher === true) return { direction: 'higher', source: 'user' };
  return { direction: 'higher', source: 'default' };
}

/** Words in a name that suggest lower is better, unless the name counts a reduction. */
const LOWER_WORDS =
  /能耗|成本|事故|投诉|死亡|伤亡|发案|排放|污染|失业率|不良率|亏损|赤字|超支|差错|违规|逾期|拖欠|上访/;
const REDUCTION = /下降|降低|减少|节约|节省|削减|压减|减排|节能|控制率|合格率|达标率|完成率/;

/** The word of the name that suggests lower is better, or null. */
export function lowerHint(name: string): string | null {
  if (REDUCTION.test(name)) return null;
  return LOWER_WORDS.exec(name)?.[0] ?? null;
}
