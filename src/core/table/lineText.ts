// What a line of text outside the data says: a note, a title, a table-wide unit, a section label.
import { cellText, compact } from './text';
import { isKnownUnit, normalizeUnit } from './units';

const NOTE =
  /^(?:注|附注|备注|说明|数据来源|资料来源|来源|填报人|填报单位|填表人|制表人?|审核人?|负责人|项目负责人|财务负责人|联系人|联系电话|统计局|source|note|notes)(?:\d|[:：.、(（]|$)/i;
const FOOTNOTE_MARK = /^(?:\[\d{1,2}\]|[①-⑳]|\*{1,3}|#{2,}|[（(]\d{1,2}[)）]\s*注)/;
/** A whole line in brackets: a credit or a remark such as (统计局工业处:詹威). */
const BRACKETED = /^[(（][^()（）]{2,}[)）]$/;
// "1." is numbering, "9.44" a number: a dot followed by a digit is a decimal point.
const NUMBERING =
  /^(?:\d{1,2}(?:、|[.．](?!\d))|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部类章节])/;
const UNIT_NOTE = /^(?:计量|金额|数量)?单位[:：](.+)$/;
/** Key: value lines above a table (报表编号:…, 数据库：…, 部门:…). */
const META = /^[^:：]{1,8}[:：]/;

/** A note or footnote line: 注：…, 说明：…, 数据来源：…, [1]…, ①…, (统计局工业处:詹威). */
export function isNoteText(text: string): boolean {
  const key = compact(text);
  return NOTE.test(key) || FOOTNOTE_MARK.test(key) || BRACKETED.test(key);
}

/** Leading numbering of a label or name: 1、 一、 （一） (2) 第一部分. */
export function hasNumbering(text: string): boolean {
  return NUMBERING.test(compact(text));
}

export function stripNumbering(text: string): string {
  return text.replace(/^\s*/, '').replace(NUMBERING, '').trim();
}

/** The unit of a 单位：万元 line, when it names one known unit. */
export function unitNote(text: string): string | null {
  const match = UNIT_NOTE.exec(compact(text));
  const unit = normalizeUnit(match?.[1]);
  return unit !== null && isKnownUnit(unit) ? unit : null;
}

export function isUnitNote(text: string): boolean {
  return UNIT_NOTE.test(compact(text));
}

export function isMetaText(text: string): boolean {
  return META.test(compact(text));
}

/** Non-empty cell texts of a row, with their columns. */
export function rowTexts(row: readonly unknown[]): { col: number; text: string }[] {
  const texts: { col: number; text: string }[] = [];
  row.forEach((cell, col) => {
    const text = cellText(cell);
    if (text !== '') texts.push({ col, text });
  });
  return texts;
}
