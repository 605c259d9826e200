// Places one hostile cell in a minimal valid table and lists how the report differs from its expectation.
import type { CellGrid, CellValue, CheckReport } from '../../src/core/types';
import type { BadCell, BadCellField } from '../fixtures/bad/cells';

const ADDRESS = 'C3';
const HEADER: CellValue[] = ['指标名称', '单位', '年度目标', '累计完成', '去年同期'];
const COLUMN: Record<BadCellField, number> = { target: 2, actual: 3, lastYear: 4 };
const LETTER: Record<BadCellField, string> = { target: 'E', actual: 'F', lastYear: 'G' };
const DATA_ROW = 4;
const DEFAULTS: Record<BadCellField, number> = { target: 1000, actual: 500, lastYear: 400 };

export function gridFor(cell: BadCell): CellGrid {
  const field = cell.field ?? 'actual';
  const row: CellValue[] = ['测试指标', cell.unit ?? null, 0, 0, 0];
  for (const other of Object.keys(COLUMN) as BadCellField[]) row[COLUMN[other]] = DEFAULTS[other];
  row[COLUMN[field]] = cell.input;
  const width = HEADER.length;
  const only = (value: string): string[][] => [
    HEADER.map(() => ''),
    HEADER.map((_, i) => (i === COLUMN[field] ? value : '')),
  ];
  const grid: CellGrid = { address: ADDRESS, values: [HEADER, row.slice(0, width)] };
  if (cell.numberFormat !== undefined) grid.numberFormat = only(cell.numberFormat);
  if (cell.text !== undefined) grid.text = only(cell.text);
  return grid;
}

const same = (a: number | null | undefined, b: number | null): boolean =>
  a === b ||
  (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= Math.abs(b) * 1e-12);

export function cellFailures(cell: BadCell, report: CheckReport): string[] {
  const field = cell.field ?? 'actual';
  const address = `${LETTER[field]}${DATA_ROW}`;
  const failures: string[] = [];
  const indicator = report.indicators[0];
  if (report.indicators.length !== 1 || indicator === undefined) {
    return [`expected one indicator, got ${report.indicators.length}`];
  }
  if (!same(indicator[field], cell.value)) {
    failures.push(`${field} = ${String(indicator[field])}, expected ${String(cell.value)}`);
  }
  if (cell.rowUnit !== undefined && indicator.unit !== cell.rowUnit) {
    failures.push(`unit = ${String(indicator.unit)}, expected ${String(cell.rowUnit)}`);
  }
  const elsewhere = report.issues.filter((issue) => issue.cell !== address);
  for (const issue of elsewhere) failures.push(`unexpected ${issue.code} at ${issue.cell}`);
  const here = report.issues.filter((issue) => issue.cell === address);
  const codes = here.map((issue) => issue.code);
  if (codes.join() !== cell.codes.join()) {
    failures.push(`issues at ${address}: [${codes.join()}], expected [${cell.codes.join()}]`);
  }
  for (const issue of here) {
    if (issue.row !== DATA_ROW) failures.push(`${issue.code} row ${issue.row}`);
    if (
      issue.code === 'not-a-number' &&
      cell.kind !== undefined &&
      issue.params.kind !== cell.kind
    ) {
      failures.push(`kind ${String(issue.params.kind)}, expected ${cell.kind}`);
    }
  }
  const unusable = cell.codes.includes('not-a-number') || cell.codes.includes('unit-mismatch');
  if (unusable && field !== 'lastYear' && indicator.status !== 'invalid') {
    failures.push(`status ${indicator.status}, expected invalid`);
  }
  return failures;
}
