// Messages between the pane and its engine (a Web Worker, or the main thread when there is none).
import { checkOptionsFor } from '../../core';
import type {
  CellGrid,
  CheckOptions,
  CheckReport,
  Locale,
  Narrative,
  ReadFileResult,
  ReadingSource,
  Settings,
  TemplateSet,
} from '../../core';

export interface NarrateOptions {
  locale: Locale;
  templates?: TemplateSet;
}

/** What the check the user is about to ask for would use (runCheckSteps' request). */
export interface CheckAhead {
  settings: Settings;
  locale: Locale;
  today: Date;
}

/** A table just read, as the pane's check names it (a CSV has no sheet: its name is the file's). */
export const readSource = (read: ReadFileResult & { ok: true }, name: string): ReadingSource => ({
  grid: read.grid,
  sheetName: read.sheetName ?? name,
});

/**
 * The options the pane's check gives a table just read: worked out in the worker to check it ahead
 * and in the pane to ask for that check, so both come from here.
 */
export const optionsAhead = (ahead: CheckAhead, source: ReadingSource): CheckOptions =>
  checkOptionsFor(ahead.settings, ahead.locale, ahead.today, source);

export type EngineJob =
  /**
   * `ahead`: the table read is checked at once, in the worker, with the options these settings
   * give it (checkOptionsFor); the report comes as the answer to request `ahead.id`.
   */
  | { kind: 'read'; name: string; bytes: Uint8Array; ahead?: CheckAhead & { id: number } }
  | { kind: 'check'; grid: CellGrid; options: CheckOptions }
  | { kind: 'narrate'; report: CheckReport; options: NarrateOptions }
  /** Loads what the next jobs need (the reader with `reading`) before they come. */
  | { kind: 'warm'; reading: boolean };

export interface EngineResults {
  read: ReadFileResult;
  check: CheckReport;
  narrate: Narrative;
  warm: null;
}

/**
 * A grid or report the worker already holds: the one it read (or was sent) and the one it
 * produced, under the id of the request that brought it. Copying a 10,000-row table or report
 * to the worker again costs the main thread 50–200 ms; naming it costs nothing.
 */
export interface Held {
  held: number;
}

/** A job as sent to the worker: the grid or report by reference when the worker holds it. */
export type WireJob =
  | Exclude<EngineJob, { kind: 'check' | 'narrate' }>
  | { kind: 'check'; grid: CellGrid | Held; options: CheckOptions }
  | { kind: 'narrate'; report: CheckReport | Held; options: NarrateOptions };

export type EngineRequest = WireJob & { id: number };

export type EngineResponse =
  /**
   * `holds`: the worker keeps the read grid or the report under the request's id. `parts`: the
   * result's long lists (longLists) are empty here and follow in that many messages. `checking`:
   * the options the table read is being checked with (a read with `ahead`).
   */
  | {
      id: number;
      ok: true;
      value: EngineResults[EngineJob['kind']];
      holds?: boolean;
      parts?: number;
      checking?: CheckOptions;
    }
  /** `gone`: a grid or report sent by reference is no longer held; send it again in full. */
  | { id: number; ok: false; error: string; gone?: boolean }
  /** The next items of a result's long list `list` (its place in longLists), in order. */
  | { id: number; part: unknown[]; list: number };

/**
 * A result's long lists: a 10,000-row grid's rows (and their formats), a report's indicators, the
 * appendix of its narrative (each a megabyte or more to copy). Sent in parts after the rest, each
 * is received in a short task, so that receiving a result never holds up the pane (one message
 * took 150–190 ms on the build machine).
 */
export function longLists(kind: EngineJob['kind'], value: unknown): unknown[][] {
  const lists = (...candidates: (unknown[] | undefined)[]) =>
    candidates.filter((list): list is unknown[] => Array.isArray(list));
  if (kind === 'read') {
    const read = value as ReadFileResult;
    return read.ok ? lists(read.grid.values, read.grid.numberFormat, read.grid.text) : [];
  }
  if (kind === 'check') return lists((value as CheckReport).indicators);
  if (kind === 'narrate') return lists((value as Narrative).appendix?.rows);
  return [];
}

/** The result with its long lists emptied (copies of what holds them; the rest shared). */
export function withoutLongLists<T>(kind: EngineJob['kind'], value: T): T {
  if (kind === 'read') {
    const read = value as ReadFileResult;
    if (!read.ok) return value;
    const { grid } = read;
    const emptied: CellGrid = { ...grid, values: [] };
    if (grid.numberFormat) emptied.numberFormat = [];
    if (grid.text) emptied.text = [];
    return { ...read, grid: emptied } as T;
  }
  if (kind === 'check') return { ...(value as CheckReport), indicators: [] } as T;
  const narrative = value as Narrative;
  if (kind === 'narrate' && narrative.appendix) {
    return { ...narrative, appendix: { ...narrative.appendix, rows: [] } } as T;
  }
  return value;
}

/** Items per part: a part of a 10,000-row narrative's appendix takes 10–20 ms to receive. */
export const PART_ITEMS = 1000;
