// `check`: read every file, check it, optionally roll up, annotate, print in the chosen format.
import {
  buildNarrative,
  checkTable,
  issueMessage,
  rollupReports,
  type CheckOptions,
  type CheckReport,
  type Issue,
} from '../core';
import { annotatedCopy } from './annotate';
import type { CheckCommand } from './args';
import { CliError } from './errors';
import { readInput, type InputTable } from './input';
import { emit, writeTo } from './output';
import { refuseOverwrite } from './paths';
import { loadTemplates } from './templates';
import { renderOutput, type Checked } from './render';

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
    const report = reports[i];
    const refusal = report?.issues.find((issue) => issue.code === 'not-indicator-table');
    if (refusal !== undefined) {
      const message = issueMessage(refusal, checkOptions.locale ?? 'zh-CN');
      errors.push(new CliError('not-indicator-table', { file: input.file, message }));
    } else if (report?.header === null)
      errors.push(new CliError('no-header', { file: input.file }));
  });
  if (errors.length > 0) throw new CliErrors(errors);
  return { inputs, reports };
}

const hasErrors = (report: CheckReport): boolean =>
  report.issues.some((issue) => issue.severity === 'error');

function checkOptionsOf(options: CheckCommand): CheckOptions {
  const checkOptions: CheckOptions = { today: options.today, locale: options.locale };
  if (options.asOf !== undefined) checkOptions.asOf = options.asOf;
  if (options.expectedProgress !== undefined) {
    checkOptions.expectedProgress = options.expectedProgress;
  }
  if (options.severeGap !== undefined) checkOptions.severeGap = options.severeGap;
  if (options.columns !== undefined) checkOptions.columns = options.columns;
  if (options.headerRow !== undefined) checkOptions.headerRow = options.headerRow;
  if (options.lower !== undefined) checkOptions.lower = options.lower;
  if (options.higher !== undefined) checkOptions.higher = options.higher;
  if (options.mode !== 'auto') checkOptions.mode = options.mode;
  return checkOptions;
}

/** Which file each issue of the inputs came from (the roll-up keeps the issue objects). */
function issueFiles(
  inputs: readonly InputTable[],
  reports: readonly CheckReport[],
): Map<Issue, string> {
  const files = new Map<Issue, string>();
  reports.forEach((report, i) => {
    for (const issue of report.issues) files.set(issue, inputs[i]?.file ?? '');
  });
  return files;
}

export async function checkFiles(options: CheckCommand): Promise<number> {
  refuseOverwrite(options.annotate, options.files, 'annotate-overwrites-input');
  refuseOverwrite(options.out, options.files, 'out-overwrites-input');
  const templates =
    options.templates === undefined
      ? undefined
      : await loadTemplates(options.templates, options.locale);
  const checkOptions = checkOptionsOf(options);
  const { inputs, reports } = await readAndCheck(options, checkOptions);
  const withNarrative = (input: InputTable, report: CheckReport): Checked => ({
    input,
    report,
    narrative: buildNarrative(report, {
      locale: options.locale,
      ...(templates && { templates }),
      // JSON carries the indicators themselves, not the appendix table.
      ...(options.format === 'json' && { appendix: false }),
    }),
  });

  const rollupFiles = options.rollup ? issueFiles(inputs, reports) : undefined;
  const checked = options.rollup
    ? [withNarrative(inputs[0] as InputTable, rollupReports(reports, checkOptions))]
    : inputs.map((input, i) => withNarrative(input, reports[i] as CheckReport));

  // The copy first: if it cannot be written, nothing has gone to stdout yet.
  const [only] = checked;
  if (options.annotate !== undefined && only) {
    await writeTo(options.annotate, await annotatedCopy(only.input, only.report, options.locale));
  }
  const prettyJson = options.out === undefined && process.stdout.isTTY === true;
  await emit(options.out, await renderOutput(checked, options, rollupFiles, { prettyJson }));
  return [...reports, ...checked.map((entry) => entry.report)].some(hasErrors) ? 1 : 0;
}
