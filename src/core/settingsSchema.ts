// Stored settings are validated field by field whenever they are read back.
import { z } from 'zod/mini';
import { MAX_ROWS } from './a1';
import { parseIsoDate } from './isoDate';
import { READING_LIMITS } from './savedReadings';
import { DEFAULT_SETTINGS } from './settings';
import type { Settings, SettingsReadResult } from './settings';
import { ROLES } from './types';

const templateSet = z.record(z.string(), z.string());
const unitInterval = () => z.number().check(z.minimum(0), z.maximum(1));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A column letter as Excel writes it (A … XFD). */
const columnLetters = z.string().check(z.regex(/^[A-Z]{1,3}$/));
const savedReading = z.object({
  sheet: text(READING_LIMITS.sheetName),
  headerText: text(READING_LIMITS.headerText),
  headerRow: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_ROWS))),
  columns: z.partialRecord(
    z.enum(ROLES),
    z.union([columnLetters, z.array(columnLetters).check(z.maxLength(READING_LIMITS.letters))]),
  ),
  mode: z.optional(z.enum(['selfeval', 'progress'])),
  lower: z.optional(
    z.array(text(READING_LIMITS.indicatorName)).check(z.maxLength(READING_LIMITS.lower)),
  ),
  higher: z.optional(
    z.array(text(READING_LIMITS.indicatorName)).check(z.maxLength(READING_LIMITS.lower)),
  ),
});

export const SettingsSchema = z.object({
  asOf: z.nullable(z.string().check(z.refine((text) => parseIsoDate(text) !== null))),
  expectedProgress: z.nullable(unitInterval()),
  severeGap: unitInterval(),
  outputMode: z.enum(['column', 'sheet']),
  source: z.enum(['auto', 'selection', 'table', 'sheet']),
  locale: z.nullable(z.enum(['zh-CN', 'en-US'])),
  templates: z.object({ 'zh-CN': z.optional(templateSet), 'en-US': z.optional(templateSet) }),
  readings: z.optional(z.array(savedReading).check(z.maxLength(READING_LIMITS.readings))),
});

/** Reads stored settings field by field: a corrupted field falls back to its default, the rest survive. */
export function parseSettings(raw: unknown): SettingsReadResult {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const invalid: string[] = [];
  const shape = SettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const parsed = shape[key].safeParse(source[key]);
    if (parsed.success) {
      (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    } else {
      invalid.push(key);
    }
  }
  if (raw !== undefined && raw !== null && typeof raw !== 'object') invalid.push('*');
  return { settings, invalid };
}
