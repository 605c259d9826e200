// Header cells → fields. Exact aliases first; then short labels that start or end with an alias
// ('2026年1-6月完成', '上年同期数'), never derived columns such as 完成率 or 同比增长.
import type { CellValue, Field } from '../types';
import { MAX_CELL_TEXT, compact } from './text';
import { isKnownUnit, normalizeUnit } from './units';

const words = (list: string): readonly string[] => list.split(' ');

const ALIASES: Record<Field, readonly string[]> = {
  name: words(
    '指标名称 指标 指标项 指标名 考核指标 统计指标 主要指标 项目 项目名称 名称 indicator indicatorname name item metric',
  ),
  unit: words('单位 计量单位 unit units uom'),
  target: words(
    '年度目标 全年目标 目标值 目标 计划任务 全年任务 年度任务 目标任务 任务 计划 年度计划 全年计划 年度指标值 年度目标值 全年目标值 指标值 指标值及单位 预期目标值 target annualtarget goal plan budget',
  ),
  actual: words(
    '完成值 本期完成 累计完成 实际完成 完成 完成数 完成情况 本年累计 实际 实际完成值 实际完成数 全年实际值 actual actualtodate ytd value',
  ),
  lastYear: words(
    '去年同期 上年同期 同期 上年 去年 上年同期数 去年同期数 lastyear prioryear priorperiod',
  ),
  parent: words('上级指标 所属指标 父指标 上级 parent parentindicator'),
  category: words('类别 分类 类型 指标类别 category type'),
  direction: words('方向 指标方向 指标属性 direction'),
  note: words('备注 说明 注 note notes remark remarks comment'),
};

/** Order for partial matches: the more specific fields first (上年完成 is last year, not actual). */
const PARTIAL_ORDER = words(
  'lastYear target actual note unit parent category direction name',
) as readonly Field[];
const NOT_A_FIELD = /[率比%:]|增长|增幅|增速|进度|排名|名次|序号|差额|缺口/;
const MAX_PARTIAL_LABEL = 12;

const EXACT = new Map<string, Field>();
for (const field of Object.keys(ALIASES) as Field[]) {
  for (const alias of ALIASES[field]) EXACT.set(alias, field);
}

export interface HeaderLabel {
  field: Field | null;
  /** Unit written in the header, e.g. 年度目标（亿元） → '亿元'. */
  unit: string | null;
  exact: boolean;
}

const NONE: HeaderLabel = { field: null, unit: null, exact: false };

export function matchHeader(raw: CellValue): HeaderLabel {
  if (typeof raw !== 'string' || raw.length > MAX_CELL_TEXT) return NONE;
  let label = compact(raw)
    .toLowerCase()
    .replace(/^\*+/, '')
    .replace(/[:：]$/, '');
  let unit: string | null = null;
  const bracket = /^(.+?)[([]([^()[\]]+)[)\]]$/.exec(label);
  if (bracket) {
    const candidate = normalizeUnit(bracket[2]);
    if (candidate !== null && isKnownUnit(candidate)) {
      label = bracket[1] ?? label;
      unit = candidate;
    }
  }
  const exact = EXACT.get(label);
  if (exact) return { field: exact, unit, exact: true };
  if (label.length > MAX_PARTIAL_LABEL || NOT_A_FIELD.test(label))
    return { field: null, unit, exact: false };
  for (const field of PARTIAL_ORDER) {
    const hit = ALIASES[field].some(
      (alias) => alias.length >= 2 && (label.startsWith(alias) || label.endsWith(alias)),
    );
    if (hit) return { field, unit, exact: false };
  }
  return { field: null, unit, exact: false };
}
