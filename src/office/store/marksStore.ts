// The marks record in the workbook: one custom XML part (ExcelApi 1.5; WPS keeps and reads the
// same part), in the core's format. Version 1 kept it in the document settings; such a record
// is still read, and removed from there once the part holds it.
import {
  decodeLegacyMarks,
  decodeMarksXml,
  encodeMarksXml,
  isEmptyRecord,
  LEGACY_MARKS_KEY,
  MARKS_NAMESPACE,
  mergeRecords,
} from '../../core';
import type { MarksReadResult, MarksRecord } from '../../core';
import type { RoundTripCounter } from '../excel/roundTrips';
import { cachedSetting, updateSettings } from './documentSettings';

/** Queues the ids of our parts; read them after the sync. */
export function queueMarkPartIds(workbook: Excel.Workbook): () => string[] {
  const parts = workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  return () => parts.items.map((part) => part.id);
}

/** Queues the text of the given parts (ids from the previous batch). */
export function queueMarkXml(workbook: Excel.Workbook, ids: readonly string[]): () => string[] {
  const results = ids.map((id) => workbook.customXmlParts.getItem(id).getXml());
  return () => results.map((result) => result.value);
}

export interface StoredMarks {
  read: MarksReadResult;
  /** Our parts in the workbook (normally one). */
  partIds: string[];
  /** A version 1 record is still in the document settings. */
  legacy: boolean;
}

/** The record from our parts and from the settings of version 1, as one. */
export function storedMarks(partIds: string[], xml: readonly string[]): StoredMarks {
  const legacyRaw = cachedSetting(LEGACY_MARKS_KEY);
  const reads = [...xml.map(decodeMarksXml), decodeLegacyMarks(legacyRaw)];
  const record = reads.reduce<MarksRecord>((all, r) => mergeRecords(all, r.record), {
    entries: [],
    resultSheet: null,
  });
  return {
    read: { record, corrupted: reads.some((r) => r.corrupted) },
    partIds,
    legacy: legacyRaw !== null && legacyRaw !== undefined,
  };
}

/**
 * Queues writing `record` to our part (added if there is none; extra parts deleted). Returns the
 * part, so that a later write in the same batch can replace the text again.
 */
export function queueRecordWrite(
  workbook: Excel.Workbook,
  partIds: readonly string[],
  record: MarksRecord,
): Excel.CustomXmlPart | null {
  const [first, ...extra] = partIds;
  for (const id of extra) workbook.customXmlParts.getItem(id).delete();
  if (isEmptyRecord(record)) {
    if (first) workbook.customXmlParts.getItem(first).delete();
    return null;
  }
  const xml = encodeMarksXml(record);
  if (!first) return workbook.customXmlParts.add(xml);
  const part = workbook.customXmlParts.getItem(first);
  part.setXml(xml);
  return part;
}

/** Replaces the text of a part queued earlier in the same batch (deleted when empty). */
export function queueRecordReplace(part: Excel.CustomXmlPart, record: MarksRecord): void {
  if (isEmptyRecord(record)) part.delete();
  else part.setXml(encodeMarksXml(record));
}

/** Once the part holds the record, version 1's copy in the settings goes. */
export async function dropLegacyMarks(
  marks: StoredMarks,
  counter?: RoundTripCounter,
): Promise<void> {
  if (!marks.legacy) return;
  await updateSettings((bag) => bag.remove(LEGACY_MARKS_KEY), counter);
}
