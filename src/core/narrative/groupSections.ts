// Sections of the 分项 part: the table's own groups (一级指标, section rows) in table order when it
// has them, else the categories in their stable order.
import { CATEGORY_ORDER, type Category, type Indicator } from '../types';
import { stripNumbering } from '../table/lineText';

export type Section =
  | { kind: 'group'; label: string; indicators: Indicator[] }
  | { kind: 'category'; category: Category; indicators: Indicator[] };

const categoryOf = (indicator: Indicator): Category =>
  CATEGORY_ORDER.includes(indicator.category) ? indicator.category : 'other';

const outerGroup = (indicator: Indicator): string => {
  const group = Array.isArray(indicator.group) ? indicator.group : [];
  const [first] = group;
  return typeof first === 'string' ? stripNumbering(first) : '';
};

export function sectionsOf(tops: readonly Indicator[]): Section[] {
  if (!tops.some((indicator) => outerGroup(indicator) !== '')) {
    return CATEGORY_ORDER.map((category) => ({
      kind: 'category' as const,
      category,
      indicators: tops.filter((indicator) => categoryOf(indicator) === category),
    }));
  }
  const byLabel = new Map<string, Indicator[]>();
  const ungrouped: Indicator[] = [];
  for (const indicator of tops) {
    const label = outerGroup(indicator);
    if (label === '') ungrouped.push(indicator);
    else {
      const list = byLabel.get(label);
      if (list) list.push(indicator);
      else byLabel.set(label, [indicator]);
    }
  }
  const sections: Section[] = [...byLabel].map(([label, indicators]) => ({
    kind: 'group' as const,
    label,
    indicators,
  }));
  if (ungrouped.length > 0)
    sections.push({ kind: 'category', category: 'other', indicators: ungrouped });
  return sections;
}

/** The table's title as the summary's: 某某指标统计表 → 某某指标完成情况. */
export function titleFromTable(title: string, locale: 'zh-CN' | 'en-US'): string {
  const trimmed = title.trim();
  if (locale === 'en-US')
    return /progress|summary/i.test(trimmed) ? trimmed : `Progress: ${trimmed}`;
  if (/(?:情况|总结|报告)$/.test(trimmed)) return trimmed;
  return `${trimmed.replace(/表$/, '').replace(/统计$/, '')}完成情况`;
}
