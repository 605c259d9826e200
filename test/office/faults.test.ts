// Faults mid-way: a batch can fail after part of it ran (a network drop on the web, the workbook
// closed, a protected sheet). For every k, failing the k-th action of a check, a re-run or a clear
// leaves the user's cells as they were, records whatever was written so 清除标记 removes it, and
// gives the user a message.
import fc from 'fast-check';
import { checkTable, failureOutcome } from '../../src/core';
import { ExcelWorkbook } from '../../src/office';
import { installFakeOffice } from './fake/install';
import type { FakeOffice } from './fake/install';
import type { Value } from './fake/model';
import { TABLE, check, setup } from './fixtures';
import type { Setup } from './fixtures';

type Scenario = 'check' | 're-run' | 'clear';

async function checkOnce(s: { workbook: ExcelWorkbook }): Promise<void> {
  const source = await s.workbook.readSource('auto');
  await s.workbook.writeMarks(check(source), source, { mode: 'column', locale: 'zh-CN' });
}

async function act(s: Setup, scenario: Scenario): Promise<void> {
  if (scenario === 'clear') await s.workbook.clearMarks();
  else await checkOnce(s);
}

/** Runs `scenario` with the k-th action failing; true when the fault hit. */
async function withFaultAt(office: FakeOffice, k: number, run: () => Promise<void>) {
  office.model.failAtOp = office.model.opsRun + k;
  try {
    await run();
    return false;
  } catch (error) {
    expect(error).toMatchObject({ code: 'host-error', hostCode: 'GeneralException' });
    const outcome = failureOutcome(error, 'zh-CN', 'check');
    expect(outcome).toMatchObject({ tone: 'error', title: '核验未完成' });
    expect(outcome.lines.join('')).toContain('Excel 报告了一个错误');
    return true;
  } finally {
    office.model.failAtOp = null;
  }
}

describe.each<Scenario>(['check', 're-run', 'clear'])(
  'a fault at any action of a %s',
  (scenario) => {
    let s: Setup | undefined;
    afterEach(() => s?.office.uninstall());

    it('leaves user cells as they were, and 清除标记 then removes every mark', async () => {
      let faults = 0;
      for (let k = 0; ; k += 1) {
        s?.office.uninstall();
        s = setup();
        const before = s.sheet.snapshot();
        if (scenario !== 'check') await checkOnce(s);
        const current = s;
        const hit = await withFaultAt(s.office, k, () => act(current, scenario));
        await s.workbook.clearMarks();
        expect({ k, cells: s.sheet.snapshot(), sheets: s.office.model.sheets.length }).toEqual({
          k,
          cells: before,
          sheets: 1,
        });
        if (!hit) break;
        faults += 1;
      }
      expect(faults).toBeGreaterThan(5);
    });
  },
);

describe('faults at random actions of random tables', () => {
  it('never change user cells, and 清除标记 restores the sheet', async () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 3000 }),
      fc.constantFrom('x', '约3万', '21%', ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Scenario>('check', 're-run', 'clear'),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom<'column' | 'sheet'>('column', 'sheet'),
        async (rows, scenario, k, mode) => {
          const office = installFakeOffice();
          try {
            const sheet = office.model.addSheet('Sheet1');
            const body: Value[][] = rows.map((r, i) => [`指标${i}`, '件', ...r]);
            sheet.put('B2', [...TABLE.slice(0, 2), ...body]);
            office.model.select('C4');
            const before = sheet.snapshot();
            const workbook = new ExcelWorkbook();
            const run = async () => {
              const source = await workbook.readSource('auto');
              const report = checkTable(source.grid, { asOf: '2026-06-30' });
              await workbook.writeMarks(report, source, { mode, locale: 'zh-CN' });
            };
            if (scenario !== 'check') await run();
            office.model.failAtOp = office.model.opsRun + k;
            await (scenario === 'clear' ? workbook.clearMarks() : run()).catch((error: unknown) => {
              expect(error).toMatchObject({ code: 'host-error' });
            });
            office.model.failAtOp = null;
            office.model.activeSheetId = sheet.id;
            await workbook.clearMarks();
            expect(sheet.snapshot()).toEqual(before);
            expect(office.model.sheets).toHaveLength(1);
          } finally {
            office.uninstall();
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
