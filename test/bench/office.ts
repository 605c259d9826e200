// Round trips and time of the Excel adapter on the office-addin-mock fake with 10,000 indicator
// rows: a first check = read (1 sync) + look and write (2 syncs); a re-run reads the marks record
// too (+1). The record travels in those batches: no document-settings round trips. Then 100,000
// rows, where every read and write is split under the 5 MB payload limit (the fake counts UTF-8
// bytes and fails above it). Last line is JSON for CI.
import { performance } from 'node:perf_hooks';
import { checkTable } from '../../src/core';
import { ExcelWorkbook, RoundTripCounter } from '../../src/office';
import { installFakeOffice } from '../office/fake/install';
import type { Value } from '../office/fake/model';

const ROWS = 10_000;
const UNITS = ['件', '家', '亿元', '人次', '项'];

function table(rows: number): Value[][] {
  const out: Value[][] = [['指标名称', '单位', '年度目标', '累计完成', '去年同期']];
  for (let i = 0; i < rows; i += 1) {
    const target = 100 + (i % 50) * 10;
    const actual = i % 97 === 0 ? 'x' : Math.round(target * ((i % 10) / 10 + 0.05));
    out.push([
      `指标${i + 1}`,
      UNITS[i % UNITS.length] ?? '件',
      target,
      actual,
      Math.round(target * 0.4),
    ]);
  }
  return out;
}

const ms = (from: number): string => `${(performance.now() - from).toFixed(1)} ms`;

interface Figures {
  syncsRead: number;
  syncsWrite: number;
  syncsRerun: number;
  settingsRoundTrips: number;
}

async function bench(
  excelApi: number,
  rows = ROWS,
  mode: 'column' | 'sheet' = 'column',
): Promise<Figures> {
  const office = installFakeOffice({ excelApi });
  const sheet = office.model.addSheet('Sheet1').put('A1', table(rows));
  office.model.select('A1');
  const counter = new RoundTripCounter();
  const workbook = new ExcelWorkbook({ counter });
  const host = `[ExcelApi 1.${excelApi}, ${rows.toLocaleString('en-US')} rows, ${mode}]`;

  let start = performance.now();
  const source = await workbook.readSource('auto');
  const syncsRead = counter.syncs;
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `${host} read ${source.grid.values.length - 1} rows: ${ms(start)}, ${syncsRead} sync, ` +
      `response ${mb(office.model.largestResponseBytes)} of 5 MB`,
  );

  start = performance.now();
  const report = checkTable(source.grid, { asOf: '2026-06-30' });
  const behind = report.summary.behind + report.summary.severelyBehind;
  console.log(`${host} check: ${ms(start)} (${behind} behind, ${report.issues.length} issues)`);

  counter.reset();
  office.model.largestRequestBytes = 0;
  start = performance.now();
  const summary = await workbook.writeMarks(report, source, { mode, locale: 'zh-CN' });
  const syncsWrite = counter.syncs;
  console.log(
    `${host} write ${summary.cellsMarked} cells, ${summary.notes} notes: ${ms(start)}, ` +
      `${syncsWrite} sync, request ${mb(office.model.largestRequestBytes)} of 5 MB`,
  );

  counter.reset();
  start = performance.now();
  const again = await workbook.readSource('auto');
  await workbook.writeMarks(checkTable(again.grid, { asOf: '2026-06-30' }), again, {
    mode,
    locale: 'zh-CN',
  });
  const syncsRerun = counter.syncs;
  const { settingsRefresh, settingsSave } = counter.snapshot();
  console.log(
    `${host} re-run (read + write): ${ms(start)}, ${syncsRerun} syncs, ` +
      `largest request ${mb(office.model.largestRequestBytes)}, response ${mb(office.model.largestResponseBytes)}`,
  );

  counter.reset();
  start = performance.now();
  await workbook.clearMarks();
  const left = sheet.value(0, 5) === '' ? 'none' : 'some';
  console.log(`${host} clear: ${ms(start)}, ${counter.syncs} syncs; marks left: ${left}`);
  office.uninstall();
  return { syncsRead, syncsWrite, syncsRerun, settingsRoundTrips: settingsRefresh + settingsSave };
}

async function main(): Promise<void> {
  await bench(8);
  const figures = await bench(18);
  if (process.argv.includes('--quick')) {
    console.log(JSON.stringify({ rows: ROWS, ...figures }));
    return;
  }
  const large = await bench(18, 100_000, 'column');
  const largeSheet = await bench(18, 100_000, 'sheet');
  console.log(
    JSON.stringify({
      rows: ROWS,
      ...figures,
      syncsRead100k: large.syncsRead,
      syncsWrite100k: large.syncsWrite,
      syncsWriteSheet100k: largeSheet.syncsWrite,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
