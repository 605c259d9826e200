// Failures the CLI reports as one line on stderr with exit code 2; wording lives in messages.ts.

export const CLI_ERROR_CODES = [
  'unknown-option',
  'missing-value',
  'unknown-command',
  'no-command',
  'no-files',
  'bad-date',
  'bad-fraction',
  'bad-choice',
  'docx-needs-out',
  'annotate-one-file',
  'annotate-overwrites-input',
  'out-overwrites-input',
  'file-missing',
  'file-unreadable',
  'file-is-directory',
  'csv-empty',
  'csv-encoding',
  'csv-binary',
  'xlsx-not-workbook',
  'xlsx-legacy',
  'xlsx-encrypted',
  'xlsx-corrupt',
  'xlsx-no-sheet',
  'xlsx-sheet-missing',
  'no-header',
  'not-indicator-table',
  'bad-columns',
  'bad-header-row',
  'templates-unreadable',
  'templates-invalid',
  'write-failed',
  'internal',
] as const;

export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'CliError';
  }
}
