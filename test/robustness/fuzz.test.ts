// Properties over random tables and cell strings, through parser → checkTable → buildNarrative
// (zh-CN, en-US) → text and HTML export: nothing throws, every issue cell lies inside the range,
// every number in the narrative comes from the report, and no markup from cells reaches the HTML.
import fc from 'fast-check';
import JSZip from 'jszip';
import {
  buildNarrative,
  checkTable,
  narrativeToDocx,
  narrativeProseToText,
  narrativeToHtml,
  narrativeToText,
  type CellGrid,
  type CellValue,
} from '../../src/core';
import { parseCsv } from '../../src/core/import/csv';
import { parseCell } from '../../src/core/table/parseCell';
import { MARKUP, PLACEHOLDERS, checkOptions, locale, numberish, table, title } from './arbitraries';
import { DOCX_RUNS, DOCX_TIMEOUT_MS, FUZZ_RUNS } from './budgets';
import { foreignMarkup } from './htmlTags';
import { reportInvariantFailures } from './invariants';
import { unexplainedNumbers } from './numbersInText';

const runs = { numRuns: FUZZ_RUNS };

describe('fuzz: cells', () => {
  it('parseCell never throws, reads only finite numbers, never a number from a placeholder', () => {
    const format = fc.option(fc.constantFrom('General', '0%', '0"万元"', 'yyyy-mm-dd', ''), {
      nil: undefined,
    });
    fc.assert(
      fc.property(numberish, format, fc.option(fc.string(), { nil: undefined }), (v, f, t) => {
        const parsed = parseCell(v, f, t);
        if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      runs,
    );
    const decorated = fc.tuple(
      fc.constantFrom('', ' ', '\u3000', '约', '共'),
      fc.constantFrom(...PLACEHOLDERS),
      fc.constantFrom('', ' ', '\u00a0'),
    );
    fc.assert(
      fc.property(decorated, ([before, placeholder, after]) => {
        expect(parseCell(`${before}${placeholder}${after}`).kind).toBe('invalid');
      }),
      runs,
    );
  });
});

describe('fuzz: tables through the whole pipeline', () => {
  it('checkTable never throws and keeps every issue cell inside the range', () => {
    fc.assert(
      fc.property(table, checkOptions, (grid, options) => {
        expect(reportInvariantFailures(checkTable(grid, options))).toEqual([]);
      }),
      runs,
    );
  });

  it('the narrative and its exports never throw, and every number in them is from the report', () => {
    fc.assert(
      fc.property(table, checkOptions, locale, title, (grid, options, lang, heading) => {
        const report = checkTable(grid, options);
        const narrative = buildNarrative(report, {
          locale: lang,
          ...(heading === undefined ? {} : { title: heading }),
        });
        // The prose, line by line; the appendix table (its own test) follows it in the full text.
        const text = narrativeProseToText(narrative);
        expect(narrativeToText(narrative).startsWith(text)).toBe(true);
        const joined = narrative.paragraphs
          .map((paragraph) => paragraph.segments.map((segment) => segment.text).join(''))
          .join('\n');
        expect(text).toBe(joined);
        expect(unexplainedNumbers(narrative, report, heading)).toEqual([]);
        expect(foreignMarkup(narrativeToHtml(narrative))).toEqual([]);
      }),
      runs,
    );
  });

  it('markup in names, units, parents, notes and titles never reaches the HTML as markup', () => {
    const hostile = fc.constantFrom(...MARKUP);
    const row = fc.tuple(hostile, hostile, numberish, numberish, numberish, hostile, hostile);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        locale,
        hostile,
        (rows, lang, t) => {
          const header = [
            '指标名称',
            '单位',
            '年度目标',
            '累计完成',
            '去年同期',
            '上级指标',
            '备注',
          ];
          const report = checkTable({ address: 'A1', values: [header, ...rows] }, {});
          const html = narrativeToHtml(buildNarrative(report, { locale: lang, title: t }));
          expect(foreignMarkup(html)).toEqual([]);
        },
      ),
      runs,
    );
  });

  it(
    'the .docx export never fails and carries no markup from cells into document.xml',
    async () => {
      const hostile = fc.constantFrom(...MARKUP);
      const row = fc.tuple(hostile, fc.constantFrom('件', '亿元', '%'), numberish, numberish);
      await fc.assert(
        fc.asyncProperty(
          fc.array(row, { minLength: 1, maxLength: 6 }),
          locale,
          async (rows, lang) => {
            const header = ['指标名称', '单位', '年度目标', '累计完成'];
            const report = checkTable({ address: 'A1', values: [header, ...rows] }, {});
            const bytes = await narrativeToDocx(buildNarrative(report, { locale: lang }));
            const zip = await JSZip.loadAsync(bytes);
            const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
            expect(xml).toContain('<w:body>');
            expect(xml).not.toMatch(/<(?:img|script|svg|b|p|!--)[\s>]/);
          },
        ),
        { numRuns: DOCX_RUNS },
      );
    },
    DOCX_TIMEOUT_MS,
  );

  it('tables written as CSV parse back and check without throwing', () => {
    const csvField = (cell: CellValue): string => {
      const textOf = cell === null || cell === undefined ? '' : String(cell);
      return /[",\r\n]/.test(textOf) ? `"${textOf.replace(/"/g, '""')}"` : textOf;
    };
    const delimiter = fc.constantFrom(',', '\t', ';');
    fc.assert(
      fc.property(table, delimiter, (grid: CellGrid, sep) => {
        const csv = grid.values.map((row) => row.map(csvField).join(sep)).join('\r\n');
        const parsed = parseCsv(new TextEncoder().encode(csv));
        if (!parsed.ok) return;
        const width = parsed.grid.values[0]?.length ?? 0;
        for (const row of parsed.grid.values) expect(row).toHaveLength(width);
        const report = checkTable(parsed.grid, { asOf: '2026-06-30' });
        expect(reportInvariantFailures(report)).toEqual([]);
      }),
      runs,
    );
  });

  it('random bytes never make the CSV reader throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const parsed = parseCsv(bytes);
        if (parsed.ok) checkTable(parsed.grid);
        else expect(['empty', 'unknown-encoding', 'binary']).toContain(parsed.reason);
      }),
      runs,
    );
  });
});
