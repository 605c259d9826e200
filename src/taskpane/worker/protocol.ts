// Messages between the pane and its engine (a Web Worker, or the main thread when there is none).
import type {
  CellGrid,
  CheckOptions,
  CheckReport,
  Locale,
  Narrative,
  ReadFileResult,
  TemplateSet,
} from '../../core';

export interface NarrateOptions {
  locale: Locale;
  templates?: TemplateSet;
}

export type EngineJob =
  | { kind: 'read'; name: string; bytes: Uint8Array }
  | { kind: 'check'; grid: CellGrid; options: CheckOptions }
  | { kind: 'narrate'; report: CheckReport; options: NarrateOptions };

export interface EngineResults {
  read: ReadFileResult;
  check: CheckReport;
  narrate: Narrative;
}

export type EngineRequest = EngineJob & { id: number };

export type EngineResponse =
  | { id: number; ok: true; value: EngineResults[EngineJob['kind']] }
  | { id: number; ok: false; error: string };
