// The marks record as a workbook's custom XML parts hold it, whichever fake keeps the parts.
import { decodeMarksXml, MARKS_NAMESPACE } from '../../../src/core';
import type { MarksRecord } from '../../../src/core';

/** The record in the one part of the marks namespace among `parts` (null: no such part). */
export function marksIn(
  parts: readonly { namespaceUri: string; xml: string }[],
): MarksRecord | null {
  const ours = parts.filter((p) => p.namespaceUri === MARKS_NAMESPACE);
  if (ours.length > 1) throw new Error(`${ours.length} marks parts`);
  const [part] = ours;
  if (!part) return null;
  const read = decodeMarksXml(part.xml);
  if (read.corrupted) throw new Error('marks part unreadable');
  return read.record;
}
