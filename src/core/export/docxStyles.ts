// The styles part of the .docx: document defaults (仿宋_GB2312 三号) and the named styles the
// appendix uses — 附表 label, title, table text, header and group rows, and the bordered 公文表格
// table style — so that the table's cells carry a style name, never their own fonts.
import type { Locale } from '../types';
import { paragraphStyle } from './styles';
import { TABLE_STYLES, type TableTextStyle } from './tableStyles';

export const STYLE_IDS = {
  label: 'IAAppendixLabel',
  title: 'IAAppendixTitle',
  text: 'IATableText',
  name: 'IATableName',
  header: 'IATableHeader',
  group: 'IATableGroup',
  gap: 'IATableGap',
  table: 'IATable',
} as const;

const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

function runProperties(style: TableTextStyle, locale: Locale): string {
  const latin = escapeXml(locale === 'en-US' ? 'Times New Roman' : style.eastAsiaFont);
  const eastAsia = escapeXml(style.eastAsiaFont);
  const size = Math.round(style.sizePt * 2);
  return `<w:rPr><w:rFonts w:ascii="${latin}" w:eastAsia="${eastAsia}" w:hAnsi="${latin}" w:cs="${latin}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

function paragraphStyleXml(
  id: string,
  name: string,
  basedOn: string,
  paragraph: string,
  run: string,
): string {
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/><w:qFormat/><w:pPr>${paragraph}</w:pPr>${run}</w:style>`;
}

const SINGLE = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/**
 * The 公文表格 look after w:tblW, in w:tblPr's order: centred, ½ pt black rules all round and
 * between cells, fixed column widths (w:tblGrid), 1 mm side padding. Written on each appendix
 * table and kept as the IATable table style for Word's gallery; the tables do not reference the
 * style, which makes LibreOffice several times slower on long tables (docxTable.ts).
 */
export const TABLE_PROPERTIES =
  '<w:jc w:val="center"/>' +
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} ${BORDER}/>`)
    .join('')}</w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>' +
  '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>';

export function docxStylesXml(locale: Locale): string {
  const body = paragraphStyle('body', locale);
  const { label, title, text, header, group } = TABLE_STYLES;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    `<w:docDefaults><w:rPrDefault>${runProperties(
      { eastAsiaFont: body.eastAsiaFont, cssFallback: '', sizePt: body.sizePt },
      locale,
    ).replace(
      '</w:rPr>',
      `<w:lang w:val="${locale}" w:eastAsia="zh-CN"/></w:rPr>`,
    )}</w:rPrDefault><w:pPrDefault/></w:docDefaults>`,
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    paragraphStyleXml(
      STYLE_IDS.label,
      'Appendix label',
      'Normal',
      '<w:pageBreakBefore/><w:spacing w:line="560" w:lineRule="exact"/>',
      runProperties(label, locale),
    ),
    paragraphStyleXml(
      STYLE_IDS.title,
      'Appendix title',
      'Normal',
      '<w:spacing w:after="280" w:line="560" w:lineRule="exact"/><w:jc w:val="center"/>',
      runProperties(title, locale),
    ),
    paragraphStyleXml(
      STYLE_IDS.text,
      'Table text',
      'Normal',
      `${SINGLE}<w:jc w:val="center"/>`,
      runProperties(text, locale),
    ),
    paragraphStyleXml(STYLE_IDS.name, 'Table name', STYLE_IDS.text, '<w:jc w:val="left"/>', ''),
    paragraphStyleXml(
      STYLE_IDS.header,
      'Table header',
      STYLE_IDS.text,
      '<w:keepNext/>',
      runProperties(header, locale),
    ),
    paragraphStyleXml(
      STYLE_IDS.group,
      'Table group',
      STYLE_IDS.text,
      '<w:keepNext/><w:jc w:val="left"/>',
      runProperties(group, locale),
    ),
    // Between two tables: a 3 pt line, so that a group's next table follows almost flush.
    paragraphStyleXml(
      STYLE_IDS.gap,
      'Table gap',
      'Normal',
      '<w:spacing w:before="0" w:after="0" w:line="60" w:lineRule="exact"/>',
      '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>',
    ),
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE_IDS.table}"><w:name w:val="Official table"/><w:tblPr>${TABLE_PROPERTIES}</w:tblPr></w:style>`,
    '</w:styles>',
  ].join('');
}
