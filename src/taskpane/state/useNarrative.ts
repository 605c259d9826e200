// The generated summary of the last check. With a worker, the engine writes it off the main thread
// and the view suspends until it is ready (one narrative per report, language and templates, kept
// while the report lives); without one it is written here, as the view renders.
import { use, useMemo } from 'react';
import { buildNarrative } from '../../core';
import type { CheckReport, Locale, Narrative, TemplateSet } from '../../core';
import type { Pane } from './usePane';

const written = new WeakMap<CheckReport, Map<string, Promise<Narrative>>>();

function narrativeOf(
  pane: Pane,
  report: CheckReport,
  locale: Locale,
  templates: TemplateSet | undefined,
): Promise<Narrative> {
  let byOptions = written.get(report);
  if (!byOptions) {
    byOptions = new Map();
    written.set(report, byOptions);
  }
  const key = `${locale}\u0000${JSON.stringify(templates ?? null)}`;
  let narrative = byOptions.get(key);
  if (!narrative) {
    narrative = pane
      .engine()
      .then((engine) => engine.narrate(report, { locale, ...(templates ? { templates } : {}) }));
    byOptions.set(key, narrative);
  }
  return narrative;
}

/** The narrative of the pane's last check in `locale`, or null before any check. */
export function useNarrative(pane: Pane, locale: Locale): Narrative | null {
  const report = pane.result?.report ?? null;
  const templates = pane.settings.templates[locale];
  const here = useMemo(
    () =>
      report && !pane.engineInWorker
        ? buildNarrative(report, { locale, ...(templates ? { templates } : {}) })
        : null,
    [report, locale, templates, pane.engineInWorker],
  );
  if (!report || here) return here;
  return use(narrativeOf(pane, report, locale, templates));
}
