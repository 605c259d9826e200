// Narrative → .docx bytes: A4, GB/T 9704 margins, the same fonts as the HTML; docx is loaded on demand.
import type { Narrative, Paragraph } from '../types';
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

type Docx = typeof import('docx');

function toParagraph(docx: Docx, paragraph: Paragraph, locale: Narrative['locale']) {
  const style = paragraphStyle(paragraph.kind, locale);
  const font = { eastAsia: style.eastAsiaFont, ascii: style.latinFont, hAnsi: style.latinFont };
  const text = (paragraph.segments ?? []).map((segment) => segment.text).join('');
  return new docx.Paragraph({
    alignment: style.centered ? docx.AlignmentType.CENTER : docx.AlignmentType.JUSTIFIED,
    spacing: {
      line: LINE_HEIGHT_PT * TWIPS_PER_PT,
      lineRule: docx.LineRuleType.EXACT,
      after: style.linesAfter * LINE_HEIGHT_PT * TWIPS_PER_PT,
    },
    indent:
      style.indentChars > 0
        ? {
            firstLineChars: style.indentChars * 100,
            firstLine: style.indentChars * style.sizePt * TWIPS_PER_PT,
          }
        : undefined,
    children: [new docx.TextRun({ text, font, size: style.sizePt * 2 })],
  });
}

export async function narrativeToDocx(narrative: Narrative): Promise<Uint8Array> {
  const docx = await import(/* webpackChunkName: "docx" */ 'docx');
  const locale = narrative?.locale === 'en-US' ? 'en-US' : 'zh-CN';
  const paragraphs = Array.isArray(narrative?.paragraphs) ? narrative.paragraphs : [];
  const body = paragraphStyle('body', locale);
  const document = new docx.Document({
    styles: {
      default: {
        document: {
          run: {
            font: { eastAsia: body.eastAsiaFont, ascii: body.latinFont, hAnsi: body.latinFont },
            size: body.sizePt * 2,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        children: paragraphs.map((paragraph) => toParagraph(docx, paragraph, locale)),
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toArrayBuffer(document));
}
