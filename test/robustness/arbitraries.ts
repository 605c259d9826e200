// fast-check arbitraries for hostile tables: header words, units, placeholders, numbers in many
// notations, markup meant to escape into HTML, and random unicode.
import fc from 'fast-check';
import type { CellGrid, CellValue, CheckOptions, Field, Locale } from '../../src/core/types';

export const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  '</p><p style="color:red">',
  '<b>加粗</b>',
  '&lt;已转义&gt;',
  '<!--',
  '<',
];

const HEADER_WORDS: Record<Field, readonly string[]> = {
  name: ['指标名称', '指标', '指标项', 'Indicator', 'Name', ' 指标名称 ', '指标名称：', '*指标'],
  unit: ['单位', '计量单位', 'Unit', '单\u00a0位'],
  target: [
    '年度目标',
    '全年目标',
    '目标值',
    '计划任务',
    'Target',
    '年度目标（亿元）',
    '目标（件）',
  ],
  actual: ['累计完成', '完成值', '本期完成', '实际完成', 'Actual', '累计完成（万元）', '1-6月完成'],
  lastYear: ['去年同期', '上年同期', 'Last year', 'Prior period', '上年同期数'],
  parent: ['上级指标', '所属指标', 'Parent'],
  category: ['类别', '分类', 'Category'],
  direction: ['方向', 'Direction'],
  note: ['备注', 'Note'],
};
const JUNK_HEADERS = ['序号', '同比增长(%)', '完成率', '排名', '', null, '2026年', ...MARKUP];

export const UNITS = [
  ...['件', '项', '个', '家', '人', '人次', '万人次', '场次', '期', '份', '亩', '吨'],
  ...['元', '万元', '亿元', '%', '‰', '个百分点', '万', '', '（件）', 'kg', '台套'],
  ...MARKUP.slice(0, 2),
];

export const PLACEHOLDERS = [
  ...['x', 'xx', 'XX家', 'x.x亿元', 'x.xx%', '20xx万元', '—', '——', '-', '/', '…', '*'],
  ...['待统计', '暂无', '无', 'N/A', '#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!'],
];

const NAMES = [
  ...['专利申请量', '发明专利申请', '其中：发明', '其中：实用新型', '专利授权量', '研发经费投入'],
  ...['研发投入强度', '高新技术企业', '高新技术产值', '科技型中小企业', '组织申报市以上项目'],
  ...[
    '科技培训',
    '知识产权培训',
    '技术合同成交额',
    '万元产值能耗',
    '一、研发投入',
    '注：数据截至6月底',
  ],
  ...['乡镇12专利', '2026年第1批', '1,234号项目', 'Patents', 'R&D spending', '合计', ''],
  ...MARKUP,
];

const FORMATS = ['General', '0', '0.00', '0%', '0.00%', '0"万元"', 'yyyy-mm-dd', '@', '#,##0'];

const fullWidth = (text: string): string =>
  text.replace(/[0-9.,%-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** A finite number written as a bureau table might write it. */
const writtenNumber: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
    fc.constantFrom('plain', 'fixed2', 'grouped', 'exp', 'fullwidth'),
    fc.constantFrom('', '', '约', '近', '超', '共', '-', '+', '−'),
    fc.constantFrom(
      '',
      '',
      '%',
      '件',
      '万',
      '亿元',
      '万元',
      '万人次',
      '多',
      '余',
      '多万元',
      '左右',
    ),
    fc.constantFrom('', ' ', '\u00a0', '\u3000', '\u200b'),
  )
  .map(([value, style, prefix, suffix, space]) => {
    const written =
      style === 'fixed2'
        ? value.toFixed(2)
        : style === 'grouped'
          ? value.toLocaleString('en-US')
          : style === 'exp'
            ? value.toExponential(3)
            : String(value);
    const number = style === 'fullwidth' ? fullWidth(written) : written;
    return `${space}${prefix}${number}${suffix}${space}`;
  });

export const numberish: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: writtenNumber, weight: 4 },
  { arbitrary: fc.integer({ min: -1000, max: 1_000_000 }), weight: 3 },
  { arbitrary: fc.double(), weight: 2 },
  {
    arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 1e-320, 46203, 0.21, Number.NaN, Infinity),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...PLACEHOLDERS), weight: 2 },
  { arbitrary: fc.constantFrom<CellValue>(null, undefined, '', true, false), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
);

const name: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 5 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constantFrom<CellValue>(null, 42, '\ud800孤立代理'), weight: 1 },
);

const word = (words: readonly (string | null)[]): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { arbitrary: fc.constantFrom<CellValue>(...words), weight: 6 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
  );

const FIELD_ORDER: readonly Field[] = [
  'name',
  'unit',
  'target',
  'actual',
  'lastYear',
  'parent',
  'category',
  'direction',
  'note',
];

/** A table with a recognisable header (most of the time), title rows and messy data rows. */
export const table: fc.Arbitrary<CellGrid> = fc
  .record({
    fields: fc.shuffledSubarray([...FIELD_ORDER], { minLength: 1 }),
    withRequired: fc.constantFrom(true, true, true, false),
    junkColumns: fc.array(fc.constantFrom(...JUNK_HEADERS), { maxLength: 2 }),
    titles: fc.array(fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.string()), { maxLength: 2 }), {
      maxLength: 3,
    }),
    aliasSeed: fc.nat(),
    rowCount: fc.nat({ max: 14 }),
    address: fc.constantFrom('A1', 'B3', 'Sheet1!C10', "'表 1'!E2:K9", 'nonsense', 'XFD1'),
  })
  .chain((shape) => {
    const fields = shape.withRequired
      ? [...new Set<Field>(['name', 'actual', ...shape.fields])]
      : shape.fields;
    const header: CellValue[] = fields.map((field, i) => {
      const words = HEADER_WORDS[field];
      return words[(shape.aliasSeed + i) % words.length] ?? field;
    });
    header.push(...shape.junkColumns);
    const cellFor = (field: Field): fc.Arbitrary<CellValue> => {
      switch (field) {
        case 'name':
        case 'parent':
          return name;
        case 'unit':
          return word(UNITS);
        case 'category':
          return word(['研发', '专利', '企业', '项目', '培训', '其他', '', null]);
        case 'direction':
          return word(['正向', '逆向', '越小越好', 'lower', '斜向', '', null]);
        case 'note':
          return word(['全市第2位', '', null, ...MARKUP]);
        default:
          // Plain figures often enough that rows get judged, fall behind and reach the narrative.
          return fc.oneof(numberish, fc.integer({ min: 1, max: 1000 }));
      }
    };
    const row = fc.tuple(
      ...fields.map(cellFor),
      ...shape.junkColumns.map(() => numberish),
    ) as fc.Arbitrary<CellValue[]>;
    return fc
      .record({
        rows: fc.array(row, { minLength: shape.rowCount, maxLength: shape.rowCount }),
        formats: fc.option(
          fc.array(fc.array(fc.constantFrom(...FORMATS), { maxLength: header.length })),
          { nil: undefined },
        ),
      })
      .map(({ rows, formats }): CellGrid => {
        const values = [...shape.titles, header, ...rows] as CellValue[][];
        const grid: CellGrid = { address: shape.address, values };
        if (formats !== undefined) grid.numberFormat = formats;
        return grid;
      });
  });

export const checkOptions: fc.Arbitrary<CheckOptions> = fc.record(
  {
    asOf: fc.oneof(
      fc.constantFrom('2026-06-30', '2026-03-31', '2026-12-31', '2026-06-15', '2024-02-29'),
      fc.constantFrom('2026-02-30', 'x', ''),
    ),
    expectedProgress: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double()),
    severeGap: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: [] },
);

export const locale: fc.Arbitrary<Locale> = fc.constantFrom('zh-CN', 'en-US');

export const title: fc.Arbitrary<string | undefined> = fc.option(
  fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 12 })),
  { nil: undefined },
);
