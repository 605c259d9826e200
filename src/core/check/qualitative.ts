// Indicators judged in words: a target in words (效果明显, 11月底前) by the words of its actual, or a
// figure met by words (≤30万元 → 完成). Never an error: an unrecognised wording is `unknown`, with a
// hint on what to write.
import type { Assessment, Issue, Status } from '../types';
import type { WordedTarget } from './assessment';
import { assess } from './assessment';
import { parseDeadline } from '../table/deadline';
import { compact } from '../table/text';
import { makeIssue } from './issues';
import type { Draft } from './readRows';

export interface WordsJudgement {
  status: Status;
  assessment: Assessment;
  issues: Issue[];
}

/** null when the row is judged by its figures. */
export function judgeWords(draft: Draft): WordsJudgement | null {
  const { indicator, targetWords, actualWords } = draft;
  if (targetWords !== null) return byTargetWords(draft, targetWords);
  if (actualWords === null) return null;
  const assessment = assess(actualWords, null);
  const at = indicator.cells.actual ?? indicator.cells.name;
  const params = { text: actualWords, target: indicator.targetText ?? '', assessment };
  const issue = makeIssue('worded-actual', at, indicator.row, params, indicator.name);
  return { status: 'qualitative', assessment, issues: [issue] };
}

function byTargetWords(draft: Draft, target: WordedTarget): WordsJudgement {
  const { indicator, actualWords } = draft;
  const written = actualWords ?? indicator.actualText ?? '';
  // Nothing usable in the actual (blank, a placeholder): missing-value or not-a-number says so.
  if (written === '' || (actualWords === null && indicator.actual === null)) {
    return { status: 'invalid', assessment: 'unknown', issues: [] };
  }
  const assessment = actualWords === null ? 'unknown' : assess(actualWords, target);
  if (assessment !== 'unknown') return { status: 'qualitative', assessment, issues: [] };
  const at = indicator.cells.actual ?? indicator.cells.name;
  const params = { text: written, target: target.text };
  const issue = makeIssue('unknown-assessment', at, indicator.row, params, indicator.name);
  return { status: 'qualitative', assessment, issues: [issue] };
}

/** The template's numbering of indicators: 指标1：, 指标2:. */
const TEMPLATE_NUMBER = /^指标\s*\d+\s*[:：]\s*/;

/**
 * In a 自评表, a row with neither target nor actual whose name has no figure states its target in
 * its name (指标1:工程质量合格): a target in words, not a missing figure.
 */
export function nameStatesTarget(draft: Draft): void {
  const { indicator } = draft;
  const written = indicator.targetText !== undefined || indicator.actualText !== undefined;
  if (draft.targetWords !== null || draft.targetUnreadable || written) return;
  const statement = indicator.name.replace(TEMPLATE_NUMBER, '');
  if (indicator.target !== null || /[0-9０-９]/.test(statement)) return;
  draft.targetWords = { text: indicator.name, deadline: parseDeadline(compact(indicator.name)) };
  indicator.qualitative = true;
}
