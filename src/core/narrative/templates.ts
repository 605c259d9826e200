// The default template sets and the check a user's overrides go through before use.
import type { Locale, TemplateSet } from '../types';
import { checkTemplate } from './checkTemplate';
import { templateMessage, type TemplateProblem } from './templateErrors';
import { TEMPLATES_EN } from './templatesEn';
import { TEMPLATES_ZH } from './templatesZh';

export { TEMPLATE_IDS, TEMPLATE_PARAMS, type TemplateId } from './templateSpec';

export const DEFAULT_TEMPLATES: Record<Locale, TemplateSet> = {
  'zh-CN': TEMPLATES_ZH,
  'en-US': TEMPLATES_EN,
};

export interface TemplateError {
  /** The template id ('' when the whole input is malformed). */
  id: string;
  message: string;
}

export type TemplateValidation =
  { ok: true; templates: TemplateSet } | { ok: false; errors: TemplateError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem of every template, worded in the given locale; ok with a copy when none. */
export function validateTemplates(input: unknown, locale: Locale): TemplateValidation {
  if (!isRecord(input)) {
    const problem: TemplateProblem = { code: 'not-an-object' };
    return { ok: false, errors: [{ id: '', message: templateMessage(problem, locale) }] };
  }
  const errors: TemplateError[] = [];
  const templates: TemplateSet = {};
  for (const [id, template] of Object.entries(input)) {
    const messages = new Set(
      checkTemplate(id, template, locale).map((problem) => templateMessage(problem, locale)),
    );
    for (const message of messages) errors.push({ id, message });
    if (messages.size === 0 && typeof template === 'string') templates[id] = template;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}
