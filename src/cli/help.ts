// Usage text printed by --help, per locale.
import type { Locale } from '../core';

const zh = `用法：indicator-assistant check <文件.xlsx|文件.csv>... [选项]

核验指标表的完成情况（年度目标、序时进度、去年同期），并生成工作总结。

选项：
  --sheet 名称                 读取的工作表（默认第一个工作表）
  --as-of YYYY-MM-DD           截至日期，按月推算序时进度。不指定时：表格标题写明期间的
                               （上半年、一季度、前三季度、1-9月、全年……）取该期间末，如
                               “2026年上半年”→2026-06-30（标题未写年份时取上月末所在年份）；
                               否则取上一个完整月份的月末
  --progress 0..1              直接指定序时进度，覆盖 --as-of 的推算
  --severe-gap 0..1            低于序时进度多少算严重滞后（默认 0.2）
  --locale zh-CN|en-US         输出语言（默认 zh-CN）
  --format json|text|html|docx 输出格式（默认 text；docx 必须配合 --out）
  --out 文件                   写入该文件（默认输出到标准输出）
  --annotate 输出.xlsx         另存一份工作簿副本，标注方式与 Excel 加载项相同：表格右侧加“核验状态”列，
                               滞后的完成数填浅黄色、严重滞后填浅红色、数据错误的单元格填浅紫色，
                               问题写在状态列的批注中；原文件不会被修改
  --templates 文件.json        自定义总结模板（ICU MessageFormat），格式为 {"模板名": "模板"}
                               或 {"zh-CN": {...}, "en-US": {...}}；有误则报错退出
  --rollup                     把多个文件中同名指标相加，合成一份报告（如县区汇总到市）
  --columns 角色=列,...        指定各列，覆盖自动识别，如 name=C,actual=E,yoyGrowth=F；分组多列用 +
                               （group=A+B）。角色：name group unit target actual lastYear yoyGrowth
                               parent category direction note，以及绩效自评表的 targetOp（指标性质）
                               maxScore（分值）tableScore（得分）deviationReason（偏差原因）
  --header-row 行号            指定表头所在的行（工作表行号），覆盖自动识别
  --lower 名称,...             这些指标越低越好（逆向，如 单位GDP能耗,项目成本）；表中的“≤”目标
                               和“方向”列优先，名称本身不作为依据
  --higher 名称,...            确认这些指标越高越好（名称像逆向指标时不再提示）
  --mode auto|selfeval|progress
                               auto（默认）：表头有“分值”和“得分”时按绩效自评表计分；selfeval：
                               按绩效自评表计分；progress：按进度表核验，不计分
  -h, --help                   显示本帮助
  -v, --version                显示版本号

多个文件：每个文件一份报告。--format json 时输出一个对象 {"reports": [...]}，
每份报告多一个 "file" 字段；text 依次输出；html、docx 合成一份，每个文件一个标题。
加 --rollup 时只输出汇总报告，其 issues 每条多一个 "file" 字段，指明问题出自哪个文件。
JSON 输出到终端时缩进排版；输出到管道或 --out 文件时为紧凑格式（内容相同）。

--format json 输出的字段：asOf、asOfSource（option 指定、title 按标题期间、default 上月末）、
asOfPeriod（按标题时：title、text、year、yearInTitle）、asOfNote、expectedProgress、summary、indicators（name、row、unit、category、
parent、group、target、actual、lastYear、completionRate、yoyGrowth、yoyChangePoints、status、cells，
以及 targetOp、targetText、actualText、direction、qualitative、assessment、maxScore、score、
tableScore）、issues（code、severity、cell、row、indicator、message）、narrative（locale、paragraphs，
识别不确定时 withheld: true 且不生成段落）、table（title、headerRow、columns、confidence：表格是
怎样读取的）、evaluation（绩效自评表的 maxScore、score、tableScore、grade、budget，不是自评表时为 null）。

退出码：
  0  核验完成（可以有滞后指标）
  1  表格有数据错误（如非数字、缺少必需列），或表格识别不确定（ambiguous-reading，不生成总结），
     报告照常输出
  2  用法错误、文件不存在或无法读取、找不到表头、不是指标表；原因在标准错误输出一行

示例：
  indicator-assistant check 指标表.xlsx --as-of 2026-06-30
  indicator-assistant check 县区A.csv 县区B.csv --rollup --format json
  indicator-assistant check 指标表.xlsx --format docx --out 总结.docx
  indicator-assistant check 指标表.xlsx --annotate 指标表-核验.xlsx
`;

const en = `Usage: indicator-assistant check <file.xlsx|file.csv>... [options]

Checks an indicator table against its annual targets, the schedule and last year, and writes
the work summary.

Options:
  --sheet NAME                 sheet to read (default: the first sheet)
  --as-of YYYY-MM-DD           as-of date; the expected progress follows the month. Default:
                               the end of the period the table's title names (上半年, 一季度,
                               前三季度, 1-9月, 全年…: 2026年上半年 → 2026-06-30; no year in the
                               title: the year of the last full month), else the end of the last
                               full month
  --progress 0..1              expected progress, overriding the one derived from --as-of
  --severe-gap 0..1            how far below the expected progress is severely behind (default 0.2)
  --locale zh-CN|en-US         output language (default zh-CN)
  --format json|text|html|docx output format (default text; docx needs --out)
  --out FILE                   write to FILE (default: standard output)
  --annotate OUT.xlsx          write a copy of the workbook marked as the Excel add-in marks it: a
                               "Status" column after the table, behind figures filled light yellow,
                               severely behind light red, cells with data errors light purple, the
                               issues as notes on the status cells; the input file is never modified
  --templates FILE.json        narrative templates (ICU MessageFormat) as {"id": "template"} or
                               {"zh-CN": {...}, "en-US": {...}}; invalid templates stop the run
  --rollup                     add up indicators of the same name across files into one report
                               (county tables into the city's)
  --columns ROLE=COL,...       the column of each role, overriding the reading, e.g.
                               name=C,actual=E,yoyGrowth=F; several group columns with + (group=A+B).
                               Roles: name group unit target actual lastYear yoyGrowth parent
                               category direction note, and for a 绩效自评表 targetOp (指标性质)
                               maxScore (分值) tableScore (得分) deviationReason (偏差原因)
  --header-row N               the sheet row of the header, overriding the reading
  --lower NAME,...             these indicators are better lower (e.g. 单位GDP能耗); a "≤" target and
                               a direction column come first, a name alone is never evidence
  --higher NAME,...            confirm these are better higher (no more asking about their names)
  --mode auto|selfeval|progress
                               auto (default): score the table as a 绩效自评表 when its header has
                               分值 and 得分; selfeval: always; progress: never
  -h, --help                   show this help
  -v, --version                show the version

Several files: one report per file. With --format json the output is one object
{"reports": [...]} whose reports carry a "file" field; text prints them one after another;
html and docx combine them, one heading per file. With --rollup only the roll-up is printed;
each of its issues carries a "file" field naming the file it comes from.
JSON is indented at a terminal and compact into a pipe or an --out file (the same content).

--format json fields: asOf, asOfSource (option: given; title: the period the title names;
default: the end of the last full month), asOfPeriod (from the title: title, text, year,
yearInTitle), asOfNote, expectedProgress, summary, indicators (name, row, unit, category,
parent, group, target, actual, lastYear, completionRate, yoyGrowth, yoyChangePoints, status,
cells, and targetOp, targetText, actualText, direction, qualitative, assessment, maxScore, score,
tableScore), issues (code, severity, cell, row, indicator, message), narrative (locale,
paragraphs; withheld: true and no paragraphs when the reading is unsure), table (title,
headerRow, columns, confidence: how the table was read), evaluation (a 绩效自评表's maxScore,
score, tableScore, grade and budget; null for other tables).

Exit codes:
  0  the check ran (indicators may be behind)
  1  the table has errors (e.g. not a number, missing column) or its reading is unsure
     (ambiguous-reading: no summary); the report is still printed
  2  bad usage, a missing or unreadable file, no header found, or not an indicator table; one
     line on standard error

Examples:
  indicator-assistant check table.xlsx --as-of 2026-06-30
  indicator-assistant check county-a.csv county-b.csv --rollup --format json
  indicator-assistant check table.xlsx --format docx --out summary.docx
  indicator-assistant check table.xlsx --annotate table-checked.xlsx
`;

export const helpText = (locale: Locale): string => (locale === 'en-US' ? en : zh);
