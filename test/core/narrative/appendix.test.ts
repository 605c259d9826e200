// 指标完成情况表: every indicator, figures citing their cells, split by the table's groups, with
// 得分/分值 for a 自评表; never from a guess.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkTable } from '../../../src/core/check/checkTable';
import { narrativeToText } from '../../../src/core/export/text';
import { readWorkbookFile } from '../../../src/core/import/readWorkbookFile';
import { buildNarrative } from '../../../src/core/narrative/buildNarrative';
import { narrativeFromText } from '../../../src/core/narrative/fromText';
import type { AppendixRow, Narrative } from '../../../src/core/types';
import { SEED_002 } from '../../fixtures/seedTables';
import { SEED_002_APPENDIX } from '../export/support';
import { checked, groupedGrid } from './bigTables';

const seed = (locale: 'zh-CN' | 'en-US' = 'zh-CN'): Narrative =>
  buildNarrative(checkTable(SEED_002, { asOf: '2026-06-30' }), { locale });

const texts = (row: AppendixRow | undefined): string[] =>
  row?.kind === 'indicator' ? row.cells.map((cell) => cell.text) : [];

describe('the appendix of seed 002', () => {
  it('has the columns and rows of the table, in table order', () => {
    const appendix = seed().appendix;
    expect(appendix?.label).toBe('附表');
    expect(appendix?.title).toBe('指标完成情况表');
    expect(appendix?.columns.map((column) => column.label)).toEqual(SEED_002_APPENDIX.header);
    expect(appendix?.rows).toHaveLength(15);
    expect(texts(appendix?.rows[0])).toEqual(SEED_002_APPENDIX.firstRow);
    expect(texts(appendix?.rows[2])).toEqual([
      '3',
      '专利申请量',
      '项',
      '—',
      '4',
      '—',
      '50.0%',
      '—',
      '无目标',
    ]);
    expect(texts(appendix?.rows[12])).toEqual([
      '13',
      '培训人次',
      '人次',
      '60000',
      '33700',
      '56.2%',
      '50.0%',
      '—',
      '达序时',
    ]);
  });

  it('cites the cells of every figure', () => {
    const [first] = seed().appendix?.rows ?? [];
    expect(first?.kind === 'indicator' && first.cells.slice(3, 8)).toEqual([
      { kind: 'value', text: '3.3144', cells: ['E3'] },
      { kind: 'value', text: '1.5014', cells: ['F3'] },
      { kind: 'value', text: '45.3%', cells: ['F3', 'E3'] },
      { kind: 'text', text: '50.0%' },
      { kind: 'value', text: '21.0%', cells: ['F3', 'D3'] },
    ]);
  });

  it('reads in English with grouped digits', () => {
    const appendix = seed('en-US').appendix;
    expect(appendix?.columns.map((column) => column.label)[3]).toBe('Annual target');
    expect(texts(appendix?.rows[12])).toEqual([
      '13',
      '培训人次',
      '人次',
      '60,000',
      '33,700',
      '56.2%',
      '50.0%',
      '—',
      'On track',
    ]);
  });

  it('is written after the prose in plain text, one tab-separated line per row', () => {
    const lines = narrativeToText(seed()).split('\n');
    const at = lines.indexOf('附表：指标完成情况表');
    expect(lines[at - 1]).toBe('');
    expect(lines[at + 1]).toBe('序号\t指标\t单位\t年度目标\t完成\t完成率\t序时进度\t同比\t状态');
    expect(lines[at + 2]).toBe('1\t高新技术产值\t亿元\t3.3144\t1.5014\t45.3%\t50.0%\t21.0%\t滞后');
    expect(lines).toHaveLength(at + 2 + 15);
  });
});

describe('groups', () => {
  it('puts a heading row before each group, numbering across them', () => {
    const rows = buildNarrative(checked(groupedGrid(20)), { locale: 'zh-CN' }).appendix?.rows ?? [];
    const groups = rows.flatMap((row) => (row.kind === 'group' ? [row.label] : []));
    expect(groups).toEqual(['研发投入', '知识产权', '企业培育', '科技项目', '人才培训']);
    expect(rows[0]).toEqual({ kind: 'group', label: '研发投入' });
    const numbers = rows.flatMap((row) => (row.kind === 'indicator' ? [row.cells[0]?.text] : []));
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });
});

describe('a 自评表', () => {
  it('adds 得分 and 分值', async () => {
    const file = '18-yongde-minglang-2022-nutrition-selfeval.csv';
    const full = path.join(__dirname, '../../fixtures/real', file);
    const read = await readWorkbookFile(file, new Uint8Array(readFileSync(full)), {});
    if (!read.ok) throw new Error(read.reason);
    const built = checkTable(read.grid, { asOf: '2026-06-30' });
    const narrative = buildNarrative(built, { locale: 'zh-CN' });
    const labels = narrative.appendix?.columns.map((column) => column.label) ?? [];
    expect(labels.slice(-2)).toEqual(['得分', '分值']);
    const scored = narrative.appendix?.rows.filter(
      (row) => row.kind === 'indicator' && row.cells[10]?.kind === 'value',
    );
    expect(scored?.length).toBeGreaterThan(0);
    const groups = narrative.appendix?.rows.filter((row) => row.kind === 'group') ?? [];
    expect(groups.length).toBeGreaterThan(0);
  });
});

describe('no appendix from a guess', () => {
  it('is absent from a withheld narrative and from an empty table', () => {
    const built = checkTable(SEED_002, { asOf: '2026-06-30' });
    const unsure = {
      ...built,
      issues: [
        ...built.issues,
        { code: 'ambiguous-reading', severity: 'warning', cell: 'A1', row: 1, params: {} },
      ],
    } as typeof built;
    const withheld = buildNarrative(unsure, { locale: 'zh-CN' });
    expect(withheld).toEqual({ locale: 'zh-CN', paragraphs: [], withheld: true });
    expect(
      buildNarrative({ ...built, indicators: [] }, { locale: 'zh-CN' }).appendix,
    ).toBeUndefined();
  });
});

describe('edited text', () => {
  it('keeps the appendix while its heading line is there, and drops it with the line', () => {
    const base = seed();
    const text = narrativeToText(base);
    expect(narrativeFromText(text, base)).toEqual(base);
    const edited = narrativeFromText(text.replace('截至6月底', '截至六月底'), base);
    expect(edited.appendix).toBe(base.appendix);
    expect(edited.paragraphs[2]?.segments).toEqual([
      { kind: 'text', text: expect.stringContaining('截至六月底') },
    ]);
    expect(narrativeFromText('手工改写的总结。', base)).toEqual({
      locale: 'zh-CN',
      paragraphs: [{ kind: 'title', segments: [{ kind: 'text', text: '手工改写的总结。' }] }],
    });
  });
});
