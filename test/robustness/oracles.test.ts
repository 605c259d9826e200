// The fuzz oracles must be able to fail: invented or glued numbers and foreign markup are caught.
// Also pins that a name ending in a digit is never glued to a figure.
import {
  buildNarrative,
  checkTable,
  narrativeToHtml,
  type Narrative,
  type Segment,
} from '../../src/core';
import { checked, groupedGrid } from '../core/narrative/bigTables';
import { foreignMarkup } from './htmlTags';
import { numbersAcrossSegments, numbersIn, unexplainedNumbers, writtenFrom } from './numbersInText';

const report = checkTable(
  {
    address: 'A1',
    values: [
      ['指标名称', '单位', '年度目标', '累计完成', '去年同期'],
      ['专利申请量', '件', 600, 331, 240],
      ['科技培训', '人次', 50000, 33700, 30000],
    ],
  },
  { asOf: '2026-06-30' },
);
const value = (text: string, indicator: string): Segment => ({
  kind: 'value',
  text,
  cells: ['D2'],
  indicator,
});
const narrative = (...segments: Segment[]): Narrative => ({
  locale: 'zh-CN',
  paragraphs: [{ kind: 'body', segments }],
});

describe('number provenance oracle', () => {
  it('reads numbers with grouping and decimals', () => {
    expect(numbersIn('完成33,700人次，55.2%').map((t) => [t.value, t.decimals])).toEqual([
      [33700, 0],
      [55.2, 1],
    ]);
  });

  it.each([
    ['331', 331],
    ['55.2', 331 / 600],
    ['3.37', 33700],
    ['37.9', 91 / 240],
  ])('accepts %s written from %p', (text, figure) => {
    expect(writtenFrom(numbersIn(text)[0]!, figure)).toBe(true);
  });

  it('accepts the narrative the core writes for the table', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      expect(unexplainedNumbers(buildNarrative(report, { locale }), report)).toEqual([]);
    }
  });

  it('flags a figure the report does not hold, and a count that is not one', () => {
    const invented = narrative(
      { kind: 'text', text: '专利申请量完成' },
      value('332件', '专利申请量'),
      { kind: 'text', text: '，共7项。' },
    );
    expect(unexplainedNumbers(invented, report)).toEqual(['"332件": 332', '"，共7项。": 7']);
  });

  it('flags a figure cited for the wrong indicator', () => {
    const wrong = narrative({ kind: 'text', text: '科技培训完成' }, value('331', '科技培训'));
    expect(unexplainedNumbers(wrong, report)).toEqual(['"331": 331']);
  });

  describe('a condensed summary (400 grouped rows): counts of the rest of a section or list', () => {
    // Names without digits (指标AB, not 指标28), so that no count is explained by a name.
    const letters = (n: number): string =>
      (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
    const grid = groupedGrid(400);
    const big = checked({
      ...grid,
      values: grid.values.map((row) =>
        row.map((cell) =>
          typeof cell === 'string'
            ? cell.replace(/^指标(\d+)$/, (_, n) => `指标${letters(Number(n))}`)
            : cell,
        ),
      ),
    });
    it.each(['zh-CN', 'en-US'] as const)('accepts the narrative the core writes (%s)', (locale) => {
      const condensed = buildNarrative(big, { locale });
      expect(unexplainedNumbers(condensed, big)).toEqual([]);
    });

    it('flags the rest counts each one off', () => {
      const condensed = buildNarrative(big, { locale: 'zh-CN' });
      const restCount = /其余(\d+)项/;
      const changed: string[] = [];
      for (const paragraph of condensed.paragraphs) {
        for (const segment of paragraph.segments) {
          const n = Number(restCount.exec(segment.text)?.[1] ?? Number.NaN);
          if (segment.kind !== 'text' || !Number.isInteger(n)) continue;
          segment.text = segment.text.replace(restCount, `其余${n + 1}项`);
          changed.push(`${JSON.stringify(segment.text)}: ${n + 1}`);
        }
      }
      const flagged = unexplainedNumbers(condensed, big);
      expect(changed.length).toBeGreaterThan(2);
      expect(flagged).toEqual(expect.arrayContaining(changed));
    });
  });

  it('flags two numbers glued across segments', () => {
    const glued = narrative({ kind: 'text', text: '共2' }, value('331件', '专利申请量'));
    expect(numbersAcrossSegments(glued)).toEqual(['共2 | 331件']);
    expect(unexplainedNumbers(glued, report)).toEqual(['"共2331件": 2331 spans two segments']);
  });
});

describe('HTML markup oracle', () => {
  it('accepts the exporter’s own tags', () => {
    expect(foreignMarkup(narrativeToHtml(buildNarrative(report, { locale: 'zh-CN' })))).toEqual([]);
  });

  it.each([
    '<div lang="zh-CN"><p style="x"><img src=x onerror=alert(1)></p></div>',
    '<div><p style="a">x</p><script>alert(1)</script></div>',
    '<p style="a" onclick="alert(1)">x</p>',
    '<span data-cells="D2">"><b></span>',
  ])('flags %s', (html) => {
    expect(foreignMarkup(html)).not.toEqual([]);
  });
});

describe('names ending in a digit', () => {
  it('a sub-item name ending in a digit is kept apart from its figure (示范基地1为3个, not 示范基地13个)', () => {
    const table = checkTable(
      {
        address: 'A1',
        values: [
          ['指标名称', '单位', '年度目标', '累计完成', '上级指标'],
          ['科技示范基地', '个', 10, 8, null],
          ['示范基地1', '个', null, 3, '科技示范基地'],
          ['示范基地2', '个', null, 5, '科技示范基地'],
        ],
      },
      { asOf: '2026-06-30' },
    );
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const built = buildNarrative(table, { locale });
      expect(numbersAcrossSegments(built)).toEqual([]);
      expect(unexplainedNumbers(built, table)).toEqual([]);
    }
    const zh = buildNarrative(table, { locale: 'zh-CN' });
    const text = zh.paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n');
    expect(text).toContain('其中，示范基地1为3个、示范基地2为5个。');
  });
});
