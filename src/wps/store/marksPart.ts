// The marks record: the same custom XML part, in the core's format, that the Excel shell writes
// (namespace urn:indicator-assistant:marks), so a workbook marked in one host clears in the other.
import {
  decodeMarksXml,
  encodeMarksXml,
  isEmptyRecord,
  MARKS_NAMESPACE,
  mergeRecords,
} from '../../core';
import type { MarksReadResult, MarksRecord } from '../../core';
import type { EtWorkbook } from '../types';
import { readParts, replaceParts } from './xmlParts';

export function readRecord(workbook: EtWorkbook): MarksReadResult {
  const reads = readParts(workbook, MARKS_NAMESPACE).map(decodeMarksXml);
  const record = reads.reduce<MarksRecord>((all, r) => mergeRecords(all, r.record), {
    entries: [],
    resultSheet: null,
  });
  return { record, corrupted: reads.some((r) => r.corrupted) };
}

export function writeRecord(workbook: EtWorkbook, record: MarksRecord): void {
  replaceParts(workbook, MARKS_NAMESPACE, isEmptyRecord(record) ? null : encodeMarksXml(record));
}
