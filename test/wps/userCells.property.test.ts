// The Excel adapter's property, on WPS: whatever the table and whatever the user keeps around it,
// checking, re-checking and clearing never change a value, formula or comment the user wrote, and
// clearing restores the sheet exactly.
import fc from 'fast-check';
import { checkTable } from '../../src/core';
import { WpsWorkbook } from '../../src/wps/wpsWorkbook';
import { installFakeWps } from './fake/install';
import { FakeBook } from './fake/model';
import type { Value } from './fake/model';
import { TABLE, changedUserCells, userContent } from './fixtures';

const cellValue = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -50, max: 5000 }),
  fc.constantFrom('x', '—', '约3万', '1.5014亿元', '21%', '#N/A', '=A1*2', '备注'),
);
const extraCell = fc.record({
  row: fc.integer({ min: 0, max: 10 }),
  column: fc.integer({ min: 0, max: 9 }),
  value: cellValue,
  comment: fc.boolean(),
});

describe('user cells survive check, re-check and clear (WPS)', () => {
  it('holds for random tables, neighbours, comments, selections and modes', async () => {
    let checked = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellValue, { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(extraCell, { maxLength: 6 }),
        fc.constantFrom('auto', 'selection', 'sheet', 'table'),
        fc.constantFrom<'column' | 'sheet'>('column', 'sheet'),
        fc.boolean(),
        async (rows, extras, kind, mode, fillSome) => {
          runs += 1;
          const book = new FakeBook();
          const wps = installFakeWps(book);
          try {
            const sheet = book.addSheet('Sheet1');
            const body: Value[][] = rows.map((r, i) => [`指标${i}`, '件', ...r]);
            sheet.put('B2', [...TABLE.slice(0, 2), ...body]);
            for (const { row, column, value, comment } of extras) {
              sheet.put(`${'ABCDEFGHIJ'[column]}${row + 1}`, [[value]]);
              if (comment) sheet.comments.set(`${row},${column}`, '用户批注');
            }
            if (fillSome) sheet.update(3, 4, { fill: 0xf0b000 });
            book.select(kind === 'selection' ? 'B2:F8' : 'C4');
            const before = sheet.snapshot();
            const values = userContent(sheet);
            const workbook = new WpsWorkbook(() => wps.app);
            for (let run = 0; run < 2; run += 1) {
              book.activeSheet = sheet;
              const source = await workbook.readSource(kind).catch((error: unknown) => {
                // A read may only refuse for a reason the user is told (nothing to check there).
                expect(error).toMatchObject({ code: expect.stringMatching(/^no-(data|table)$/) });
                return null;
              });
              if (!source) return;
              if (run === 0) checked += 1;
              const report = checkTable(source.grid, { asOf: '2026-06-30' });
              await workbook.writeMarks(report, source, { mode, locale: 'zh-CN' });
              expect(changedUserCells(values, userContent(sheet))).toEqual([]);
              for (const [key, text] of Object.entries(before.comments)) {
                expect(sheet.comments.get(key)).toBe(text);
              }
            }
            await workbook.clearMarks();
            expect(sheet.snapshot()).toEqual(before);
            expect(book.sheets).toHaveLength(1);
          } finally {
            wps.uninstall();
          }
        },
      ),
      { numRuns: 60 },
    );
    // Most generated tables must really be checked, or the property proves little.
    expect(checked).toBeGreaterThan(runs * 0.8);
  });
});
