import { SEVERITY, makeIssue } from '../../../src/core/check/issues';
import { issueMessage, statusLabel } from '../../../src/core/messages';
import { formatNumber } from '../../../src/core/messages/format';
import type { Issue, Status } from '../../../src/core/types';
import { LOCALES } from '../../../src/core/types';

const GOLDEN: [Issue, string, string][] = [
  [
    makeIssue('no-header', 'B3', 3, { rows: 10 }),
    'B3：前 10 行中没有找到表头。请在数据上方加一行表头，至少包含“指标名称”和“累计完成”两列。',
    'B3: no header row in the first 10 rows. Add a header row above the data with at least an "Indicator" and an "Actual" column.',
  ],
  [
    makeIssue('missing-column', 'A2', 2, { field: 'actual' }),
    'A2：表头（第 2 行）缺少“累计完成”列，无法检查。请添加这一列。',
    'A2: the header (row 2) has no "actual figure" column, so nothing can be checked. Add that column.',
  ],
  [
    makeIssue('duplicate-column', 'E2', 2, { field: 'actual', usedCell: 'D2' }),
    'E2：这一列和 D2 都是“累计完成”列，已只采用 D2。请删除多余的列或改名。',
    'E2: this column and D2 are both "actual figure"; only D2 is used. Delete or rename the extra column.',
  ],
  [
    makeIssue(
      'not-a-number',
      'D5',
      5,
      { field: 'actual', text: 'x.x亿元', kind: 'placeholder' },
      '高新技术产值',
    ),
    'D5：“高新技术产值”的累计完成“x.x亿元”是占位符，不是数字。请填入实际数值。',
    'D5: the actual figure of "高新技术产值" is the placeholder "x.x亿元", not a number. Enter the actual figure.',
  ],
  [
    makeIssue(
      'not-a-number',
      'C6',
      6,
      { field: 'target', text: '#DIV/0!', kind: 'excel-error' },
      '研发投入强度',
    ),
    'C6：“研发投入强度”的年度目标公式出错（#DIV/0!）。请修正公式或改填数值。',
    'C6: the annual target of "研发投入强度" is a formula error (#DIV/0!). Fix the formula or enter a number.',
  ],
  [
    makeIssue(
      'not-a-number',
      'D7',
      7,
      { field: 'actual', text: '三百', kind: 'text' },
      '科技示范村',
    ),
    'D7：“科技示范村”的累计完成“三百”不是数字。请填入数值，如 1.5、21%、3.37万人次。',
    'D7: the actual figure of "科技示范村" is "三百", which is not a number. Enter a number such as 1.5, 21% or 3.37万人次.',
  ],
  [
    makeIssue(
      'not-a-number',
      'D8',
      8,
      { field: 'actual', text: 'TRUE', kind: 'boolean' },
      '科技示范村',
    ),
    'D8：“科技示范村”的累计完成“TRUE”是逻辑值，不是数字。请填入数值。',
    'D8: the actual figure of "科技示范村" is the logical value "TRUE", not a number. Enter a number.',
  ],
  [
    makeIssue(
      'not-a-number',
      'D9',
      9,
      { field: 'lastYear', text: 'NaN', kind: 'non-finite' },
      '科技示范村',
    ),
    'D9：“科技示范村”的去年同期“NaN”不是有效数值。请填入数值。',
    'D9: the last year\'s figure of "科技示范村" is "NaN", which is not a valid number. Enter a number.',
  ],
  [
    makeIssue(
      'not-a-number',
      'D10',
      10,
      { field: 'actual', text: '2026-06-30', kind: 'date' },
      '专利申请量',
    ),
    'D10：“专利申请量”的累计完成是日期（2026-06-30），不是数字。请填入数值；若单元格格式为日期，请改为“常规”或“数值”。',
    'D10: the actual figure of "专利申请量" is a date (2026-06-30), not a number. Enter a number; if the cell is formatted as a date, change it to General or Number.',
  ],
  [
    makeIssue(
      'approximate-value',
      'D17',
      17,
      { field: 'actual', text: '3万多', value: 3, unit: '万人次' },
      '培训人次',
    ),
    'D17：“培训人次”的累计完成“3万多”是约数，已按 3万人次 计算。请改为准确数值。',
    'D17: the actual figure of "培训人次" ("3万多") is approximate; counted as 3 万人次. Enter the exact figure.',
  ],
  [
    makeIssue(
      'unit-mismatch',
      'D12',
      12,
      { field: 'actual', text: '3.37万人次', expected: '亿元', found: '万人次' },
      '技术合同成交额',
    ),
    'D12：“3.37万人次”的单位“万人次”与本行单位“亿元”不一致，无法换算。请按“亿元”填写。',
    'D12: the unit "万人次" in "3.37万人次" does not match the row\'s unit "亿元" and cannot be converted. Enter the value in 亿元.',
  ],
  [
    makeIssue('unknown-unit', 'B4', 4, { unit: '台套' }),
    'B4：无法识别单位“台套”。请使用常用单位，如 万元、件、人次、%。',
    'B4: unknown unit "台套". Use a common unit such as 万元, 件, 人次 or %.',
  ],
  [
    makeIssue(
      'duplicate-indicator',
      'A9',
      9,
      { name: '专利申请量', firstCell: 'A3' },
      '专利申请量',
    ),
    'A9：指标“专利申请量”与 A3 重复。请合并这两行或改用不同的名称。',
    'A9: the indicator "专利申请量" repeats A3. Merge the two rows or rename one.',
  ],
  [
    makeIssue('non-positive-target', 'C4', 4, { value: 0 }, '专利申请量'),
    'C4：“专利申请量”的年度目标为 0，目标应大于 0。请填入正确的目标值。',
    'C4: the annual target of "专利申请量" is 0; a target must be above 0. Enter the right target.',
  ],
  [
    makeIssue('negative-value', 'D5', 5, { field: 'actual', value: -4 }, '专利授权量'),
    'D5：“专利授权量”的累计完成为负数（-4）。请核实后改正。',
    'D5: the actual figure of "专利授权量" is negative (-4). Check and correct it.',
  ],
  [
    makeIssue('zero-last-year', 'E6', 6, {}, '科技项目'),
    'E6：“科技项目”去年同期为 0，无法计算同比增速。请核实去年同期数。',
    'E6: last year\'s figure for "科技项目" is 0, so growth cannot be computed. Check last year\'s figure.',
  ],
  [
    makeIssue('missing-last-year', 'E7', 7, {}, '培训人次'),
    'E7：“培训人次”缺少去年同期数，无法计算同比。请补填去年同期数。',
    'E7: "培训人次" has no last-year figure, so growth cannot be computed. Fill in last year\'s figure.',
  ],
  [
    makeIssue('missing-value', 'D8', 8, { field: 'actual' }, '科技示范村'),
    'D8：“科技示范村”缺少累计完成数，无法判断进度。请补填。',
    'D8: "科技示范村" has no actual figure, so its progress cannot be judged. Fill it in.',
  ],
  [
    makeIssue('missing-value', 'A9', 9, { field: 'name' }),
    'A9：第 9 行有数值但没有指标名称，这一行未参与检查。请补填指标名称。',
    'A9: row 9 has numbers but no indicator name and was not checked. Fill in the name.',
  ],
  [
    makeIssue(
      'parts-sum-mismatch',
      'F9',
      9,
      {
        parentCell: 'F9',
        childCells: 'F10,F11,F12,F13',
        sum: 12,
        total: 11,
        difference: 1,
        unit: '个',
      },
      '申报市以上科技项目',
    ),
    'F9：“申报市以上科技项目”的分项（F10,F11,F12,F13）合计 12个，与总数 11个（F9）相差 1个。请核对总数和分项。',
    'F9: the parts of "申报市以上科技项目" (F10,F11,F12,F13) add up to 12 个, not the total 11 个 (F9): off by 1 个. Check the total and its parts.',
  ],
  [
    makeIssue('unknown-parent', 'F2', 2, { parent: '专利申清量' }, '发明'),
    'F2：上级指标“专利申清量”在表中找不到。请填写表中已有的指标名称，或留空。',
    'F2: the parent "专利申清量" is not an indicator in this table. Enter the name of an indicator in the table, or leave it blank.',
  ],
  [
    makeIssue('unknown-direction', 'B4', 4, { text: '横向' }, '专利申请量'),
    'B4：方向“横向”无法识别，已按正向处理。请填写“正向”或“逆向”。',
    'B4: unknown direction "横向"; treated as higher-is-better. Enter 正向 (higher) or 逆向 (lower).',
  ],
  [
    makeIssue('not-additive', 'D6', 6, { unit: '%', reports: 2 }, '研发投入强度'),
    'D6：“研发投入强度”的单位是“%”，2 个表的数值不能直接相加，汇总中未计算这一项。请另行计算汇总值（如先合计分子、分母再求比率）。',
    'D6: "研发投入强度" is in %, so the figures of 2 tables cannot be added; the roll-up leaves it out. Work out the combined figure separately (e.g. from the summed numerator and denominator).',
  ],
  [
    makeIssue('ambiguous-reading', 'C3', 3, {
      role: 'actual',
      reason: 'two-columns',
      candidates: 'C,E',
    }),
    'C3：无法确定哪一列是“累计完成”：C,E 都可能是。为避免猜测，未生成总结。请在“表格识别”中指定列（命令行：--columns actual=列字母）。',
    'C3: cannot tell which column is "Actual": C,E could all be. No summary is written from a guess; name the column under How the table was read (command line: --columns actual=LETTER).',
  ],
  [
    makeIssue('not-indicator-table', 'A5', 5, {
      found: 'places-as-rows',
      example: '成都市、自贡市、攀枝花市',
    }),
    'A5：这不是指标表：各行是地区（如“成都市、自贡市、攀枝花市”）。指标表需要每行一项指标，并有“累计完成”等数值列。',
    'A5: this is not an indicator table: its rows are places (e.g. "成都市、自贡市、攀枝花市"). An indicator table has one indicator per row and a column of figures such as "Actual".',
  ],
  [
    makeIssue('growth-mismatch', 'G3', 3, { given: 62.5, computed: 60 }, '发明专利申请量'),
    'G3：“发明专利申请量”表中同比为 62.5%，按累计完成和去年同期计算为 60%，相差超过 0.1 个百分点。请核对。',
    'G3: "发明专利申请量" gives a year-on-year change of 62.5%, but actual against last year makes 60%: more than 0.1 percentage point apart. Check both.',
  ],
  [
    makeIssue(
      'part-exceeds-total',
      'C8',
      8,
      { parentCell: 'C7', part: 90, total: 0, unit: '万元' },
      '本年财政拨款',
    ),
    'C8：“本年财政拨款”是“其中”分项，数值 90万元 大于总数 0万元（C7）。请核对总数和分项。',
    'C8: "本年财政拨款" is a part ("of which") of the total in C7, but 90 万元 is more than the total 0 万元. Check the total and its parts.',
  ],
  // Issue 12: targets as bureaus write them, targets in words, 自评表 scores.
  [
    makeIssue('unknown-assessment', 'F20', 20, { text: '100%', target: '效果明显' }, '社会效益'),
    'F20：“社会效益”的目标是文字（“效果明显”），完成情况“100%”看不出是否达成。请填写“达成预期指标”“部分达成预期指标”或“未达成预期指标”。',
    'F20: the target of "社会效益" is in words ("效果明显") and its actual "100%" does not say whether it was met. Write 达成预期指标 (met), 部分达成预期指标 (partly met) or 未达成预期指标 (not met).',
  ],
  [
    makeIssue(
      'worded-actual',
      'H2',
      2,
      { text: '完成', target: '≤30万元', assessment: 'met' },
      '成本控制数',
    ),
    'H2：“成本控制数”的目标是“≤30万元”，完成值“完成”是文字，已按“达成预期指标”评价。请填写实际数值。',
    'H2: the target of "成本控制数" is "≤30万元" but its actual "完成" is in words; judged as met. Enter the actual figure.',
  ],
  [
    makeIssue('operator-in-actual', 'G12', 12, { text: '≥266米', value: 266 }, '安装坡面水标尺'),
    'G12：“安装坡面水标尺”的完成值“≥266米”带有比较符号，像是照抄了目标，已按 266 计算。请填写实际完成的数值。',
    'G12: the actual of "安装坡面水标尺" ("≥266米") carries a comparison sign, as if copied from the target; counted as 266. Enter the figure achieved.',
  ],
  [
    makeIssue('confirm-direction', 'A9', 9, { word: '能耗' }, '单位GDP能耗'),
    'A9：“单位GDP能耗”的名称含“能耗”，可能是越低越好的指标，目前按越高越好判断。如是逆向指标，请在“方向”列填“逆向”、在目标前加“≤”，或在“表格识别”中选“越低越好”（命令行：--lower 单位GDP能耗）；如确为越高越好，在“表格识别”中选“越高越好”（命令行：--higher 单位GDP能耗）即不再提示。',
    'A9: the name "单位GDP能耗" contains "能耗", so lower may be better; it is judged as higher-is-better. If lower is better, write 逆向 in the direction column or "≤" before the target, or choose Better lower under How the table was read (command line: --lower 单位GDP能耗); choosing Better higher there (command line: --higher 单位GDP能耗) stops this question.',
  ],
  [
    makeIssue('score-mismatch', 'I19', 19, { given: 9, computed: 9.8, maxScore: 10 }, '政策知晓率'),
    'I19：“政策知晓率”表中得分为 9，按评分规则（分值 10）应为 9.8。请核对得分。',
    'I19: "政策知晓率" is scored 9 in the table, but the scoring rule (10 points) gives 9.8. Check the score.',
  ],
  [
    makeIssue(
      'score-out-of-band',
      'H16',
      16,
      { given: 7, min: 8, max: 10, assessment: 'met' },
      '经费支出合规性',
    ),
    'H16：“经费支出合规性”为“达成预期指标”，得分应在 8～10 之间，表中为 7。请核对得分。',
    'H16: "经费支出合规性" is met, so its score should lie between 8 and 10; the table gives 7. Check the score.',
  ],
  [
    makeIssue('missing-deviation-reason', 'J16', 16, { lost: 3 }, '资金到位及时率'),
    'J16：“资金到位及时率”扣了 3 分，但没有填写偏差原因分析。请说明原因和改进措施。',
    'J16: "资金到位及时率" lost 3 points but no reason for the deviation is given. Explain the reason and the remedy.',
  ],
  [
    makeIssue('score-total-mismatch', 'E23', 23, { what: 'maxScore', given: 100, sum: 110 }),
    'E23：各项分值合计 110，与总分 100 不符。请核对各项分值。',
    'E23: the points add up to 110, not the total 100. Check the points of each item.',
  ],
  [
    makeIssue('score-total-mismatch', 'H23', 23, { what: 'tableScore', given: 100, sum: 110 }),
    'H23：各项得分合计 110，与表中总得分 100 不符。请核对得分。',
    "H23: the scores add up to 110, not the table's total 100. Check the scores.",
  ],
  [
    makeIssue('grade-mismatch', 'J25', 25, { given: 'excellent', computed: 'good', score: 86 }),
    'J25：表中自评等级为“优”，按总分 86 应为“良”（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60）。请核对。',
    'J25: the table grades itself Excellent, but a total of 86 earns Good (Excellent ≥ 90, Good ≥ 80, Fair ≥ 60, Poor < 60). Check the grade.',
  ],
  [
    makeIssue('rate-mismatch', 'F9', 9, { given: 95, computed: 100 }, '预算执行率'),
    'F9：预算执行率填为 95%，按全年执行数 ÷ 全年预算数应为 100%。请核对。',
    'F9: the budget execution rate is written as 95%, but spent ÷ budget makes 100%. Check both.',
  ],
];

describe('issueMessage', () => {
  it.each(GOLDEN)('%j', (input, zh, en) => {
    expect(issueMessage(input, 'zh-CN')).toBe(zh);
    expect(issueMessage(input, 'en-US')).toBe(en);
  });

  it('covers every issue code in both locales and names the cell first', () => {
    const covered = new Set(GOLDEN.map(([input]) => input.code));
    expect([...covered].sort()).toEqual(Object.keys(SEVERITY).sort());
    for (const [input] of GOLDEN) {
      for (const locale of LOCALES)
        expect(issueMessage(input, locale).startsWith(input.cell)).toBe(true);
    }
  });
});

describe('labels', () => {
  it.each<[Status, string, string]>([
    ['done', '已完成', 'Done'],
    ['on-track', '达序时', 'On track'],
    ['behind', '滞后', 'Behind'],
    ['severely-behind', '严重滞后', 'Severely behind'],
    ['no-target', '无目标', 'No target'],
    ['invalid', '数据错误', 'Data error'],
    ['qualitative', '定性评价', 'Qualitative'],
  ])('status %s', (status, zh, en) => {
    expect(statusLabel(status, 'zh-CN')).toBe(zh);
    expect(statusLabel(status, 'en-US')).toBe(en);
  });

  it.each<[number, string]>([
    [0.0205, '0.0205'],
    [1 / 3, '0.3333'],
    [33700, '33700'],
    [-14.2857, '-14.2857'],
    [0.0000123, '0.0000123'],
    [0, '0'],
  ])('formatNumber(%p) → %p', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});
