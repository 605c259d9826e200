// The report in the chosen format: JSON, text, or the narrative as an HTML page or a .docx.
import path from 'node:path';
import {
  narrativeToDocx,
  narrativeToHtml,
  type CheckReport,
  type Issue,
  type Narrative,
} from '../core';
import type { CheckCommand } from './args';
import { htmlDocument } from './htmlDocument';
import type { InputTable } from './input';
import { toJsonReport } from './jsonReport';
import { textLabels } from './messages';
import { renderText } from './textReport';

export interface Checked {
  input: InputTable;
  report: CheckReport;
  narrative: Narrative;
}

const displayName = (file: string): string => path.basename(file);

/** Narratives of several files as one document, each under a heading with its file name. */
function combined(checked: readonly Checked[], locale: CheckCommand['locale']): Narrative {
  if (checked.length === 1 && checked[0]) return checked[0].narrative;
  return {
    locale,
    paragraphs: checked.flatMap(({ input, narrative }) => [
      {
        kind: 'heading1' as const,
        segments: [{ kind: 'text' as const, text: displayName(input.file) }],
      },
      ...narrative.paragraphs,
    ]),
  };
}

function jsonOutput(
  checked: readonly Checked[],
  options: CheckCommand,
  rollupFiles?: Map<Issue, string>,
): string {
  const { locale } = options;
  if (rollupFiles) {
    const [only] = checked;
    if (!only) return '{}\n';
    const json = toJsonReport(only.report, only.narrative, locale);
    const issues = json.issues.map((issue, i) => {
      const source = only.report.issues[i];
      return { ...issue, file: (source && rollupFiles.get(source)) ?? null };
    });
    return `${JSON.stringify({ ...json, issues }, null, 2)}\n`;
  }
  if (checked.length === 1 && checked[0]) {
    const { report, narrative } = checked[0];
    return `${JSON.stringify(toJsonReport(report, narrative, locale), null, 2)}\n`;
  }
  const reports = checked.map(({ input, report, narrative }) => ({
    file: input.file,
    ...toJsonReport(report, narrative, locale),
  }));
  return `${JSON.stringify({ reports }, null, 2)}\n`;
}

function textOutput(
  checked: readonly Checked[],
  options: CheckCommand,
  rollupOf: string[] | null,
): string {
  const labels = textLabels[options.locale];
  return checked
    .map(({ input, report, narrative }) => {
      const title =
        rollupOf === null
          ? labels.file(displayName(input.file), input.sheetName)
          : labels.rollupOf(rollupOf.map(displayName));
      return renderText({ title, report, narrative }, options.locale);
    })
    .join('\n');
}

/**
 * One report per file, or the roll-up alone (`rollupFiles` maps each issue of the roll-up to
 * the file it came from).
 */
export async function renderOutput(
  checked: readonly Checked[],
  options: CheckCommand,
  rollupFiles?: Map<Issue, string>,
): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'json':
      return jsonOutput(checked, options, rollupFiles);
    case 'text':
      return textOutput(checked, options, rollupFiles ? options.files : null);
    case 'html':
      return htmlDocument(narrativeToHtml(combined(checked, options.locale)), options.locale);
    case 'docx':
      return narrativeToDocx(combined(checked, options.locale));
  }
}
