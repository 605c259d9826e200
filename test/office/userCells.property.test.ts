// Whatever the table and whatever the user keeps around it, checking, re-checking and clearing
// never change a value or formula the user wrote, and clearing restores the sheet exactly.
import fc from 'fast-check';
import { checkTable } from '../../src/core';
import { ExcelWorkbook } from '../../src/office';
import { installFakeOffice } from './fake/install';
import { FakeTable } from './fake/model';
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
});

describe('user cells survive check, re-check and clear', () => {
  it('holds for random tables, neighbours, selections and modes', async () => {
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
        fc.integer({ min: 7, max: 18 }),
        async (rows, extras, kind, mode, fillSome, excelApi) => {
          runs += 1;
          const office = installFakeOffice({ excelApi });
          try {
            const sheet = office.model.addSheet('Sheet1');
            const body: Value[][] = rows.map((r, i) => [`指标${i}`, '件', ...r]);
            sheet.put('B2', [...TABLE.slice(0, 2), ...body]);
            for (const { row, column, value } of extras)
              sheet.put(`${'ABCDEFGHIJ'[column]}${row + 1}`, [[value]]);
            if (fillSome) sheet.update(3, 4, { fill: '#00B0F0' });
            if (kind === 'table') {
              sheet.tables.push(new FakeTable('T', { r0: 2, c0: 1, r1: 2 + body.length, c1: 5 }));
            }
            office.model.select(kind === 'selection' ? 'B2:F8' : 'C4');
            const before = sheet.snapshot();
            const values = userContent(sheet);
            const workbook = new ExcelWorkbook();
            for (let run = 0; run < 2; run += 1) {
              office.model.activeSheetId = sheet.id;
              // A read may only refuse for a reason the user is told (nothing to check there).
              const source = await workbook
                .readSource(kind === 'table' ? 'auto' : kind)
                .catch((error: unknown) => {
                  expect(error).toMatchObject({ code: expect.stringMatching(/^no-(data|table)$/) });
                  return null;
                });
              if (!source) return;
              if (run === 0) checked += 1;
              const report = checkTable(source.grid, { asOf: '2026-06-30' });
              await workbook.writeMarks(report, source, { mode, locale: 'zh-CN' });
              expect(changedUserCells(values, userContent(sheet))).toEqual([]);
            }
            await workbook.clearMarks();
            expect(sheet.snapshot()).toEqual(before);
            expect(office.model.sheets).toHaveLength(1);
          } finally {
            office.uninstall();
          }
        },
      ),
      { numRuns: 60 },
    );
    // Most generated tables must really be checked, or the property proves little.
    expect(checked).toBeGreaterThan(runs * 0.8);
  });
});
