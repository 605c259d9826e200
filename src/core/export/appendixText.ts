// The appendix table as plain text: its heading line, then one tab-separated line per row (a group
// row holds its label alone), so that it pastes into Excel or Word as a table.
import type { Appendix, Locale } from '../types';

const COLON: Record<Locale, string> = { 'zh-CN': '：', 'en-US': ': ' };

/** 附表：指标完成情况表 — the line that opens the appendix in plain text. */
export const appendixHeading = (appendix: Appendix, locale: Locale): string =>
  `${appendix.label}${COLON[locale]}${appendix.title}`;

const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

export function appendixLines(appendix: Appendix, locale: Locale): string[] {
  const lines = [
    appendixHeading(appendix, locale),
    appendix.columns.map((column) => column.label).join('\t'),
  ];
  for (const row of appendix.rows) {
    lines.push(
      row.kind === 'group'
        ? clean(row.label)
        : row.cells.map((cell) => clean(cell.text)).join('\t'),
    );
  }
  return lines;
}
