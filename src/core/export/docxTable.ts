// The appendix table as WordprocessingML text. 10,000 rows as docx.Table objects took 9 s to pack
// (as docx's xmlable objects still 5 s, most of it garbage collection); as text they take well
// under a second. Each cell is a paragraph with a style name and one run: fonts and spacing live
// in the styles part (docxStyles.ts), borders and widths once per table.
//
// For LibreOffice's sake the list is written as one table per group, and a long group as tables of
// at most TABLE_ROWS rows, each with its header row (w:tblHeader, repeated on every page). Writer's
// cost grows with the square of a table's rows (headless conversion of 10,000 rows, CPU: five
// 2,000-row tables 105 s, 1,000-row tables 43 s, 200-row tables 19 s; one 3,000-row table 56 s in
// the table style, 12 s with the same properties on the table), so the tables carry their borders
// directly instead of referencing IATable; Word renders both alike.
import type { Appendix, AppendixColumn } from '../types';
import { STYLE_IDS, TABLE_PROPERTIES } from './docxStyles';

/** The text width of an A4 page with GB/T 9704 margins (210 − 28 − 26 mm), in twips. */
export const TEXT_WIDTH_TWIPS = Math.round(((210 - 28 - 26) * 1440) / 25.4);

const WEIGHTS: Record<AppendixColumn, number> = {
  number: 6,
  name: 24,
  unit: 7,
  target: 10,
  actual: 10,
  completion: 9,
  expected: 9,
  yoy: 10,
  status: 9,
  score: 6,
  maxScore: 6,
};

export function columnWidths(keys: readonly AppendixColumn[]): number[] {
  const total = keys.reduce((sum, key) => sum + WEIGHTS[key], 0);
  const widths = keys.map((key) => Math.floor((WEIGHTS[key] / total) * TEXT_WIDTH_TWIPS));
  const rest = TEXT_WIDTH_TWIPS - widths.reduce((sum, width) => sum + width, 0);
  const widest = keys.indexOf('name');
  const at = widest >= 0 ? widest : widths.length - 1;
  if (at >= 0) widths[at] = (widths[at] ?? 0) + rest;
  return widths;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Text as XML character data: escaped, without the control characters XML 1.0 forbids. */
const forbidden = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
  code === 0xfffe ||
  code === 0xffff;

export function xmlText(text: string): string {
  let kept = '';
  for (const char of String(text)) {
    if (forbidden(char.charCodeAt(0))) continue;
    kept += XML_ESCAPES[char] ?? char;
  }
  return kept;
}

/** One paragraph in a named style with one run. */
export function styledParagraph(style: string, text: string): string {
  const written = xmlText(text);
  const space = /^\s|\s$/.test(written) ? ' xml:space="preserve"' : '';
  const run = written === '' ? '' : `<w:r><w:t${space}>${written}</w:t></w:r>`;
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run}</w:p>`;
}

const cell = (style: string, text: string): string =>
  `<w:tc>${styledParagraph(style, text)}</w:tc>`;

/** Rows per table at most: Writer's time grows with the square of a table's length. */
export const TABLE_ROWS = 300;

/** The rows of each table: a group starts a table, a long one is cut every TABLE_ROWS rows. */
function tablesOf(rows: readonly Appendix['rows'][number][]): Appendix['rows'][number][][] {
  const tables: Appendix['rows'][number][][] = [];
  let current: Appendix['rows'][number][] = [];
  for (const row of rows) {
    if ((row.kind === 'group' && current.length > 0) || current.length >= TABLE_ROWS) {
      tables.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0 || tables.length === 0) tables.push(current);
  return tables;
}

export function appendixTableXml(appendix: Appendix): string {
  const keys = appendix.columns.map((column) => column.key);
  const span = Math.max(1, keys.length);
  const styles = keys.map((key) => (key === 'name' ? STYLE_IDS.name : STYLE_IDS.text));
  // w:tblPr children in schema order: tblW, jc, tblBorders, tblLayout, tblCellMar (ECMA-376 §17.4.60).
  const head =
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH_TWIPS}" w:type="dxa"/>${TABLE_PROPERTIES}</w:tblPr>` +
    `<w:tblGrid>${columnWidths(keys)
      .map((width) => `<w:gridCol w:w="${width}"/>`)
      .join('')}</w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${appendix.columns
      .map((column) => cell(STYLE_IDS.header, column.label))
      .join('')}</w:tr>`;
  // Adjacent tables need a paragraph between them, or Word joins them into one.
  const gap = `<w:p><w:pPr><w:pStyle w:val="${STYLE_IDS.gap}"/></w:pPr></w:p>`;
  const parts: string[] = [];
  tablesOf(appendix.rows).forEach((rows, index) => {
    if (index > 0) parts.push(gap);
    parts.push(head);
    for (const row of rows) {
      if (row.kind === 'group') {
        parts.push(
          `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>${styledParagraph(STYLE_IDS.group, row.label)}</w:tc></w:tr>`,
        );
        continue;
      }
      let xml = '<w:tr>';
      row.cells.forEach((segment, index) => {
        xml += cell(styles[index] ?? STYLE_IDS.text, segment.text);
      });
      parts.push(`${xml}</w:tr>`);
    }
    parts.push('</w:tbl>');
  });
  return parts.join('');
}
