// Command line → validated options. Bad usage becomes a CliError (exit code 2).
import { parseArgs } from 'node:util';
import { isoDay, parseIsoDate, type CheckMode, type Locale, type RoleColumns } from '../core';
import { parseColumns, parseHeaderRow } from './readingArgs';
import { CliError } from './errors';

export type OutputFormat = 'json' | 'text' | 'html' | 'docx';

export interface CheckCommand {
  files: string[];
  sheet?: string;
  /** --as-of; absent: the period the table's title names, else the end of the last full month. */
  asOf?: string;
  /** The day of the run (ISO date), for the default as-of date. */
  today: string;
  expectedProgress?: number;
  severeGap?: number;
  locale: Locale;
  format: OutputFormat;
  out?: string;
  annotate?: string;
  templates?: string;
  rollup: boolean;
  columns?: RoleColumns;
  headerRow?: number;
  /** Indicators the user says are better lower (逆向). */
  lower?: string[];
  /** Indicators the user confirms are better higher (their names only suggested lower). */
  higher?: string[];
  mode: CheckMode;
}

export type Command =
  { kind: 'help'; locale: Locale } | { kind: 'version' } | { kind: 'check'; options: CheckCommand };

const LOCALE_CHOICES: readonly Locale[] = ['zh-CN', 'en-US'];
const FORMAT_CHOICES: readonly OutputFormat[] = ['json', 'text', 'html', 'docx'];
const MODE_CHOICES: readonly CheckMode[] = ['auto', 'selfeval', 'progress'];

const OPTIONS = {
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  progress: { type: 'string' },
  'severe-gap': { type: 'string' },
  locale: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  annotate: { type: 'string' },
  templates: { type: 'string' },
  rollup: { type: 'boolean' },
  columns: { type: 'string' },
  'header-row': { type: 'string' },
  lower: { type: 'string' },
  higher: { type: 'string' },
  mode: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The locale asked for, read leniently so that even usage errors come out in it. */
export function requestedLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    const candidate = arg === '--locale' ? argv[i + 1] : value;
    if (candidate === 'en-US' || candidate === 'zh-CN') return candidate;
  }
  return 'zh-CN';
}

function isoDate(option: string, value: string): string {
  if (parseIsoDate(value) === null) throw new CliError('bad-date', { option, value });
  return value;
}

function fractionOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new CliError('bad-fraction', { option, value });
  return n;
}

function choice<T extends string>(
  option: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliError('bad-choice', { option, value, choices: choices.join('|') });
}

/** node:util parseArgs reports problems as TypeErrors with a code and the option in quotes. */
function usageError(error: unknown): CliError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new CliError('missing-value', { option });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError('unknown-option', { option });
  return new CliError('unknown-option', { option: message });
}

/** --lower / --higher 名称,名称 (comma or 、，): the names as written, blanks dropped. */
export function parseNames(value: string, option = '--lower'): string[] {
  const names = value
    .split(/[,，、]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) throw new CliError('missing-value', { option });
  return names;
}

/** `today` gives the default as-of date, decided by the core as in the pane (see CheckOptions.today). */
export function parseCommand(argv: readonly string[], today: Date = new Date()): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error);
  }
  const { values, positionals } = parsed;
  const locale = choice('--locale', values.locale, LOCALE_CHOICES, 'zh-CN');
  if (values.help) return { kind: 'help', locale };
  if (values.version) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) throw new CliError('no-command');
  if (command !== 'check') throw new CliError('unknown-command', { command });
  if (files.length === 0) throw new CliError('no-files');

  const format = choice('--format', values.format, FORMAT_CHOICES, 'text');
  if (format === 'docx' && values.out === undefined) throw new CliError('docx-needs-out');
  if (values.annotate !== undefined && (files.length > 1 || values.rollup)) {
    throw new CliError('annotate-one-file');
  }
  const options: CheckCommand = {
    files,
    today: isoDay(today),
    locale,
    format,
    rollup: values.rollup ?? false,
    mode: choice('--mode', values.mode, MODE_CHOICES, 'auto'),
  };
  if (values['as-of'] !== undefined) options.asOf = isoDate('--as-of', values['as-of']);
  const expectedProgress = fractionOption('--progress', values.progress);
  const severeGap = fractionOption('--severe-gap', values['severe-gap']);
  if (expectedProgress !== undefined) options.expectedProgress = expectedProgress;
  if (severeGap !== undefined) options.severeGap = severeGap;
  if (values.sheet !== undefined) options.sheet = values.sheet;
  if (values.out !== undefined) options.out = values.out;
  if (values.annotate !== undefined) options.annotate = values.annotate;
  if (values.templates !== undefined) options.templates = values.templates;
  if (values.columns !== undefined) options.columns = parseColumns(values.columns);
  if (values['header-row'] !== undefined) options.headerRow = parseHeaderRow(values['header-row']);
  if (values.lower !== undefined) options.lower = parseNames(values.lower);
  if (values.higher !== undefined) options.higher = parseNames(values.higher, '--higher');
  return { kind: 'check', options };
}
