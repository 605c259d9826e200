// What the add-in wrote into a workbook, so that re-runs and 清除标记 touch only our own cells —
// in whichever host wrote them. Stored as a custom XML part (Excel and WPS both keep and read
// those): runs of fills, versioned. Rows and columns are 0-based.
import { z } from 'zod/mini';

export interface CellMark {
  row: number;
  column: number;
}

export interface FillMark extends CellMark {
  color: string;
  /** Fill before ours: a colour, null for "no fill", absent when unknown (write not confirmed). */
  previous?: string | null;
}

export interface NoteMark extends CellMark {
  /** The start of the note's text, to recognise it later. */
  mark: string;
}

export interface StatusColumnMark {
  column: number;
  firstRow: number;
  lastRow: number;
  header: string;
  /** Set when the column was added to an Excel table (removed with the table column). */
  tableName: string | null;
}

export interface MarkEntry {
  sheetId: string;
  sheetName: string;
  /** The checked source; a later check overlapping it (or its status column) replaces this entry. */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  status: StatusColumnMark | null;
  fills: FillMark[];
  notes: NoteMark[];
}

export interface MarksRecord {
  entries: MarkEntry[];
  resultSheet: { id: string; name: string } | null;
}

export interface MarksReadResult {
  record: MarksRecord;
  /** True when a stored record existed but could not be read (its marks are then untracked). */
  corrupted: boolean;
}

const EMPTY_RECORD: MarksRecord = { entries: [], resultSheet: null };
export const MARKS_NAMESPACE = 'urn:indicator-assistant:marks';
/** Where version 1 kept the record (Office document settings, Excel only). */
export const LEGACY_MARKS_KEY = 'indicatorAssistant.marks';

/** What identifies our note: Excel may put the author's name before the text. */
export const noteMark = (text: string): string => text.slice(0, 60);

export const isOurNote = (content: unknown, mark: string): boolean =>
  typeof content === 'string' && content.includes(mark);

export const isEmptyRecord = (record: MarksRecord): boolean =>
  record.entries.length === 0 && record.resultSheet === null;

export function entriesOnSheet(record: MarksRecord, sheetId: string): MarkEntry[] {
  return record.entries.filter((entry) => entry.sheetId === sheetId);
}

const index = () => z.number().check(z.int(), z.minimum(0));
const sheetRef = z.object({ id: z.string(), name: z.string() });

// Version 2, compact: fills as runs [column, firstRow, lastRow, colour, previous] with colours
// from a palette (previous -1: unknown; a null palette entry: no fill).
const storedEntry = z.object({
  sheet: z.tuple([z.string(), z.string()]),
  area: z.tuple([index(), index(), index(), index()]),
  status: z.nullable(z.tuple([index(), index(), index(), z.string(), z.nullable(z.string())])),
  palette: z.array(z.nullable(z.string())),
  fills: z.array(z.tuple([index(), index(), index(), index(), z.number().check(z.int())])),
  notes: z.array(z.tuple([index(), index(), z.string()])),
});
const storedRecord = z.object({
  v: z.literal(2),
  result: z.nullable(sheetRef),
  entries: z.array(storedEntry),
});
type StoredEntry = z.infer<typeof storedEntry>;

// Version 1, as the first Excel version kept it in the document settings.
const v1Cell = { row: index(), column: index() };
const v1Record = z.object({
  version: z.literal(1),
  entries: z.array(
    z.object({
      sheetId: z.string(),
      sheetName: z.string(),
      firstRow: index(),
      lastRow: index(),
      firstColumn: index(),
      lastColumn: index(),
      status: z.nullable(
        z.object({
          column: index(),
          firstRow: index(),
          lastRow: index(),
          header: z.string(),
          tableName: z.nullable(z.string()),
        }),
      ),
      fills: z.array(
        z.object({ ...v1Cell, color: z.string(), previous: z.optional(z.nullable(z.string())) }),
      ),
      notes: z.array(z.object({ ...v1Cell, mark: z.string() })),
    }),
  ),
  resultSheet: z.nullable(sheetRef),
});

function compactEntry(entry: MarkEntry): StoredEntry {
  const palette: (string | null)[] = [];
  const colorIndex = (color: string | null): number => {
    const at = palette.indexOf(color);
    if (at >= 0) return at;
    palette.push(color);
    return palette.length - 1;
  };
  const sorted = [...entry.fills].sort((a, b) => a.column - b.column || a.row - b.row);
  const fills: StoredEntry['fills'] = [];
  for (const fill of sorted) {
    const color = colorIndex(fill.color);
    const previous = fill.previous === undefined ? -1 : colorIndex(fill.previous);
    const last = fills[fills.length - 1];
    if (
      last &&
      last[0] === fill.column &&
      last[2] + 1 === fill.row &&
      last[3] === color &&
      last[4] === previous
    ) {
      last[2] = fill.row;
    } else {
      fills.push([fill.column, fill.row, fill.row, color, previous]);
    }
  }
  const status = entry.status;
  return {
    sheet: [entry.sheetId, entry.sheetName],
    area: [entry.firstRow, entry.firstColumn, entry.lastRow, entry.lastColumn],
    status: status
      ? [status.column, status.firstRow, status.lastRow, status.header, status.tableName]
      : null,
    palette,
    fills,
    notes: entry.notes.map((note) => [note.row, note.column, note.mark]),
  };
}

function expandEntry(stored: StoredEntry): MarkEntry | null {
  const fills: FillMark[] = [];
  for (const [column, firstRow, lastRow, colorAt, previousAt] of stored.fills) {
    const color = stored.palette[colorAt];
    const previous = previousAt === -1 ? undefined : stored.palette[previousAt];
    const badPrevious = previousAt !== -1 && previous === undefined;
    if (typeof color !== 'string' || badPrevious || lastRow < firstRow) return null;
    for (let row = firstRow; row <= lastRow; row += 1) {
      fills.push({ row, column, color, ...(previous === undefined ? {} : { previous }) });
    }
  }
  const [r0, c0, r1, c1] = stored.area;
  const status = stored.status;
  return {
    sheetId: stored.sheet[0],
    sheetName: stored.sheet[1],
    firstRow: r0,
    firstColumn: c0,
    lastRow: r1,
    lastColumn: c1,
    status: status
      ? {
          column: status[0],
          firstRow: status[1],
          lastRow: status[2],
          header: status[3],
          tableName: status[4],
        }
      : null,
    fills,
    notes: stored.notes.map(([row, column, mark]) => ({ row, column, mark })),
  };
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

/** The record as the custom XML part stores it (a JSON body inside one namespaced element). */
export function encodeMarksXml(record: MarksRecord): string {
  const stored = {
    v: 2,
    result: record.resultSheet,
    entries: record.entries.map(compactEntry),
  };
  // Characters XML 1.0 does not allow stay JSON escapes (JSON.stringify escapes C0 controls).
  const json = JSON.stringify(stored).replace(
    /[\uFFFE\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16)}`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><marks xmlns="${MARKS_NAMESPACE}">${escapeXml(json)}</marks>`;
}

const BODY = /<(?:[\w.-]+:)?marks\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?marks>/;

function fromStored(value: unknown): MarksRecord | null {
  const parsed = storedRecord.safeParse(value);
  if (!parsed.success) return null;
  const entries: MarkEntry[] = [];
  for (const stored of parsed.data.entries) {
    const entry = expandEntry(stored);
    if (!entry) return null;
    entries.push(entry);
  }
  return { entries, resultSheet: parsed.data.result };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Reads the custom XML part's text; null (no part) is an empty record. */
export function decodeMarksXml(xml: string | null | undefined): MarksReadResult {
  if (xml === null || xml === undefined) return { record: EMPTY_RECORD, corrupted: false };
  const body = BODY.exec(xml)?.[1];
  const json = body === undefined ? null : parseJson(unescapeXml(body).trim());
  const record = json?.ok ? fromStored(json.value) : null;
  return record ? { record, corrupted: false } : { record: EMPTY_RECORD, corrupted: true };
}

/** Reads a version 1 record (a JSON string or object from Excel's document settings). */
export function decodeLegacyMarks(raw: unknown): MarksReadResult {
  if (raw === null || raw === undefined) return { record: EMPTY_RECORD, corrupted: false };
  const json = typeof raw === 'string' ? parseJson(raw) : { ok: true as const, value: raw };
  const parsed = json.ok ? v1Record.safeParse(json.value) : null;
  if (!parsed?.success) return { record: EMPTY_RECORD, corrupted: true };
  const { entries, resultSheet } = parsed.data;
  return { record: { entries, resultSheet }, corrupted: false };
}

/** One record from both places: entries of either that the other lacks are kept. */
export function mergeRecords(a: MarksRecord, b: MarksRecord): MarksRecord {
  const seen = new Set(a.entries.map((entry) => JSON.stringify(entry)));
  return {
    entries: [...a.entries, ...b.entries.filter((entry) => !seen.has(JSON.stringify(entry)))],
    resultSheet: a.resultSheet ?? b.resultSheet,
  };
}
