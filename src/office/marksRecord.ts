// What the add-in wrote into the workbook, kept in the document settings so re-runs and
// "clear marks" touch only our own cells. Rows and columns are 0-based.
import { z } from 'zod/mini';

const index = () => z.number().check(z.int(), z.minimum(0));

const cellSchema = z.object({ row: index(), column: index() });

const fillSchema = z.extend(cellSchema, {
  color: z.string(),
  /** Fill before ours: a colour, null for "no fill", absent when unknown (write not confirmed). */
  previous: z.optional(z.nullable(z.string())),
});

const statusSchema = z.object({
  column: index(),
  firstRow: index(),
  lastRow: index(),
  header: z.string(),
  /** Set when the column was added to an Excel table (removed with the table column). */
  tableName: z.nullable(z.string()),
});

const entrySchema = z.object({
  sheetId: z.string(),
  sheetName: z.string(),
  /** The checked source; a later check overlapping it (or its status column) replaces this entry. */
  firstRow: index(),
  lastRow: index(),
  firstColumn: index(),
  lastColumn: index(),
  status: z.nullable(statusSchema),
  fills: z.array(fillSchema),
  /** Notes we added; `mark` is the start of their text, to recognise them later. */
  notes: z.array(z.extend(cellSchema, { mark: z.string() })),
});

export const MarksRecordSchema = z.object({
  version: z.literal(1),
  entries: z.array(entrySchema),
  resultSheet: z.nullable(z.object({ id: z.string(), name: z.string() })),
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
