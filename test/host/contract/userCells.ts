// Whatever the table and whatever the user keeps around it (values, formulas, notes or comments,
// a fill), checking, re-checking and clearing never change a value, formula or note the user
// wrote, and clearing restores the sheet exactly. Each host's userCells.property.test.ts runs this.
import fc from 'fast-check';
import type { SourceKind } from '../../../src/core';
import { TABLE } from '../../office/fixtures';
import type { Value } from '../fake/grid';
import { changedUserCells, check } from './driver';
import type { HostDriver, HostSession } from './driver';

const cellValue = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -50, max: 5000 }),
  fc.constantFrom('x', '—', '约3万', '1.5014亿元', '21%', '#N/A', '=A1*2', '备注'),
);
const extraCell = fc.record({
  row: fc.integer({ min: 0, max: 10 }),
  column: fc.integer({ min: 0, max: 9 }),
  value: cellValue,
  note: fc.boolean(),
});

export function describeUserCellsContract<S extends HostSession, O extends object>(
  host: HostDriver<S, O>,
): void {
  describe(`${host.host} under the host contract: user cells survive check, re-check and clear`, () => {
    it('holds for random tables, neighbours, notes, selections, modes and host versions', async () => {
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
          host.variants,
          async (rows, extras, kind, mode, fillSome, variant) => {
            runs += 1;
            const body: Value[][] = rows.map((r, i) => [`指标${i}`, '件', ...r]);
            const s = host.setup({ ...variant, rows: [...TABLE.slice(0, 2), ...body] });
            try {
              const { sheet } = s;
              for (const { row, column, value, note } of extras) {
                sheet.put(`${'ABCDEFGHIJ'[column]}${row + 1}`, [[value]]);
                if (note) sheet.setNote(row, column, '用户批注');
              }
              if (fillSome) sheet.setFill(3, 4, '#00B0F0');
              let read: SourceKind = kind;
              if (kind === 'table') {
                read = host.addTable(s, { r0: 2, c0: 1, r1: 2 + body.length, c1: 5 });
              }
              s.select(kind === 'selection' ? 'B2:F8' : 'C4');
              const before = sheet.snapshot();
              const values = sheet.userContent();
              const notes = extras
                .filter((x) => x.note)
                .map(({ row, column }) => [row, column, sheet.note(row, column)] as const);
              for (let run = 0; run < 2; run += 1) {
                s.activate(sheet);
                // A read may only refuse for a reason the user is told (nothing to check there).
                const source = await s.workbook.readSource(read).catch((error: unknown) => {
                  expect(error).toMatchObject({ code: expect.stringMatching(/^no-(data|table)$/) });
                  return null;
                });
                if (!source) return;
                if (run === 0) checked += 1;
                await s.workbook.writeMarks(check(source), source, { mode, locale: 'zh-CN' });
                expect(changedUserCells(values, sheet.userContent())).toEqual([]);
                for (const [row, column, text] of notes) expect(sheet.note(row, column)).toBe(text);
              }
              await s.workbook.clearMarks();
              expect(sheet.snapshot()).toEqual(before);
              for (const [row, column, text] of notes) expect(sheet.note(row, column)).toBe(text);
              expect(s.sheetNames()).toHaveLength(1);
            } finally {
              s.uninstall();
            }
          },
        ),
        { numRuns: 60 },
      );
      // Most generated tables must really be checked, or the property proves little.
      expect(checked).toBeGreaterThan(runs * 0.8);
    });
  });
}
