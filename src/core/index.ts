// Public surface of the core: shells import from here only.
export * from './types';
export { checkTable } from './check/checkTable';
export { expectedProgressFor, resolveProgress } from './check/progress';
export { lastFinishedMonthEnd } from './check/asOf';
export { issueMessage, statusLabel, categoryLabel } from './messages';
export { SAMPLE_GRID } from './sample';
export { buildNarrative } from './narrative/buildNarrative';
export { DEFAULT_TEMPLATES, validateTemplates } from './narrative/templates';
export { narrativeFromText } from './narrative/fromText';
export { narrativeToText } from './export/text';
export { narrativeToHtml } from './export/html';
export { narrativeToDocx } from './export/docx';
export { rollupReports } from './rollup';
export { columnIndex, columnLetter, parseAddress, splitA1 } from './table/address';
export { parseCsv } from './import/csv';
export { readXlsx } from './import/xlsx';
