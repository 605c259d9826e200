// exceljs cell value → the plain value Excel would hand to the core (cached formula results,
// plain text for rich text, ISO text for dates, the error string for error values).
import type { CellValue } from '../types';

type Scalar = number | string | boolean | Date | { error: string };
type ExcelValue =
  | null
  | undefined
  | Scalar
  | { richText: { text: string }[] }
  | { text: string | { richText: { text: string }[] }; hyperlink: string }
  | { formula?: string; sharedFormula?: string; result?: Scalar };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** exceljs dates are UTC instants standing for the sheet's wall-clock value. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '#VALUE!';
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

function scalar(value: Scalar | undefined): CellValue {
  if (value === undefined) return null;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') return value.error;
  return value;
}

const richTextToPlain = (runs: { text: string }[]): string => runs.map((r) => r.text).join('');

export function plainCellValue(raw: unknown): CellValue {
  const value = raw as ExcelValue;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return scalar(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return richTextToPlain(value.richText);
  if ('hyperlink' in value) {
    return typeof value.text === 'string' ? value.text : richTextToPlain(value.text.richText);
  }
  if ('formula' in value || 'sharedFormula' in value) return scalar(value.result);
  return null;
}
