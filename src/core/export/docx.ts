// Narrative → .docx bytes: A4, GB/T 9704 margins, the same fonts as the HTML, then the appendix
// table in named styles (docxStyles.ts). The body (word/document.xml) is written here as text and
// handed to docx's packer, which adds the package's other parts; docx is loaded on demand.
import type { Appendix, Narrative, Paragraph } from '../types';
import { docxStylesXml, STYLE_IDS } from './docxStyles';
import { appendixTableXml, styledParagraph, xmlText } from './docxTable';
import { LINE_HEIGHT_PT, paragraphStyle } from './styles';

const TWIPS_PER_PT = 20;
const twipsFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 210 × 297 mm; margins top 37, bottom 35, left 28, right 26 mm (GB/T 9704). */
const PAGE = {
  width: twipsFromMm(210),
  height: twipsFromMm(297),
  margin: {
    top: twipsFromMm(37),
    bottom: twipsFromMm(35),
    left: twipsFromMm(28),
    right: twipsFromMm(26),
  },
} as const;

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function proseParagraph(paragraph: Paragraph, locale: Narrative['locale']): string {
  const style = paragraphStyle(paragraph.kind, locale);
  const eastAsia = xmlText(style.eastAsiaFont);
  const latin = xmlText(style.latinFont);
  const size = style.sizePt * 2;
  const line = LINE_HEIGHT_PT * TWIPS_PER_PT;
  const after = style.linesAfter * line;
  const indent =
    style.indentChars > 0
      ? `<w:ind w:firstLine="${style.indentChars * style.sizePt * TWIPS_PER_PT}" w:firstLineChars="${style.indentChars * 100}"/>`
      : '';
  const text = xmlText((paragraph.segments ?? []).map((segment) => segment.text).join(''));
  return (
    `<w:p><w:pPr><w:spacing w:after="${after}" w:line="${line}" w:lineRule="exact"/>${indent}` +
    `<w:jc w:val="${style.centered ? 'center' : 'both'}"/></w:pPr>` +
    `<w:r><w:rPr><w:rFonts w:ascii="${latin}" w:eastAsia="${eastAsia}" w:hAnsi="${latin}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>` +
    `<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
  );
}

const appendixXml = (appendix: Appendix): string =>
  styledParagraph(STYLE_IDS.label, appendix.label) +
  styledParagraph(STYLE_IDS.title, appendix.title) +
  appendixTableXml(appendix);

const SECTION =
  `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
  `<w:pgMar w:top="${PAGE.margin.top}" w:right="${PAGE.margin.right}" w:bottom="${PAGE.margin.bottom}" ` +
  `w:left="${PAGE.margin.left}" w:header="708" w:footer="708" w:gutter="0"/>` +
  '<w:docGrid w:linePitch="360"/></w:sectPr>';

export function documentXml(narrative: Narrative): string {
  const locale = narrative?.locale === 'en-US' ? 'en-US' : 'zh-CN';
  const paragraphs = Array.isArray(narrative?.paragraphs) ? narrative.paragraphs : [];
  const appendix = narrative?.appendix;
  const body = paragraphs.map((paragraph) => proseParagraph(paragraph, locale)).join('');
  const table = appendix && Array.isArray(appendix.rows) ? appendixXml(appendix) : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:document ${NAMESPACES}><w:body>${body}${table}${SECTION}</w:body></w:document>`
  );
}

export async function narrativeToDocx(narrative: Narrative): Promise<Uint8Array> {
  const docx = await import(/* webpackChunkName: "docx" */ 'docx');
  const locale = narrative?.locale === 'en-US' ? 'en-US' : 'zh-CN';
  const document = new docx.Document({
    externalStyles: docxStylesXml(locale),
    sections: [{ children: [] }],
  });
  const body = { path: 'word/document.xml', data: documentXml(narrative) };
  return new Uint8Array(await docx.Packer.toArrayBuffer(document, false, [body]));
}
