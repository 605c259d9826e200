// --templates FILE.json: user narrative templates, validated by the core before any use.
import { readFile } from 'node:fs/promises';
import { validateTemplates, type Locale, type TemplateSet } from '../core';
import { CliError } from './errors';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLocaleKey = (key: string): boolean => key === 'zh-CN' || key === 'en-US';

/** `{"id": "template"}` for the chosen locale, or `{"zh-CN": {...}, "en-US": {...}}`. */
function templatesFor(raw: unknown, locale: Locale): TemplateSet | string {
  if (!isRecord(raw)) return 'JSON object expected';
  const keys = Object.keys(raw);
  const perLocale = keys.length > 0 && keys.every(isLocaleKey);
  const set = perLocale ? (raw[locale] ?? {}) : raw;
  if (!isRecord(set)) return `"${locale}" must be an object`;
  const templates: TemplateSet = {};
  for (const [id, template] of Object.entries(set)) {
    if (typeof template !== 'string') return `"${id}" must be a string`;
    templates[id] = template;
  }
  return templates;
}

export async function loadTemplates(file: string, locale: Locale): Promise<TemplateSet> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? error.message
        : String((error as { code?: unknown }).code ?? error);
    throw new CliError('templates-unreadable', { file, reason });
  }
  const templates = templatesFor(raw, locale);
  if (typeof templates === 'string')
    throw new CliError('templates-invalid', { file, reason: templates });
  const problems = validateTemplates(templates, locale);
  if (problems.length > 0) {
    throw new CliError('templates-invalid', { file, reason: problems.join('; ') });
  }
  return templates;
}
