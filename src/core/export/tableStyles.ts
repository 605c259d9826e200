// The appendix's 公文 look, shared by the HTML and the .docx: 附表 in 黑体 三号, the title in
// 方正小标宋 小二, the table in 仿宋_GB2312 五号 with its header and group rows in 黑体.
export interface TableTextStyle {
  eastAsiaFont: string;
  cssFallback: string;
  sizePt: number;
}

const FANGSONG = { eastAsiaFont: '仿宋_GB2312', cssFallback: '仿宋,FangSong,STFangsong,serif' };
const HEITI = { eastAsiaFont: '黑体', cssFallback: "SimHei,'Heiti SC',sans-serif" };

export const TABLE_STYLES = {
  label: { ...HEITI, sizePt: 16 },
  title: {
    eastAsiaFont: '方正小标宋简体',
    cssFallback: "'Source Han Serif SC',SimSun,serif",
    sizePt: 18,
  },
  text: { ...FANGSONG, sizePt: 10.5 },
  header: { ...HEITI, sizePt: 10.5 },
  group: { ...HEITI, sizePt: 10.5 },
} as const satisfies Record<string, TableTextStyle>;
