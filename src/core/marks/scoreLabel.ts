// A 绩效自评表's score beside the status word the hosts write: 已完成（得分9.5/10，表内8）.
import { formatNumber } from '../messages/format';
import { SCORE_TOLERANCE } from '../check/scores';
import type { Indicator, Locale } from '../types';

/** The suffix for an indicator with 分值, else ''. A table score that differs is named too. */
export function scoreSuffix(indicator: Indicator, locale: Locale): string {
  const max = indicator.maxScore;
  const score = indicator.score ?? indicator.tableScore ?? null;
  if (max == null || score === null) return '';
  const table = indicator.tableScore ?? null;
  const differs =
    indicator.score != null &&
    table !== null &&
    Math.abs(table - indicator.score) > SCORE_TOLERANCE;
  const [s, m, t] = [score, max, table ?? 0].map(formatNumber);
  if (locale === 'en-US') return differs ? ` (score ${s}/${m}; table ${t})` : ` (score ${s}/${m})`;
  return differs ? `（得分${s}/${m}，表内${t}）` : `（得分${s}/${m}）`;
}

const SUFFIX =
  /(?:（得分[\d.]+\/[\d.]+(?:，表内-?[\d.]+)?）| \(score [\d.]+\/[\d.]+(?:; table -?[\d.]+)?\))$/;

/** The status word without a score suffix (a label written for a 自评表). */
export const withoutScore = (label: string): string => label.replace(SUFFIX, '');
