// Tables that are not indicator tables: rows that are places (counties, cities, provinces) or
// periods (2021年5月, 2020-03, 2019Q4) instead of indicators.
import type { NotIndicatorKind } from '../types';
import { compact, excerpt } from './text';

const PROVINCES =
  '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾'.split(
    ' ',
  );
const PROVINCES_EN =
  /^(?:beijing|tianjin|hebei|shanxi|inner ?mongolia|liaoning|jilin|heilongjiang|shanghai|jiangsu|zhejiang|anhui|fujian|jiangxi|shandong|henan|hubei|hunan|guangdong|guangxi|hainan|chongqing|sichuan|guizhou|yunnan|tibet|shaanxi|gansu|qinghai|ningxia|xinjiang)$/i;
const PLACE = /^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗|自治区|自治州|地区|新区|开发区)$/;
/** Totals that sit among places: they count for neither side. */
const NEUTRAL = /^(?:全国|全省|全市|全县|全区|合计|总计|总计\/total|total|全省合计|全市合计)$/i;
const PERIOD =
  /^(?:(?:19|20)\d{2}(?:年|[-./])?(?:\d{1,2}月?|[一二三四1-4]季度|q[1-4]|[上下]半年)?|(?:19|20)\d{2}q[1-4]|\d{1,2}月份?)$/i;

/** Share of the labels of one kind past which a table is that kind. */
const SHARE = 0.6;
const MIN_LABELS = 3;

export interface NotIndicator {
  found: NotIndicatorKind;
  example: string;
}

const isPlace = (label: string): boolean =>
  PROVINCES.some((province) => label.startsWith(province)) ||
  PROVINCES_EN.test(label) ||
  PLACE.test(label);

export function notIndicatorKind(labels: readonly string[]): NotIndicator | null {
  const keys = labels
    .map((label) => compact(label))
    .filter((key) => key !== '' && !NEUTRAL.test(key));
  if (keys.length < MIN_LABELS) return null;
  const examples = (matches: string[]): string => excerpt(matches.slice(0, 3).join('、'));
  const periods = keys.filter((key) => PERIOD.test(key));
  if (periods.length >= keys.length * SHARE)
    return { found: 'periods-as-rows', example: examples(periods) };
  const places = keys.filter(isPlace);
  if (places.length >= keys.length * SHARE)
    return { found: 'places-as-rows', example: examples(places) };
  return null;
}
