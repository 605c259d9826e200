// Narratives shared by the export tests.
import { checkTable } from '../../../src/core/check/checkTable';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import type { CellGrid, Locale, Narrative } from '../../../src/core/types';
import { SEED_002 } from '../../fixtures/seedTables';
import { checked, groupedGrid } from '../narrative/bigTables';

/** Seed 002's appendix (zh-CN): its header and its first row, as every output writes them. */
export const SEED_002_APPENDIX = {
  header: ['序号', '指标', '单位', '年度目标', '完成', '完成率', '序时进度', '同比', '状态'],
  firstRow: ['1', '高新技术产值', '亿元', '3.3144', '1.5014', '45.3%', '50.0%', '21.0%', '滞后'],
};

export const XSS_NAME = '<img src=x onerror=alert(1)>';

/** A table whose indicator name is markup and whose unit has an ampersand. */
export const HOSTILE_GRID: CellGrid = {
  address: 'A1',
  values: [
    ['指标名称', '单位', '年度目标', '累计完成', '去年同期'],
    [XSS_NAME, '件', 100, 60, 50],
    ['R&D "投入"', '亿元', 2, 0.5, 0.4],
  ],
};

export const narrativeOf = (grid: CellGrid, locale: Locale = 'zh-CN'): Narrative =>
  buildNarrative(checkTable(grid, { asOf: '2026-06-30' }), { locale });

export const seed002 = (locale: Locale = 'zh-CN'): Narrative => narrativeOf(SEED_002, locale);

/** 1,000 generated rows in five groups (test/core/narrative/bigTables). */
export const largeNarrative = (rows = 1000, locale: Locale = 'zh-CN'): Narrative =>
  buildNarrative(checked(groupedGrid(rows)), { locale });
