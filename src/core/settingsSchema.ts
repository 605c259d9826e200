// Stored settings are validated field by field whenever they are read back.
import { z } from 'zod/mini';
import { parseIsoDate } from './isoDate';
import { DEFAULT_SETTINGS } from './settings';
import type { Settings, SettingsReadResult } from './settings';

const templateSet = z.record(z.string(), z.string());
const unitInterval = () => z.number().check(z.minimum(0), z.maximum(1));

export const SettingsSchema = z.object({
  asOf: z.nullable(z.string().check(z.refine((text) => parseIsoDate(text) !== null))),
  expectedProgress: z.nullable(unitInterval()),
  severeGap: unitInterval(),
  outputMode: z.enum(['column', 'sheet']),
  source: z.enum(['auto', 'selection', 'table', 'sheet']),
  locale: z.nullable(z.enum(['zh-CN', 'en-US'])),
  templates: z.object({ 'zh-CN': z.optional(templateSet), 'en-US': z.optional(templateSet) }),
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
