// en-US wording of every issue: where it is and what to change.
import type {
  Assessment,
  Field,
  Grade,
  Issue,
  NotANumberKind,
  NotIndicatorKind,
  Role,
  Status,
} from '../types';
import { show } from './format';

export const STATUS_EN: Record<Status, string> = {
  done: 'Done',
  'on-track': 'On track',
  behind: 'Behind',
  'severely-behind': 'Severely behind',
  'no-target': 'No target',
  invalid: 'Data error',
  qualitative: 'Qualitative',
};

export const ASSESSMENT_EN: Record<Assessment, string> = {
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  unknown: 'cannot tell',
};

export const GRADE_EN: Record<Grade, string> = {
  excellent: 'Excellent',
  good: 'Good',
  fair: 'Fair',
  poor: 'Poor',
};

const FIELD_EN: Record<Field, string> = {
  name: 'indicator name',
  unit: 'unit',
  target: 'annual target',
  actual: 'actual figure',
  lastYear: "last year's figure",
  parent: 'parent',
  category: 'category',
  direction: 'direction',
  note: 'note',
};

/** Role names as the reading shows them (How the table was read). */
export const ROLE_EN: Record<Role, string> = {
  name: 'Indicator',
  group: 'Group',
  unit: 'Unit',
  target: 'Target',
  actual: 'Actual',
  lastYear: 'Last year',
  yoyGrowth: 'YoY %',
  parent: 'Parent',
  category: 'Category',
  direction: 'Direction',
  note: 'Note',
  targetOp: 'Operator',
  maxScore: 'Points',
  tableScore: 'Score',
  deviationReason: 'Reason',
};

const NOT_INDICATOR_EN: Record<NotIndicatorKind, string> = {
  'places-as-rows': 'its rows are places (e.g.',
  'periods-as-rows': 'its rows are periods (e.g.',
  'no-indicator-rows': 'it has no readable indicator rows (e.g.',
};

/** A unit after a figure: '3 万人次', or nothing. */
const after = (unit: string): string => (unit === '' ? '' : ` ${unit}`);

export function issueMessageEn(issue: Issue): string {
  const at = `${issue.cell}: `;
  const name = issue.indicator ?? '';
  const { code, params } = issue;
  switch (code) {
    case 'no-header':
      return `${at}no header row in the first ${show(params.rows)} rows. Add a header row above the data with at least an "Indicator" and an "Actual" column.`;
    case 'missing-column':
      return `${at}the header (row ${issue.row}) has no "${FIELD_EN[params.field]}" column, so nothing can be checked. Add that column.`;
    case 'duplicate-column':
      return `${at}this column and ${params.usedCell} are both "${FIELD_EN[params.field]}"; only ${params.usedCell} is used. Delete or rename the extra column.`;
    case 'not-a-number':
      return `${at}the ${FIELD_EN[params.field]} of "${name}" ${notANumberEn(params.kind, params.text)}`;
    case 'approximate-value':
      return `${at}the ${FIELD_EN[params.field]} of "${name}" ("${params.text}") is approximate; counted as ${show(params.value)}${after(params.unit)}. Enter the exact figure.`;
    case 'unit-mismatch':
      return `${at}the unit "${params.found}" in "${params.text}" does not match the row's unit "${params.expected}" and cannot be converted. Enter the value in ${params.expected}.`;
    case 'unknown-unit':
      return `${at}unknown unit "${params.unit}". Use a common unit such as 万元, 件, 人次 or %.`;
    case 'duplicate-indicator':
      return `${at}the indicator "${params.name}" repeats ${params.firstCell}. Merge the two rows or rename one.`;
    case 'non-positive-target':
      return `${at}the annual target of "${name}" is ${show(params.value)}; a target must be above 0. Enter the right target.`;
    case 'negative-value':
      return `${at}the ${FIELD_EN[params.field]} of "${name}" is negative (${show(params.value)}). Check and correct it.`;
    case 'zero-last-year':
      return `${at}last year's figure for "${name}" is 0, so growth cannot be computed. Check last year's figure.`;
    case 'missing-last-year':
      return `${at}"${name}" has no last-year figure, so growth cannot be computed. Fill in last year's figure.`;
    case 'missing-value':
      return params.field === 'name'
        ? `${at}row ${issue.row} has numbers but no indicator name and was not checked. Fill in the name.`
        : `${at}"${name}" has no ${FIELD_EN[params.field]}, so its progress cannot be judged. Fill it in.`;
    case 'parts-sum-mismatch': {
      const unit = after(params.unit);
      return `${at}the parts of "${name}" (${params.childCells}) add up to ${show(params.sum)}${unit}, not the total ${show(params.total)}${unit} (${params.parentCell}): off by ${show(params.difference)}${unit}. Check the total and its parts.`;
    }
    case 'unknown-parent':
      return `${at}the parent "${params.parent}" is not an indicator in this table. Enter the name of an indicator in the table, or leave it blank.`;
    case 'unknown-direction':
      return `${at}unknown direction "${params.text}"; treated as higher-is-better. Enter 正向 (higher) or 逆向 (lower).`;
    case 'not-additive':
      return `${at}"${name}" is in ${params.unit}, so the figures of ${show(params.reports)} tables cannot be added; the roll-up leaves it out. Work out the combined figure separately (e.g. from the summed numerator and denominator).`;
    case 'ambiguous-reading':
      return ambiguousEn(at, params.role, params.reason, params.candidates);
    case 'not-indicator-table':
      return `${at}this is not an indicator table: ${NOT_INDICATOR_EN[params.found]} "${params.example}"). An indicator table has one indicator per row and a column of figures such as "Actual".`;
    case 'growth-mismatch':
      return `${at}"${name}" gives a year-on-year change of ${show(params.given)}%, but actual against last year makes ${show(params.computed)}%: more than 0.1 percentage point apart. Check both.`;
    case 'part-exceeds-total':
      return `${at}"${name}" is a part ("of which") of the total in ${params.parentCell}, but ${show(params.part)}${after(params.unit)} is more than the total ${show(params.total)}${after(params.unit)}. Check the total and its parts.`;
    case 'unknown-assessment':
      return `${at}the target of "${name}" is in words ("${params.target}") and its actual "${params.text}" does not say whether it was met. Write 达成预期指标 (met), 部分达成预期指标 (partly met) or 未达成预期指标 (not met).`;
    case 'worded-actual':
      return `${at}the target of "${name}" is "${params.target}" but its actual "${params.text}" is in words; judged as ${ASSESSMENT_EN[params.assessment]}. Enter the actual figure.`;
    case 'operator-in-actual':
      return `${at}the actual of "${name}" ("${params.text}") carries a comparison sign, as if copied from the target; counted as ${show(params.value)}. Enter the figure achieved.`;
    case 'confirm-direction':
      return `${at}the name "${name}" contains "${params.word}", so lower may be better; it is judged as higher-is-better. If lower is better, write 逆向 in the direction column or "≤" before the target, or choose Better lower under How the table was read (command line: --lower ${name}); choosing Better higher there (command line: --higher ${name}) stops this question.`;
    case 'score-mismatch':
      return `${at}"${name}" is scored ${show(params.given)} in the table, but the scoring rule (${show(params.maxScore)} points) gives ${show(params.computed)}. Check the score.`;
    case 'score-out-of-band':
      return `${at}"${name}" is ${ASSESSMENT_EN[params.assessment]}, so its score should lie between ${show(params.min)} and ${show(params.max)}; the table gives ${show(params.given)}. Check the score.`;
    case 'missing-deviation-reason':
      return `${at}"${name}" lost ${show(params.lost)} points but no reason for the deviation is given. Explain the reason and the remedy.`;
    case 'score-total-mismatch':
      return params.what === 'maxScore'
        ? `${at}the points add up to ${show(params.sum)}, not the total ${show(params.given)}. Check the points of each item.`
        : `${at}the scores add up to ${show(params.sum)}, not the table's total ${show(params.given)}. Check the scores.`;
    case 'grade-mismatch':
      return `${at}the table grades itself ${GRADE_EN[params.given]}, but a total of ${show(params.score)} earns ${GRADE_EN[params.computed]} (Excellent ≥ 90, Good ≥ 80, Fair ≥ 60, Poor < 60). Check the grade.`;
    case 'rate-mismatch':
      return `${at}the budget execution rate is written as ${show(params.given)}%, but spent ÷ budget makes ${show(params.computed)}%. Check both.`;
  }
}

function ambiguousEn(at: string, role: Role, reason: string, candidates: string): string {
  const what = ROLE_EN[role];
  if (reason === 'two-columns')
    return `${at}cannot tell which column is "${what}": ${candidates} could all be. No summary is written from a guess; name the column under How the table was read (command line: --columns ${role}=LETTER).`;
  if (reason === 'category-names')
    return `${at}the "${what}" column reads like categories, not indicators (e.g. ${candidates}). No summary is written from a guess; name the column that holds the indicator names under How the table was read (command line: --columns name=LETTER).`;
  return `${at}under this header most data rows have no readable figures (e.g. ${candidates}). No summary is written from a guess; name the header row or the columns under How the table was read (command line: --header-row, --columns).`;
}

function notANumberEn(kind: NotANumberKind, text: string): string {
  switch (kind) {
    case 'placeholder':
      return `is the placeholder "${text}", not a number. Enter the actual figure.`;
    case 'excel-error':
      return `is a formula error (${text}). Fix the formula or enter a number.`;
    case 'boolean':
      return `is the logical value "${text}", not a number. Enter a number.`;
    case 'non-finite':
      return `is "${text}", which is not a valid number. Enter a number.`;
    case 'date':
      return `is a date (${text}), not a number. Enter a number; if the cell is formatted as a date, change it to General or Number.`;
    case 'text':
      return `is "${text}", which is not a number. Enter a number such as 1.5, 21% or 3.37万人次.`;
  }
}
