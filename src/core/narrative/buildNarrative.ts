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
import { withAppendix } from './appendix';
import { PROSE_BUDGET, proseLength } from './budget';
import { condensedSections } from './condensed';
import { mostBehind } from './highlights';
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
  /** false: the prose only, without the appendix table (a JSON report has the indicators). */
  appendix?: boolean;
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

/** Every top indicator told; null once the paragraphs pass `maxChars` (then the prose condenses). */
function categoryParagraphs(
  ctx: FigureContext,
  tops: readonly Indicator[],
  children: ReadonlyMap<Indicator, Indicator[]>,
  maxChars: number,
): Paragraph[] | null {
  const gap = PUNCTUATION[ctx.locale].sentenceGap;
  const paragraphs: Paragraph[] = [];
  let chars = 0;
  for (const section of sectionsOf(tops)) {
    const sentences: Segment[][] = [];
    for (const indicator of section.indicators) {
      const told = indicatorSentences(ctx, indicator, children);
      appendAll(sentences, told);
      for (const sentence of told) chars += sentence.reduce((n, s) => n + s.text.length, 0);
      if (chars > maxChars) return null;
    }
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
    const paragraphs = [
      ...titleParagraph(ctx, null, title),
      ...selfEvaluationParagraphs(ctx, evaluation, indicators),
    ];
    return appendixIf(options, { locale, paragraphs }, report, indicators);
  }
  const period = periodOf(report?.asOf);
  const tableTitle = report?.table?.title;
  const title =
    options?.title ??
    (typeof tableTitle === 'string' && tableTitle.trim() !== ''
      ? titleFromTable(tableTitle, locale)
      : undefined);
  const paragraphs = progressParagraphs(
    ctx,
    report,
    indicators,
    titleParagraph(ctx, period, title),
  );
  return appendixIf(options, { locale, paragraphs }, report, indicators);
}

const appendixIf = (
  options: NarrativeOptions,
  ...args: Parameters<typeof withAppendix>
): Narrative => (options.appendix === false ? args[0] : withAppendix(...args));

/** The 工作总结 of a progress table within PROSE_BUDGET: every indicator told when that fits. */
function progressParagraphs(
  ctx: FigureContext,
  report: CheckReport,
  indicators: readonly Indicator[],
  head: Paragraph[],
): Paragraph[] {
  const { locale } = ctx;
  const period = periodOf(report?.asOf);
  const { tops, children, counted, counts } = outlineOf(indicators);
  const behind = counted.filter(isBehind);
  const expected = report?.expectedProgress;

  const assemble = (byCategory: Paragraph[], behindText: Segment[], nextText: Segment[]) => {
    let section = 0;
    const heading1 = (
      id: 'heading.overview' | 'heading.categories' | 'heading.problems' | 'heading.nextSteps',
    ) =>
      paragraph(
        'heading1',
        pushSegments([text(level1Number(++section, locale))], ctx.texts.segments(id, {})),
      );
    const paragraphs = [
      ...head,
      heading1('heading.overview'),
      paragraph('body', overallParagraph(ctx, counts, period)),
    ];
    if (byCategory.length > 0) appendAll(paragraphs, [heading1('heading.categories')], byCategory);
    if (counts.total > 0) {
      paragraphs.push(heading1(behindText.length > 0 ? 'heading.problems' : 'heading.nextSteps'));
      if (behindText.length > 0) paragraphs.push(paragraph('body', behindText));
      paragraphs.push(paragraph('body', nextText));
    }
    return paragraphs;
  };

  const full = categoryParagraphs(ctx, tops, children, PROSE_BUDGET);
  if (full !== null) {
    const paragraphs = assemble(
      full,
      behindParagraph(ctx, behind, expected),
      nextStepsParagraph(ctx, behind),
    );
    if (proseLength(paragraphs) <= PROSE_BUDGET) return paragraphs;
  }
  // Too long to tell every indicator: the most behind first, the sections within what is left.
  const ranked = mostBehind(behind);
  const behindText = behindParagraph(ctx, ranked, expected, PROSE_BUDGET * BEHIND_SHARE);
  const nextText = nextStepsParagraph(ctx, ranked, PROSE_BUDGET * NAMES_SHARE);
  const withoutSections = assemble([], behindText, nextText);
  const categoriesHeading =
    level1Number(2, locale) +
    ctx.texts
      .segments('heading.categories', {})
      .map((s) => s.text)
      .join('');
  const room = PROSE_BUDGET - proseLength(withoutSections) - categoriesHeading.length - 1;
  return assemble(condensedSections(ctx, tops, children, room), behindText, nextText);
}

/** Shares of the budget the behind list and the 下一步 names may take when condensed. */
const BEHIND_SHARE = 0.2;
const NAMES_SHARE = 0.05;
