// Narrative → a Word-ready HTML fragment with inline styles (for text/html on the clipboard), the
// appendix table after the prose.
import type { Narrative, Paragraph, Segment } from '../types';
import { appendixHtml, cssFont, escapeHtml } from './appendixHtml';
import { LINE_HEIGHT_PT, paragraphStyle } from './styles';

function paragraphCss(paragraph: Paragraph, locale: Narrative['locale']): string {
  const style = paragraphStyle(paragraph.kind, locale);
  const families = [...new Set([style.latinFont, style.eastAsiaFont])].map(cssFont);
  return [
    `margin:0 0 ${style.linesAfter * LINE_HEIGHT_PT}pt 0`,
    `text-align:${style.centered ? 'center' : 'justify'}`,
    `text-indent:${style.indentChars}em`,
    `mso-char-indent-count:${style.indentChars}`,
    `font-family:${[...families, style.cssFallback].join(',')}`,
    `mso-fareast-font-family:${cssFont(style.eastAsiaFont)}`,
    `mso-ascii-font-family:${cssFont(style.latinFont)}`,
    `mso-hansi-font-family:${cssFont(style.latinFont)}`,
    `font-size:${style.sizePt}pt`,
    'font-weight:normal',
    `line-height:${LINE_HEIGHT_PT}pt`,
    'mso-line-height-rule:exactly',
  ].join(';');
}

function segmentHtml(segment: Segment): string {
  const text = escapeHtml(segment.text);
  if (segment.kind !== 'value') return text;
  const cells = escapeHtml((segment.cells ?? []).join(','));
  return `<span data-cells="${cells}">${text}</span>`;
}

export function narrativeToHtml(narrative: Narrative): string {
  const locale = narrative?.locale === 'en-US' ? 'en-US' : 'zh-CN';
  const paragraphs = Array.isArray(narrative?.paragraphs) ? narrative.paragraphs : [];
  const body = paragraphs
    .map((paragraph) => {
      const content = (paragraph.segments ?? []).map(segmentHtml).join('');
      return `<p style="${paragraphCss(paragraph, locale)}">${content}</p>`;
    })
    .join('\n');
  const appendix = narrative?.appendix;
  const table =
    appendix && Array.isArray(appendix.rows) ? `\n${appendixHtml(appendix, locale)}` : '';
  return `<div lang="${locale}" class="indicator-narrative">\n${body}${table}\n</div>`;
}
