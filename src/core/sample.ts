// A realistic half-year indicator table (numbers in the style of the seed summaries) for the
// pane's "Load sample" button and the end-to-end tests. Checked as of 2026-06-30 it has two
// indicators done, ten on track, two behind, two severely behind and one approximate value.
import type { CellGrid } from './types';

export const SAMPLE_GRID: CellGrid = {
  address: 'A1',
  values: [
    ['2026年上半年科技工作主要指标完成情况', null, null, null, null, null],
    ['指标名称', '单位', '年度目标', '累计完成', '去年同期', '上级指标'],
    ['全社会研发投入', '亿元', 3.6, 1.9, 1.62, null],
    ['研发投入强度', '%', 2.5, 2.38, 2.21, null],
    ['专利申请量', '件', 600, 331, 240, null],
    ['发明', '件', 120, 65, 48, '专利申请量'],
    ['实用新型', '件', 280, 156, 112, '专利申请量'],
    ['外观设计', '件', 200, 110, 80, '专利申请量'],
    ['专利授权量', '件', 400, 204, 132, null],
    ['高新技术企业', '家', 40, 41, 33, null],
    ['科技型中小企业入库', '家', 150, 32, 45, null],
    ['高新技术产值', '亿元', 3.3144, 1.5014, 1.2408, null],
    ['技术合同成交额', '亿元', 2, '9800万元', 0.85, null],
    ['申报市以上科技项目', '个', 20, 11, 9, null],
    ['省级科技计划项目立项', '项', 8, 2, 3, null],
    ['科技培训场次', '场次', 400, 214, 198, null],
    ['培训人次', '万人次', 6, '3万多', 2.9, null],
    ['科技特派员', '人', 120, 120, 110, null],
  ],
};
