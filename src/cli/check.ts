// `check`: read every file, check it, optionally roll up, render in the chosen format, annotate.
import path from 'node:path';
import {
  buildNarrative,
  checkTable,
  narrativeToDocx,
  narrativeToHtml,
  rollupReports,
  type CheckOptions,
  type CheckReport,
  type Issue,
  type Narrative,
  type TemplateSet,
} from '../core';
import { annotatedCopy } from './annotate';
import type { CheckCommand } from './args';
import { CliError } from './errors';
import { readInput, type InputTable } from './input';
import { toJsonReport } from './jsonReport';
import { textLabels } from './messages';
import { emit, writeTo } from './output';
import { refuseOverwrite } from './paths';
import { loadTemplates } from './templates';
import { renderText } from './textReport';
import { htmlDocument } from './htmlDocument';

interface Checked {
  input: InputTable;
  report: CheckReport;
  narrative: Narrative;
}

/** Several failures (one per file) are reported together, one line each. */
export class CliErrors extends Error {
  constructor(readonly errors: CliError[]) {
    super('several errors');
  }
}

async function readAll(
  files: readonly string[],
  sheet: string | undefined,
): Promise<{ inputs: InputTable[]; errors: CliError[] }> {
  const inputs: InputTable[] = [];
  const errors: CliError[] = [];
  for (const file of files) {
    try {
      inputs.push(await readInput(file, sheet));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      errors.push(error);
    }
  }
  return { inputs, errors };
}

/** Every unreadable file and every table without a header, reported together. */
async function readAndCheck(
  options: CheckCommand,
  checkOptions: CheckOptions,
): Promise<{ inputs: InputTable[]; reports: CheckReport[] }> {
  const { inputs, errors } = await readAll(options.files, options.sheet);
  const reports = inputs.map((input) => checkTable(input.grid, checkOptions));
  inputs.forEach((input, i) => {
    if (reports[i]?.header === null) errors.push(new CliError('no-header', { file: input.file }));
  });
  if (errors.length > 0) throw new CliErrors(errors);
  return { inputs, reports };
}

const hasErrors = (report: CheckReport): boolean =>
  report.issues.some((issue) => issue.severity === 'error');

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

export async function runCheck(options: CheckCommand): Promise<number> {
  refuseOverwrite(options.annotate, options.files, 'annotate-overwrites-input');
  refuseOverwrite(options.out, options.files, 'out-overwrites-input');
  const templates: TemplateSet | undefined =
    options.templates === undefined
      ? undefined
      : await loadTemplates(options.templates, options.locale);
  const checkOptions: CheckOptions = { asOf: options.asOf, locale: options.locale };
  if (options.expectedProgress !== undefined)
    checkOptions.expectedProgress = options.expectedProgress;
  if (options.severeGap !== undefined) checkOptions.severeGap = options.severeGap;
  const { inputs, reports } = await readAndCheck(options, checkOptions);
  const narrate = (report: CheckReport): Narrative =>
    buildNarrative(report, { locale: options.locale, ...(templates ? { templates } : {}) });

  let checked: Checked[];
  let rollupFiles: Map<Issue, string> | undefined;
  if (options.rollup) {
    rollupFiles = new Map();
    reports.forEach((report, i) => {
      for (const issue of report.issues) rollupFiles?.set(issue, inputs[i]?.file ?? '');
    });
    const report = rollupReports(reports, checkOptions);
    const first = inputs[0] as InputTable;
    checked = [{ input: first, report, narrative: narrate(report) }];
  } else {
    checked = inputs.map((input, i) => {
      const report = reports[i] as CheckReport;
      return { input, report, narrative: narrate(report) };
    });
  }

  switch (options.format) {
    case 'json':
      await emit(options.out, jsonOutput(checked, options, rollupFiles));
      break;
    case 'text':
      await emit(options.out, textOutput(checked, options, options.rollup ? options.files : null));
      break;
    case 'html':
      await emit(
        options.out,
        htmlDocument(narrativeToHtml(combined(checked, options.locale)), options.locale),
      );
      break;
    case 'docx':
      await emit(options.out, await narrativeToDocx(combined(checked, options.locale)));
      break;
  }

  if (options.annotate !== undefined) {
    const [only] = checked;
    if (only)
      await writeTo(options.annotate, await annotatedCopy(only.input, only.report, options.locale));
  }
  return [...reports, ...checked.map((entry) => entry.report)].some(hasErrors) ? 1 : 0;
}
