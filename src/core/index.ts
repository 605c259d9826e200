// Public surface of the core: shells import from here only.
export * from './types';
export * from './a1';
export { checkTable } from './check/checkTable';
export { readingIsUnsure } from './check/unsure';
export { SCORE_TOLERANCE } from './check/scores';
export { ROLE_ZH } from './messages/zhCN';
export { ROLE_EN } from './messages/enUS';
export { ASSESSMENT_ZH, GRADE_ZH } from './messages/zhCN';
export { ASSESSMENT_EN, GRADE_EN } from './messages/enUS';
export { resolveProgress } from './check/progress';
export { isoDay, lastFinishedMonthEnd } from './check/asOf';
export { asOfNote } from './check/asOfNote';
export { parseIsoDate } from './isoDate';
export { issueMessage, statusLabel } from './messages';
export { SAMPLE_GRID } from './sample';
export { buildNarrative } from './narrative/buildNarrative';
export {
  DEFAULT_TEMPLATES,
  TEMPLATE_IDS,
  TEMPLATE_PARAMS,
  validateTemplates,
} from './narrative/templates';
export type { TemplateId } from './narrative/templates';
export type { ParamKind } from './narrative/templateSpec';
export { narrativeFromText } from './narrative/fromText';
export { narrativeProseToText, narrativeToText } from './export/text';
export { narrativeToHtml } from './export/html';
export { narrativeToDocx } from './export/docx';
export { rollupReports } from './rollup';
export { readWorkbookFile } from './import/readWorkbookFile';
export type { FileKind, ReadFileFailure, ReadFileResult } from './import/readWorkbookFile';
export { loadExcelJs } from './import/loadExcelJs';
export type { ExcelJsModule } from './import/loadExcelJs';
export { checkOptionsFrom, DEFAULT_SETTINGS } from './settings';
export {
  checkOptionsFor,
  forgetReading,
  headerTextAt,
  READING_LIMITS,
  rememberReading,
  savedReadingFor,
} from './savedReadings';
export type { MatchedReading, ReadingSource } from './savedReadings';
export type {
  OutputMode,
  SavedReading,
  Settings,
  SettingsReadResult,
  SourceKind,
} from './settings';
export { parseSettings, SettingsSchema } from './settingsSchema';
export type * from './host/port';
export { HostError } from './host/errors';
export type { HostErrorCode } from './host/errors';
export type { HostName } from './messages/hostWording';
export {
  checkOutcome,
  clearOutcome,
  describeWrite,
  failureOutcome,
  fallbackHere,
  hostErrorMessage,
} from './host/outcome';
export { loadRunSettings, runCheckSteps } from './host/steps';
export type { CheckRun, CheckStep, RunSettings } from './host/steps';
export { checkAndMark } from './host/checkAndMark';
export { isEmptyValue, isOurLabel, RESULT_SHEET_NAME, STATUS_HEADER_ALT } from './marks/labels';
export { markPlan, noteRows, TONE_COLORS } from './marks/markPlan';
export type {
  FillMarkPlan,
  MarkPlan,
  MarkTone,
  NoteMarkPlan,
  StatusMarkPlan,
} from './marks/markPlan';
export {
  decodeLegacyMarks,
  decodeMarksXml,
  encodeMarksXml,
  entriesOnSheet,
  isEmptyRecord,
  isOurNote,
  LEGACY_MARKS_KEY,
  MARKS_NAMESPACE,
  mergeRecords,
  noteMark,
} from './marks/record';
export type {
  CellMark,
  FillMark,
  MarkEntry,
  MarksReadResult,
  MarksRecord,
  NoteMark,
  StatusColumnMark,
} from './marks/record';
export { resultSheetContents } from './marks/resultSheet';
export type { SheetContents } from './marks/resultSheet';
export { checkCommand, clearCommand } from './host/ribbonCommands';
export type { CommandDeps, CommandNotice, CommandOptions } from './host/ribbonCommands';
export { cellKey, groupBy, runs, sameColor } from './host/plan/cells';
export type { CellAt, Run } from './host/plan/cells';
export { cutGrid, valueAt } from './host/plan/grid';
export type { LoadedBlock } from './host/plan/grid';
export { existingResultSheet, healRecord } from './host/plan/records';
export type { SheetRef } from './host/plan/records';
export { chooseSource } from './host/plan/sourceChoice';
export type { Choice, ChoiceInput, TableRect } from './host/plan/sourceChoice';
export { neighbourFrom, ourStatusKeys, statusValuesOf } from './host/plan/inspection';
export type { Inspection, ReadView } from './host/plan/inspection';
export { wantedFills } from './host/plan/fillPlan';
export { noteTargets } from './host/plan/notePlan';
export { statusRowsFor } from './host/plan/statusPlan';
export type { StatusWrite } from './host/plan/statusPlan';
export { removalsFor } from './host/plan/clearPlan';
export type { Observed, Removals } from './host/plan/clearPlan';
export { planWrite, writeSummary } from './host/plan/writePlan';
export type { ResultSheetPlan, WritePlan } from './host/plan/writePlan';
export { messageFormat } from './icu';
