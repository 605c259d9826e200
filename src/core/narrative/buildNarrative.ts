// CheckReport → the 工作总结 paragraphs: title, overall, one part per category, problems and next steps.
// Choices: counts of indicators are text citing no cell; sub-items without a target are breakdowns
// (told after 其中，, not counted); an approximate figure reads 约0.7亿元 / about RMB 70 million;
// counting units from 10,000 up read in 万 (3.37万人次); 亿元 keeps up to 4 decimals as written.
import {
  type CheckReport,
  type Evaluation,
  type Indicator,
  type Locale,
  type Narrative,
  type Paragraph,
  type ParagraphKind,
  type Segment,
  type TemplateSet,
} from '../types';
import { appendAll } from '../arrays';
import { readingIsUnsure } from '../check/unsure';
import { sectionsOf, titleFromTable } from './groupSections';
import { approximateFields, type FigureContext } from './indicatorFigures';
import { level1Number, level2Number } from './numbering';
import { outlineOf } from './outline';
import { periodOf, type Period } from './period';
import { PUNCTUATION } from './punctuation';
import { pushSegments } from './render';
import { behindParagraph, isBehind, nextStepsParagraph, overallParagraph } from './sections';
import { selfEvaluationParagraphs, selfEvaluationTitle } from './selfEvaluation';
import { indicatorSentences } from './sentences';
import { createTexts } from './texts';

export interface NarrativeOptions {
  locale: Locale;
  /** Per-id overrides; one that fails validation is ignored and its default used. */
  templates?: TemplateSet;
  /** Replaces the title derived from the as-of date. */
  title?: string;
}

const paragraph = (kind: ParagraphKind, segments: Segment[]): Paragraph => ({ kind, segments });
const text = (value: string): Segment => ({ kind: 'text', text: value });

function joinSentences(sentences: readonly Segment[][], gap: string): Segment[] {
  const segments: Segment[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0) pushSegments(segments, [text(gap)]);
    pushSegments(segments, sentence);
  });
  return segments;
}

function titleParagraph(ctx: FigureContext, period: Period | null, title?: string): Paragraph[] {
  if (typeof title === 'string' && title.trim() !== '') return [paragraph('title', [text(title)])];
  if (period === null) return [];
  const { year, month, monthName } = period;
  return [paragraph('title', ctx.texts.segments('title', { year, month, monthName }))];
}

/** Rows as the rest of the narrative expects them, whatever a caller passed in. */
function wellFormed(report: CheckReport): Indicator[] {
  const rows: unknown[] = Array.isArray(report?.indicators) ? report.indicators : [];
  return rows
    .filter((row): row is Indicator => typeof row === 'object' && row !== null)
    .map((row) => ({
      ...row,
      name: typeof row.name === 'string' ? row.name : String(row.name ?? ''),
      cells: typeof row.cells === 'object' && row.cells !== null ? row.cells : { name: '' },
    }));
}

function categoryParagraphs(
  ctx: FigureContext,
  tops: readonly Indicator[],
  children: ReadonlyMap<Indicator, Indicator[]>,
): Paragraph[] {
  const gap = PUNCTUATION[ctx.locale].sentenceGap;
  const paragraphs: Paragraph[] = [];
  for (const section of sectionsOf(tops)) {
    const sentences = section.indicators.flatMap((indicator) =>
      indicatorSentences(ctx, indicator, children),
    );
    if (sentences.length === 0) continue;
    const number = level2Number(paragraphs.length / 2 + 1, ctx.locale);
    const label =
      section.kind === 'group'
        ? [text(section.label)]
        : ctx.texts.segments(`category.${section.category}`, {});
    paragraphs.push(paragraph('heading2', pushSegments([], [text(number), ...label])));
    paragraphs.push(paragraph('body', joinSentences(sentences, gap)));
  }
  return paragraphs;
}

/** A 自评表's evaluation, when the report carries a well-formed one. */
function evaluationOf(report: CheckReport): Evaluation | null {
  const evaluation: unknown = report?.evaluation;
  if (typeof evaluation !== 'object' || evaluation === null) return null;
  const { remarks, maxScore } = evaluation as Partial<Evaluation>;
  return Array.isArray(remarks) && typeof maxScore === 'number' ? (evaluation as Evaluation) : null;
}

export function buildNarrative(report: CheckReport, options: NarrativeOptions): Narrative {
  const locale: Locale = options?.locale === 'en-US' ? 'en-US' : 'zh-CN';
  // No text from a guess: an unsure reading withholds the narrative.
  if (readingIsUnsure(report)) return { locale, paragraphs: [], withheld: true };
  const indicators = wellFormed(report);
  const issues = Array.isArray(report?.issues) ? report.issues : [];
  const ctx: FigureContext = {
    texts: createTexts(locale, options?.templates),
    locale,
    approximate: approximateFields(indicators, issues),
  };
  const evaluation = evaluationOf(report);
  if (evaluation !== null) {
    const title = options?.title ?? selfEvaluationTitle(report?.table?.title, locale);
    return {
      locale,
      paragraphs: [
        ...titleParagraph(ctx, null, title),
        ...selfEvaluationParagraphs(ctx, evaluation, indicators),
      ],
    };
  }
  const period = periodOf(report?.asOf);
  const { tops, children, counted, counts } = outlineOf(indicators);
  const behind = counted.filter(isBehind);

  const tableTitle = report?.table?.title;
  const title =
    options?.title ??
    (typeof tableTitle === 'string' && tableTitle.trim() !== ''
      ? titleFromTable(tableTitle, locale)
      : undefined);
  const paragraphs = titleParagraph(ctx, period, title);
  let section = 0;
  const heading1 = (
    id: 'heading.overview' | 'heading.categories' | 'heading.problems' | 'heading.nextSteps',
  ) =>
    paragraph(
      'heading1',
      pushSegments([text(level1Number(++section, locale))], ctx.texts.segments(id, {})),
    );

  paragraphs.push(
    heading1('heading.overview'),
    paragraph('body', overallParagraph(ctx, counts, period)),
  );
  const byCategory = categoryParagraphs(ctx, tops, children);
  if (byCategory.length > 0) appendAll(paragraphs, [heading1('heading.categories')], byCategory);
  if (counts.total > 0) {
    const behindText = behindParagraph(ctx, behind, report?.expectedProgress);
    paragraphs.push(heading1(behindText.length > 0 ? 'heading.problems' : 'heading.nextSteps'));
    if (behindText.length > 0) paragraphs.push(paragraph('body', behindText));
    paragraphs.push(paragraph('body', nextStepsParagraph(ctx, behind)));
  }
  return { locale, paragraphs };
}
