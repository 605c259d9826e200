// --annotate: a copy of the input workbook (or of the CSV as a workbook) marked by the same rule
// as the Excel add-in: a 核验状态 column after the used range, fills on behind and invalid cells,
// the issues as notes. The input file itself is never written.
import path from 'node:path';
import {
  loadExcelJs,
  markPlan,
  noteRows,
  parseRect,
  TONE_COLORS,
  type CheckReport,
  type Locale,
} from '../core';
import type { Workbook, Worksheet } from 'exceljs';
import type { InputTable } from './input';

/** exceljs colours are ARGB without '#'. */
const toArgb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

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

/** The one marking rule (core markPlan): status column after the table, fills, notes on the status cells. */
function mark(sheet: Worksheet, report: CheckReport, locale: Locale): void {
  const plan = markPlan(report, locale);
  const range = parseRect(report.range);
  const statusColumn = (range?.c1 ?? 0) + 2; // exceljs counts columns from 1
  const headerRow = report.header?.row ?? (range ? range.r0 + 1 : 1);
  const lastRow = (range?.r1 ?? 0) + 1;
  const header = sheet.getCell(headerRow, statusColumn);
  header.value = plan.header;
  header.font = { bold: true };
  sheet.getColumn(statusColumn).width = Math.max(sheet.getColumn(statusColumn).width ?? 0, 12);
  for (const status of plan.statuses) sheet.getCell(status.row, statusColumn).value = status.label;
  for (const cell of plan.fills) {
    fill(
      sheet,
      sheet.getCell(cell.row + 1, cell.column + 1).address,
      toArgb(TONE_COLORS[cell.tone]),
    );
  }
  for (const note of noteRows(plan, headerRow, lastRow)) {
    const cell = sheet.getCell(note.row, statusColumn);
    if (cell.note === undefined) cell.note = note.text;
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
