// The report in the chosen format: JSON, text, or the narrative (with its appendix table) as an
// HTML page or a .docx.
import path from 'node:path';
import {
  narrativeToDocx,
  narrativeToHtml,
  type Appendix,
  type AppendixRow,
  type CheckReport,
  type Issue,
  type Narrative,
  type Segment,
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

/** The appendices of several files as one table: each file's rows under a row with its name. */
function combinedAppendix(checked: readonly Checked[]): Appendix | undefined {
  const tables = checked.flatMap(({ input, narrative }) =>
    narrative.appendix ? [{ file: displayName(input.file), appendix: narrative.appendix }] : [],
  );
  const [first] = tables;
  if (first === undefined) return undefined;
  const widest = tables.reduce(
    (most, table) => (table.appendix.columns.length > most.columns.length ? table.appendix : most),
    first.appendix,
  );
  const rows = tables.flatMap(({ file, appendix }): AppendixRow[] => {
    const at = appendix.columns.map((column) => column.key);
    const pad = (cells: Segment[]): Segment[] =>
      widest.columns.map(
        (column) => cells[at.indexOf(column.key)] ?? { kind: 'text' as const, text: '—' },
      );
    return [
      { kind: 'group', label: file },
      ...appendix.rows.map((row) =>
        row.kind === 'group' ? row : { ...row, cells: pad(row.cells) },
      ),
    ];
  });
  return { ...widest, rows };
}

/** Narratives of several files as one document, each under a heading with its file name. */
function combined(checked: readonly Checked[], locale: CheckCommand['locale']): Narrative {
  if (checked.length === 1 && checked[0]) return checked[0].narrative;
  const appendix = combinedAppendix(checked);
  return {
    locale,
    paragraphs: checked.flatMap(({ input, narrative }) => [
      {
        kind: 'heading1' as const,
        segments: [{ kind: 'text' as const, text: displayName(input.file) }],
      },
      ...narrative.paragraphs,
    ]),
    ...(appendix && { appendix }),
  };
}

/** Indented for a person at a terminal; compact for a pipe or a file (10,000 rows: 7.0 → 4.7 MB). */
const jsonText = (value: unknown, pretty: boolean): string =>
  `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;

function jsonOutput(
  checked: readonly Checked[],
  options: CheckCommand,
  rollupFiles: Map<Issue, string> | undefined,
  pretty: boolean,
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
    return jsonText({ ...json, issues }, pretty);
  }
  if (checked.length === 1 && checked[0]) {
    const { report, narrative } = checked[0];
    return jsonText(toJsonReport(report, narrative, locale), pretty);
  }
  const reports = checked.map(({ input, report, narrative }) => ({
    file: input.file,
    ...toJsonReport(report, narrative, locale),
  }));
  return jsonText({ reports }, pretty);
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
  { prettyJson = false }: { prettyJson?: boolean } = {},
): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'json':
      return jsonOutput(checked, options, rollupFiles, prettyJson);
    case 'text':
      return textOutput(checked, options, rollupFiles ? options.files : null);
    case 'html':
      return htmlDocument(narrativeToHtml(combined(checked, options.locale)), options.locale);
    case 'docx':
      return narrativeToDocx(combined(checked, options.locale));
  }
}
