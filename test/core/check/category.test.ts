import { inferCategory, parseCategory } from '../../../src/core/check/category';
import { parseDirection } from '../../../src/core/check/direction';
import type { Category, Direction } from '../../../src/core/types';

describe('inferCategory from the indicator name', () => {
  it.each<[string, string | null, Category]>([
    ['全社会研发投入', '亿元', 'rd'],
    ['研发投入强度', '%', 'rd'],
    ['R&D经费支出', '万元', 'rd'],
    ['全社会科研投入', '亿元', 'rd'],
    ['专利申请量', '件', 'patent'],
    ['发明专利授权量', '件', 'patent'],
    ['知识产权宣传活动', '次', 'patent'],
    ['专利知识讲座', '场次', 'training'],
    ['知识产权培训', '人次', 'training'],
    ['高新技术企业', '家', 'enterprise'],
    ['省级高新技术企业', '家', 'enterprise'],
    ['科技型中小企业入库', '家', 'enterprise'],
    ['市创新型试点企业', '家', 'enterprise'],
    ['新增高企', '家', 'enterprise'],
    ['高新技术产值', '亿元', 'enterprise'],
    ['高新技术增加值', '亿元', 'enterprise'],
    ['高新技术产业产值占规上工业总产值比重', '%', 'enterprise'],
    ['申报市以上科技项目', '个', 'project'],
    ['推荐省级重点研究开发计划项目', '个', 'project'],
    ['科技培训', '场次', 'training'],
    ['培训人次', '万人次', 'training'],
    ['受训农民', '人', 'training'],
    ['农村实用技术培训班', '期', 'training'],
    ['科技下乡活动', '场次', 'training'],
    ['科技特派员', '人', 'other'],
    ['技术合同成交额', '亿元', 'other'],
    ['科技示范村', '个', 'other'],
  ])('%p (%p) → %p', (name, unit, category) => {
    expect(inferCategory(name, unit)).toBe(category);
  });
});

describe('parseCategory from a 类别 cell', () => {
  it.each<[string, Category | null]>([
    ['研发投入', 'rd'],
    ['专利', 'patent'],
    ['高新技术企业', 'enterprise'],
    ['项目', 'project'],
    ['培训', 'training'],
    ['其他', 'other'],
    ['其它', 'other'],
    ['rd', 'rd'],
    ['R&D', 'rd'],
    ['patent', 'patent'],
    ['Enterprise', 'enterprise'],
    ['project', 'project'],
    ['training', 'training'],
    ['other', 'other'],
    ['知识产权', 'patent'],
    ['科技项目', 'project'],
    ['科技服务', null],
    ['', null],
  ])('%p → %p', (label, category) => {
    expect(parseCategory(label)).toBe(category);
  });
});

describe('parseDirection', () => {
  it.each<[string, Direction | null]>([
    ['正向', 'higher'],
    ['逆向', 'lower'],
    ['反向', 'lower'],
    ['越小越好', 'lower'],
    ['higher', 'higher'],
    ['Lower', 'lower'],
    ['↓', 'lower'],
    ['横向', null],
  ])('%p → %p', (text, direction) => {
    expect(parseDirection(text)).toBe(direction);
  });
});
