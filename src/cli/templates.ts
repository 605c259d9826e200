// --templates FILE.json: user narrative templates, validated by the core before any use.
import { readFile } from 'node:fs/promises';
import { validateTemplates, type Locale, type TemplateSet } from '../core';
import { CliError } from './errors';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLocaleKey = (key: string): boolean => key === 'zh-CN' || key === 'en-US';

/** `{"id": "template"}` for the chosen locale, or `{"zh-CN": {...}, "en-US": {...}}`. */
function setFor(raw: unknown, locale: Locale): unknown {
  if (!isRecord(raw)) return raw;
  const keys = Object.keys(raw);
  const perLocale = keys.length > 0 && keys.every(isLocaleKey);
  return perLocale ? (raw[locale] ?? {}) : raw;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new CliError('file-missing', { file });
    const reason = error instanceof SyntaxError ? error.message : String(code ?? error);
    throw new CliError('templates-unreadable', { file, reason });
  }
}

export async function loadTemplates(file: string, locale: Locale): Promise<TemplateSet> {
  const validation = validateTemplates(setFor(await readJson(file), locale), locale);
  if (validation.ok) return validation.templates;
  // The core's messages name the template already.
  const reason = validation.errors.map((error) => error.message).join(' ');
  throw new CliError('templates-invalid', { file, reason });
}
