// The appendix as a Word-ready 公文 table: 附表 label, centred title, a bordered table whose header
// repeats on each page, one spanning heading row per group. Fonts are set once on the table and
// its heading rows (never per cell), so 10,000 rows stay a few MB on the clipboard.
import type { Appendix, AppendixColumn, Locale, Segment } from '../types';
import { LINE_HEIGHT_PT } from './styles';
import { TABLE_STYLES, type TableTextStyle } from './tableStyles';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  String(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

export const cssFont = (name: string): string => (/^[\w-]+$/.test(name) ? name : `'${name}'`);

function fontCss(style: TableTextStyle, locale: Locale): string {
  const latin = locale === 'en-US' ? 'Times New Roman' : style.eastAsiaFont;
  const families = [...new Set([latin, style.eastAsiaFont])].map(cssFont);
  return [
    `font-family:${[...families, style.cssFallback].join(',')}`,
    `mso-fareast-font-family:${cssFont(style.eastAsiaFont)}`,
    `font-size:${style.sizePt}pt`,
  ].join(';');
}

/** A figure keeps its cells (data-cells), as in the prose. */
function cellHtml(segment: Segment): string {
  const text = escapeHtml(segment.text);
  if (segment.kind !== 'value') return text;
  return `<span data-cells="${escapeHtml((segment.cells ?? []).join(','))}">${text}</span>`;
}

const LEFT: ReadonlySet<AppendixColumn> = new Set(['name']);

export function appendixHtml(appendix: Appendix, locale: Locale): string {
  const { label, title, header, text, group } = TABLE_STYLES;
  const span = appendix.columns.length;
  const paragraph = (style: TableTextStyle, css: string, content: string) =>
    `<p style="margin:0;${css};${fontCss(style, locale)};line-height:${LINE_HEIGHT_PT}pt;mso-line-height-rule:exactly">${escapeHtml(content)}</p>`;
  const cellCss = 'border:solid windowtext .5pt;padding:0 4pt';
  const align = (key: AppendixColumn): string => (LEFT.has(key) ? 'left' : 'center');
  const head = appendix.columns
    .map(
      (column) =>
        `<th style="${cellCss};${fontCss(header, locale)};font-weight:normal;text-align:center">${escapeHtml(column.label)}</th>`,
    )
    .join('');
  const rows = appendix.rows.map((row) => {
    if (row.kind === 'group') {
      return `<tr><td colspan="${span}" style="${cellCss};${fontCss(group, locale)};text-align:left">${escapeHtml(row.label)}</td></tr>`;
    }
    return `<tr>${row.cells
      .map((cell, index) => {
        const key = appendix.columns[index]?.key ?? 'number';
        return `<td align="${align(key)}">${cellHtml(cell)}</td>`;
      })
      .join('')}</tr>`;
  });
  return [
    paragraph(label, 'page-break-before:always;text-align:left', appendix.label),
    paragraph(title, 'text-align:center', appendix.title),
    `<table class="indicator-appendix" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;mso-border-alt:solid windowtext .5pt;${fontCss(text, locale)};text-indent:0;line-height:normal">`,
    `<thead><tr style="mso-yfti-firstrow:yes">${head}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}
