// Settings that travel with the workbook; validated whenever they are read back.
import { z } from 'zod';
import type { Locale, TemplateSet } from './types';

export type SourceKind = 'auto' | 'selection' | 'table' | 'sheet';
export type OutputMode = 'column' | 'sheet';

export interface Settings {
  /** ISO date; null means "end of the last finished month". */
  asOf: string | null;
  /** Overrides the expected progress derived from asOf. */
  expectedProgress: number | null;
  severeGap: number;
  outputMode: OutputMode;
  source: SourceKind;
  /** null follows Office's display language. */
  locale: Locale | null;
  templates: Partial<Record<Locale, TemplateSet>>;
}

export const DEFAULT_SETTINGS: Settings = {
  asOf: null,
  expectedProgress: null,
  severeGap: 0.2,
  outputMode: 'column',
  source: 'auto',
  locale: null,
  templates: {},
};

const templateSet = z.record(z.string(), z.string());

export const SettingsSchema = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  expectedProgress: z.number().min(0).max(1).nullable(),
  severeGap: z.number().min(0).max(1),
  outputMode: z.enum(['column', 'sheet']),
  source: z.enum(['auto', 'selection', 'table', 'sheet']),
  locale: z.enum(['zh-CN', 'en-US']).nullable(),
  templates: z.object({ 'zh-CN': templateSet.optional(), 'en-US': templateSet.optional() }),
});

export interface SettingsReadResult {
  settings: Settings;
  /** Names of the settings that were unreadable and fell back to their defaults. */
  invalid: string[];
}

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
