// What the add-in wrote into the workbook, kept in the document settings so re-runs and
// "clear marks" touch only our own cells. Rows and columns are 0-based.
import { z } from 'zod';

const cellSchema = z.object({ row: z.number().int().min(0), column: z.number().int().min(0) });

const fillSchema = cellSchema.extend({
  color: z.string(),
  /** Fill before ours: a colour, null for "no fill", absent when unknown (write not confirmed). */
  previous: z.string().nullable().optional(),
});

const statusSchema = z.object({
  column: z.number().int().min(0),
  firstRow: z.number().int().min(0),
  lastRow: z.number().int().min(0),
  header: z.string(),
  /** Set when the column was added to an Excel table (removed with the table column). */
  tableName: z.string().nullable(),
});

const entrySchema = z.object({
  sheetId: z.string(),
  sheetName: z.string(),
  /** The checked source; a later check overlapping it (or its status column) replaces this entry. */
  firstRow: z.number().int().min(0),
  lastRow: z.number().int().min(0),
  firstColumn: z.number().int().min(0),
  lastColumn: z.number().int().min(0),
  status: statusSchema.nullable(),
  fills: z.array(fillSchema),
  /** Notes we added; `mark` is the start of their text, to recognise them later. */
  notes: z.array(cellSchema.extend({ mark: z.string() })),
});

export const MarksRecordSchema = z.object({
  version: z.literal(1),
  entries: z.array(entrySchema),
  resultSheet: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export type MarksRecord = z.infer<typeof MarksRecordSchema>;
export type MarkEntry = z.infer<typeof entrySchema>;
export type FillMark = z.infer<typeof fillSchema>;
export type StatusMark = z.infer<typeof statusSchema>;

export type NoteMark = MarkEntry['notes'][number];

/** What identifies our note: Excel may put the author's name before the text. */
export const noteMark = (text: string): string => text.slice(0, 60);

export const isOurNote = (content: unknown, mark: string): boolean =>
  typeof content === 'string' && content.includes(mark);

export const MARKS_KEY = 'indicatorAssistant.marks';
export const EMPTY_RECORD: MarksRecord = { version: 1, entries: [], resultSheet: null };

export interface MarksReadResult {
  record: MarksRecord;
  /** True when a stored record existed but could not be read (its marks are then untracked). */
  corrupted: boolean;
}

export function parseMarksRecord(raw: unknown): MarksReadResult {
  if (raw === null || raw === undefined) return { record: EMPTY_RECORD, corrupted: false };
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { record: EMPTY_RECORD, corrupted: true };
    }
  }
  const parsed = MarksRecordSchema.safeParse(value);
  return parsed.success
    ? { record: parsed.data, corrupted: false }
    : { record: EMPTY_RECORD, corrupted: true };
}

export function entriesOnSheet(record: MarksRecord, sheetId: string): MarkEntry[] {
  return record.entries.filter((entry) => entry.sheetId === sheetId);
}
