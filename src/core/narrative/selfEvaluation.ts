// The 绩效自评报告 of a 绩效自评表: 总体得分与等级 (the table's own 得分, and the rule's where it
// differs), 预算执行, the indicators by the table's own 一级指标, the indicators that lost points with
// the reasons the table gives, and 下一步改进措施 quoted from the table (never invented).
import type { Evaluation, Indicator, Locale, Paragraph, Segment, TargetOp } from '../types';
import { GRADE_EN } from '../messages/enUS';
import { GRADE_ZH } from '../messages/zhCN';
import { SCORE_TOLERANCE } from '../check/scores';
import { formatAmount, formatPercent } from './figures';
import { sectionsOf } from './groupSections';
import { amount, isNumber, type FigureContext } from './indicatorFigures';
import { level1Number, level2Number } from './numbering';
import { digits } from './numbers';
import { PUNCTUATION } from './punctuation';
import { EMPTY, joinRich, pushSegments, rich } from './render';
import type { Rich } from './templateSpec';

type HeadingId =
  | 'selfeval.heading.overall'
  | 'selfeval.heading.budget'
  | 'selfeval.heading.indicators'
  | 'selfeval.heading.lost'
  | 'selfeval.heading.nextSteps';

const text = (value: string): Segment => ({ kind: 'text', text: value });
const paragraph = (kind: Paragraph['kind'], segments: Segment[]): Paragraph => ({ kind, segments });

/** A score as written in 自评表 (up to 2 decimals), citing its cells. */
function points(value: number, cells: readonly (string | undefined)[], indicator?: string): Rich {
  const cited = cells.filter((cell): cell is string => typeof cell === 'string' && cell !== '');
  const figure = digits(value, { decimals: 2 });
  if (cited.length === 0) return rich(text(figure));
  const segment: Segment = { kind: 'value', text: figure, cells: cited };
  if (indicator !== undefined) segment.indicator = indicator;
  return rich(segment);
}

/** A quotation of the table's own text, citing its cell; a closing 。 is left to the sentence. */
function quoted(value: string, cell: string | undefined): Rich {
  const trimmed = value.trim().replace(/[。．.；;]+$/, '');
  return cell === undefined
    ? rich(text(trimmed))
    : rich({ kind: 'value', text: trimmed, cells: [cell] });
}

const OP_KEY: Record<TargetOp, 'atLeast' | 'atMost' | 'exactly' | 'above' | 'below'> = {
  '>=': 'atLeast',
  '<=': 'atMost',
  '=': 'exactly',
  '>': 'above',
  '<': 'below',
};

const ASSESSMENT_KEY = {
  met: 'met',
  'partly-met': 'partlyMet',
  'not-met': 'notMet',
  unknown: 'unknown',
} as const;

/** ，得8分（分值8分）[，按评分规则应得9.8分]; empty without a score. */
function scoreClause(ctx: FigureContext, indicator: Indicator): Rich {
  const { maxScore, tableScore, score, cells, name } = indicator;
  if (!isNumber(maxScore)) return EMPTY;
  const computedCells = [cells.actual, cells.target];
  const given = isNumber(tableScore)
    ? points(tableScore, [cells.tableScore], name)
    : isNumber(score)
      ? points(score, computedCells, name)
      : null;
  if (given === null) return EMPTY;
  const differs =
    isNumber(tableScore) && isNumber(score) && Math.abs(score - tableScore) > SCORE_TOLERANCE;
  return ctx.texts.rich('selfeval.score', {
    given,
    max: points(maxScore, [cells.maxScore], name),
    differs: differs ? 'yes' : 'no',
    computed: isNumber(score) ? points(score, computedCells, name) : EMPTY,
  });
}

function indicatorItem(ctx: FigureContext, indicator: Indicator): Rich {
  const score = scoreClause(ctx, indicator);
  const target = amount(ctx, indicator, 'target');
  const actual = amount(ctx, indicator, 'actual');
  // Figures only for a row judged by them (an invalid row is never told with numbers).
  const byFigures = indicator.status !== 'qualitative' && indicator.status !== 'invalid';
  if (byFigures && target !== null && actual !== null) {
    const op = indicator.targetOp ? OP_KEY[indicator.targetOp] : 'none';
    const stated = ctx.texts.rich('selfeval.target', { op, target });
    return ctx.texts.rich('selfeval.figure', {
      name: indicator.name,
      target: stated,
      actual,
      score,
    });
  }
  const assessment =
    indicator.status === 'qualitative'
      ? ASSESSMENT_KEY[indicator.assessment ?? 'unknown']
      : 'unknown';
  return ctx.texts.rich('selfeval.words', { name: indicator.name, assessment, score });
}

function overallSegments(ctx: FigureContext, evaluation: Evaluation, locale: Locale): Segment[] {
  const { score, tableScore, maxScore, grade, cells } = evaluation;
  if (grade === null || (score === null && tableScore === null)) {
    return ctx.texts.segments('selfeval.noScore', {});
  }
  const fromTable = isNumber(tableScore);
  return ctx.texts.segments('selfeval.overall', {
    fromTable: fromTable ? 'yes' : 'no',
    tableScore: fromTable ? points(tableScore, [cells.tableScore]) : EMPTY,
    score: isNumber(score) ? points(score, []) : EMPTY,
    maxScore: points(maxScore, [cells.maxScore]),
    differs:
      fromTable && isNumber(score) && Math.abs(score - tableScore) > SCORE_TOLERANCE ? 'yes' : 'no',
    grade: (locale === 'en-US' ? GRADE_EN : GRADE_ZH)[grade],
  });
}

function budgetSegments(ctx: FigureContext, evaluation: Evaluation): Segment[] {
  const { budget } = evaluation;
  if (budget === null || !isNumber(budget.planned) || !isNumber(budget.spent)) return [];
  const { cells, unit } = budget;
  const money = (value: number, cell: string | undefined): Rich =>
    rich(
      cell === undefined
        ? text(formatAmount(value, unit, ctx.locale))
        : { kind: 'value', text: formatAmount(value, unit, ctx.locale), cells: [cell] },
    );
  const rateCells = [cells.spent, cells.planned].filter((c): c is string => c !== undefined);
  const rate = isNumber(budget.rate)
    ? rich({ kind: 'value', text: formatPercent(budget.rate), cells: rateCells })
    : isNumber(budget.tableRate)
      ? rich({
          kind: 'value',
          text: formatPercent(budget.tableRate),
          cells: cells.rate ? [cells.rate] : [],
        })
      : null;
  if (rate === null) return [];
  const given = budget.tableScore ?? budget.score;
  const score =
    isNumber(given) && isNumber(budget.maxScore)
      ? ctx.texts.rich('selfeval.score', {
          given: isNumber(budget.tableScore)
            ? points(budget.tableScore, [cells.tableScore])
            : points(given, rateCells),
          max: points(budget.maxScore, [cells.maxScore]),
          differs:
            isNumber(budget.score) && Math.abs(budget.score - given) > SCORE_TOLERANCE
              ? 'yes'
              : 'no',
          computed: isNumber(budget.score) ? points(budget.score, rateCells) : EMPTY,
        })
      : EMPTY;
  return ctx.texts.segments('selfeval.budget', {
    planned: money(budget.planned, cells.planned),
    spent: money(budget.spent, cells.spent),
    rate,
    score,
  });
}

function lostSegments(ctx: FigureContext, indicators: readonly Indicator[]): Segment[][] {
  const sentences: Segment[][] = [];
  for (const indicator of indicators) {
    const { maxScore, tableScore, cells, name } = indicator;
    if (!isNumber(maxScore) || !isNumber(tableScore)) continue;
    const lost = maxScore - tableScore;
    if (lost <= SCORE_TOLERANCE) continue;
    const reason = indicator.deviationReason ?? '';
    sentences.push(
      ctx.texts.segments('selfeval.lost', {
        name,
        lost: points(lost, [cells.maxScore, cells.tableScore], name),
        amount: digits(lost, { decimals: 2 }) === '1' ? 'one' : 'other',
        hasReason: reason === '' ? 'no' : 'yes',
        reason: reason === '' ? EMPTY : quoted(reason, cells.deviationReason),
      }),
    );
  }
  return sentences;
}

const IMPROVEMENT = /改进|整改|措施|问题|建议/;

function remarkSegments(ctx: FigureContext, evaluation: Evaluation, improvements: boolean) {
  return evaluation.remarks
    .filter((remark) => IMPROVEMENT.test(remark.label) === improvements)
    .map((remark) =>
      ctx.texts.segments('selfeval.remark', {
        label: remark.label,
        text: quoted(remark.text, remark.cell),
      }),
    );
}

/** The 自评表 title as the report's: 项目支出绩效自评表 → 项目支出绩效自评报告. */
export function selfEvaluationTitle(title: string | null | undefined, locale: Locale): string {
  const trimmed = typeof title === 'string' ? title.trim() : '';
  if (locale === 'en-US') {
    return trimmed === ''
      ? 'Performance self-evaluation'
      : `Performance self-evaluation: ${trimmed}`;
  }
  if (trimmed === '') return '绩效自评报告';
  return /自评表/.test(trimmed) ? trimmed.replace(/自评表/, '自评报告') : `${trimmed}绩效自评报告`;
}

export function selfEvaluationParagraphs(
  ctx: FigureContext,
  evaluation: Evaluation,
  indicators: readonly Indicator[],
): Paragraph[] {
  const { locale } = ctx;
  const gap = PUNCTUATION[locale].sentenceGap;
  let section = 0;
  const heading1 = (id: HeadingId): Paragraph =>
    paragraph(
      'heading1',
      pushSegments([text(level1Number(++section, locale))], ctx.texts.segments(id, {})),
    );
  const body = (sentences: readonly Segment[][]): Paragraph => {
    const segments: Segment[] = [];
    sentences.forEach((sentence, index) => {
      if (index > 0) pushSegments(segments, [text(gap)]);
      pushSegments(segments, sentence);
    });
    return paragraph('body', segments);
  };

  const paragraphs: Paragraph[] = [
    heading1('selfeval.heading.overall'),
    body([overallSegments(ctx, evaluation, locale), ...remarkSegments(ctx, evaluation, false)]),
  ];
  const budget = budgetSegments(ctx, evaluation);
  if (budget.length > 0) paragraphs.push(heading1('selfeval.heading.budget'), body([budget]));

  const sections = sectionsOf([...indicators]).filter((entry) => entry.indicators.length > 0);
  if (sections.length > 0) {
    paragraphs.push(heading1('selfeval.heading.indicators'));
    const clauses = PUNCTUATION[locale].clauses;
    sections.forEach((entry, index) => {
      const label =
        entry.kind === 'group'
          ? [text(entry.label)]
          : ctx.texts.segments(`category.${entry.category}`, {});
      paragraphs.push(
        paragraph('heading2', pushSegments([text(level2Number(index + 1, locale))], label)),
      );
      const items = joinRich(
        entry.indicators.map((indicator) => indicatorItem(ctx, indicator)),
        clauses,
      );
      paragraphs.push(body([ctx.texts.segments('selfeval.items', { items })]));
    });
  }

  const lost = lostSegments(ctx, indicators);
  paragraphs.push(
    heading1('selfeval.heading.lost'),
    body(lost.length > 0 ? lost : [ctx.texts.segments('selfeval.noneLost', {})]),
  );
  const improvements = remarkSegments(ctx, evaluation, true);
  paragraphs.push(
    heading1('selfeval.heading.nextSteps'),
    body(improvements.length > 0 ? improvements : [ctx.texts.segments('selfeval.noRemarks', {})]),
  );
  return paragraphs;
}
