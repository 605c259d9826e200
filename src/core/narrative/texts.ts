// Renders template ids for one narrative: a valid user override wins, else the default.
import type { Locale, Segment, TemplateSet } from '../types';
import { checkTemplate } from './checkTemplate';
import { render, type TemplateValue } from './render';
import type { Rich, TemplateId, TemplateValues } from './templateSpec';
import { TEMPLATES_EN } from './templatesEn';
import { TEMPLATES_ZH } from './templatesZh';

export interface Texts {
  locale: Locale;
  segments<I extends TemplateId>(id: I, values: TemplateValues<I>): Segment[];
  rich<I extends TemplateId>(id: I, values: TemplateValues<I>): Rich;
}

function usableOverrides(overrides: TemplateSet | undefined, locale: Locale): Map<string, string> {
  const usable = new Map<string, string>();
  if (typeof overrides !== 'object' || overrides === null) return usable;
  for (const [id, template] of Object.entries(overrides)) {
    if (typeof template === 'string' && checkTemplate(id, template, locale).length === 0) {
      usable.set(id, template);
    }
  }
  return usable;
}

export function createTexts(locale: Locale, overrides?: TemplateSet): Texts {
  const defaults = locale === 'en-US' ? TEMPLATES_EN : TEMPLATES_ZH;
  const usable = usableOverrides(overrides, locale);
  const segments = <I extends TemplateId>(id: I, values: TemplateValues<I>): Segment[] => {
    const bag = values as Record<string, TemplateValue>;
    const override = usable.get(id);
    if (override !== undefined) {
      try {
        return render(override, locale, bag);
      } catch {
        usable.delete(id); // passed the trial render but failed on real values: use the default
      }
    }
    return render(defaults[id], locale, bag);
  };
  return {
    locale,
    segments,
    rich: (id, values) => ({ segments: segments(id, values) }),
  };
}
