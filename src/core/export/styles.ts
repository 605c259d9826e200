// GB/T 9704 look shared by the HTML and .docx exports: fonts, sizes, fixed 28 pt lines, 2-character indent.
import type { Locale, ParagraphKind } from '../types';

export interface ParagraphStyle {
  /** Font for Chinese text (Word's eastAsia font). */
  eastAsiaFont: string;
  /** Font for Latin letters and digits. */
  latinFont: string;
  /** CSS fallbacks after the two fonts above, for browsers without them. */
  cssFallback: string;
  sizePt: number;
  centered: boolean;
  /** First-line indent in characters. */
  indentChars: number;
  /** Blank lines after the paragraph (one under the title). */
  linesAfter: number;
}

export const LINE_HEIGHT_PT = 28;

const FANGSONG = '仿宋_GB2312';
const HEITI = '黑体';
const KAITI = '楷体_GB2312';
const XIAOBIAOSONG = '方正小标宋简体';

const BASE: Record<ParagraphKind, Omit<ParagraphStyle, 'latinFont'>> = {
  title: {
    eastAsiaFont: XIAOBIAOSONG,
    cssFallback: "'Source Han Serif SC',SimSun,serif",
    sizePt: 22,
    centered: true,
    indentChars: 0,
    linesAfter: 1,
  },
  heading1: {
    eastAsiaFont: HEITI,
    cssFallback: "SimHei,'Heiti SC',sans-serif",
    sizePt: 16,
    centered: false,
    indentChars: 2,
    linesAfter: 0,
  },
  heading2: {
    eastAsiaFont: KAITI,
    cssFallback: '楷体,KaiTi,STKaiti,serif',
    sizePt: 16,
    centered: false,
    indentChars: 2,
    linesAfter: 0,
  },
  body: {
    eastAsiaFont: FANGSONG,
    cssFallback: '仿宋,FangSong,STFangsong,serif',
    sizePt: 16,
    centered: false,
    indentChars: 2,
    linesAfter: 0,
  },
};

/** zh-CN uses the Chinese font throughout; en-US sets Latin text in Times New Roman. */
export function paragraphStyle(kind: ParagraphKind, locale: Locale): ParagraphStyle {
  const base = BASE[kind] ?? BASE.body;
  return { ...base, latinFont: locale === 'en-US' ? 'Times New Roman' : base.eastAsiaFont };
}
