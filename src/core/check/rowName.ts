// What the name cell of a row says: the indicator name, whether it is a '其中' sub-item, a unit
// written in brackets after the name, or that the row is a footnote or a section heading.
import type { Category } from '../types';
import { isKnownUnit, normalizeUnit } from '../table/units';
import { inferCategory } from './category';

// Names keep full-width punctuation as written (asWritten): each mark is matched in both widths.
const ORDINAL =
  /^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.)．）](?=\D)|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）])\s*/;
const SECTION =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部类])/;
const SUB_ITEM = /^(?:其中\s*[:,、：，]?|[#＃](?![#＃]))\s*/;
/** Footnote marks around a name: [1], ①, *, ※. */
const MARKS = /^(?:[[［]\d{1,2}[\]］]|[①-⑳※]|[*＊]+)\s*|\s*(?:[[［]\d{1,2}[\]］]|[①-⑳※]|[*＊]+)$/g;
const FOOTNOTE =
  /^(?:注|备注|说明|数据来源|资料来源|填报人|填报单位|制表人?|审核人?|负责人)(?:[:：\d]|$)/;
const NAME_WITH_UNIT = /^(.+?)\s*[(（]([^()（）]+)[)）]$/;

export interface RowName {
  name: string;
  isSubItem: boolean;
  /** 专利申请量（件） → '件'. */
  unit: string | null;
}

/** Takes a name cell as asWritten gives it: '1、专利申请量', '其中：发明专利', '高新技术产值（亿元）'. */
export function parseRowName(written: string): RowName {
  let name = stripOrdinal(written.replace(MARKS, '')).replace(MARKS, '');
  const isSubItem = SUB_ITEM.test(name);
  if (isSubItem) name = name.replace(SUB_ITEM, '');
  const bracket = NAME_WITH_UNIT.exec(name);
  const unit = normalizeUnit(bracket?.[2]);
  if (bracket?.[1] !== undefined && unit !== null && unit.split('/').every(isKnownUnit)) {
    return { name: bracket[1], isSubItem, unit };
  }
  return { name, isSubItem, unit: null };
}

export function stripOrdinal(text: string): string {
  return text.replace(ORDINAL, '');
}

export function isFootnote(written: string): boolean {
  return FOOTNOTE.test(written);
}

/** For a section heading (一、研发投入): the category it announces, or null; undefined if no heading. */
export function sectionCategory(written: string): Category | null | undefined {
  if (!SECTION.test(written)) return undefined;
  const category = inferCategory(written);
  return category === 'other' ? null : category;
}
