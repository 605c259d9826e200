// --annotate: a copy of the input workbook (or of the CSV as a workbook) with a status column
// after the used range, fills on behind and invalid cells and the issues as notes. The input file
// itself is never written.
import path from 'node:path';
import {
  columnIndex,
  issueMessage,
  statusLabel,
  type CheckReport,
  type Locale,
  type Status,
} from '../core';
import type { Workbook, Worksheet } from 'exceljs';
import { loadExcelJs } from './exceljs';
import type { InputTable } from './input';

const LIGHT_ORANGE = 'FFFCE4D6';
const LIGHT_RED = 'FFFFC7CE';
const STATUS_HEADER: Record<Locale, string> = { 'zh-CN': '核验状态', 'en-US': 'Status' };

const FILL_BY_STATUS: Partial<Record<Status, string>> = {
  behind: LIGHT_ORANGE,
  'severely-behind': LIGHT_ORANGE,
  invalid: LIGHT_RED,
};

/** Last column of an A1 range such as 'B3:H20'. */
function lastColumn(range: string): number {
  const end = range.split(':').pop() ?? range;
  const letters = /[A-Z]+/.exec(end.replace(/^.*!/, '').replace(/\$/g, ''))?.[0] ?? 'A';
  return columnIndex(letters) + 1; // exceljs counts columns from 1
}

/** Copies the style so a fill never leaks to other cells sharing the loaded style object. */
function fill(sheet: Worksheet, address: string, argb: string): void {
  const cell = sheet.getCell(address);
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
}

const plainNumber = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function csvWorkbook(
  ExcelJS: typeof import('exceljs'),
  input: InputTable,
): { workbook: Workbook; sheet: Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const name = path.basename(input.file, path.extname(input.file)).replace(/[[\]:*?/\\]/g, '_');
  const sheet = workbook.addWorksheet(name.slice(0, 31) || 'Sheet1');
  for (const row of input.grid.values) {
    sheet.addRow(
      row.map((value) =>
        typeof value !== 'string'
          ? value
          : value === ''
            ? null
            : plainNumber.test(value)
              ? Number(value)
              : value,
      ),
    );
  }
  return { workbook, sheet };
}

async function openCopy(input: InputTable): Promise<{ workbook: Workbook; sheet: Worksheet }> {
  const ExcelJS = await loadExcelJs();
  if (input.kind === 'csv') return csvWorkbook(ExcelJS, input);
  const workbook = new ExcelJS.Workbook();
  // exceljs types say Buffer; JSZip underneath takes the ArrayBuffer.
  await workbook.xlsx.load(input.bytes.slice().buffer as never);
  const sheet = workbook.getWorksheet(input.sheetName ?? undefined) ?? workbook.worksheets[0];
  if (!sheet) throw new Error('sheet vanished between reads');
  return { workbook, sheet };
}

function mark(sheet: Worksheet, report: CheckReport, locale: Locale): void {
  const statusColumn = lastColumn(report.range) + 1;
  const headerRow = report.header?.row;
  if (headerRow !== undefined) {
    const header = sheet.getCell(headerRow, statusColumn);
    header.value = STATUS_HEADER[locale];
    header.font = { bold: true };
  }
  sheet.getColumn(statusColumn).width = Math.max(sheet.getColumn(statusColumn).width ?? 0, 12);
  for (const indicator of report.indicators) {
    const statusCell = sheet.getCell(indicator.row, statusColumn);
    statusCell.value = statusLabel(indicator.status, locale);
    const argb = FILL_BY_STATUS[indicator.status];
    if (!argb) continue;
    fill(sheet, statusCell.address, argb);
    if (argb === LIGHT_ORANGE && indicator.cells.actual) fill(sheet, indicator.cells.actual, argb);
  }
  const notes = new Map<string, string[]>();
  for (const issue of report.issues) {
    if (issue.severity === 'error') fill(sheet, issue.cell, LIGHT_RED);
    notes.set(issue.cell, [...(notes.get(issue.cell) ?? []), issueMessage(issue, locale)]);
  }
  for (const [address, messages] of notes) {
    const cell = sheet.getCell(address);
    if (cell.note === undefined) cell.note = messages.join('\n');
  }
}

/** The annotated workbook as bytes, ready to be written to the --annotate path. */
export async function annotatedCopy(
  input: InputTable,
  report: CheckReport,
  locale: Locale,
): Promise<Uint8Array> {
  const { workbook, sheet } = await openCopy(input);
  mark(sheet, report, locale);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
