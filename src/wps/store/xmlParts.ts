// Our custom XML parts in the workbook (Workbook.CustomXMLParts: Count, Item(i) from 1, Add(xml),
// part.NamespaceURI / XML / Delete()). They are saved with the file, so the data travels with it.
import { HostError } from '../../core';
import type { EtWorkbook, EtXmlPart, EtXmlParts } from '../types';

function partsOf(workbook: EtWorkbook): EtXmlParts {
  const parts = workbook.CustomXMLParts as EtXmlParts | undefined;
  // A WPS without custom XML parts cannot keep our record: refuse rather than mark untracked.
  if (!parts || typeof parts.Add !== 'function') throw new HostError('unsupported-api');
  return parts;
}

export function ourParts(workbook: EtWorkbook, namespace: string): EtXmlPart[] {
  const parts = partsOf(workbook);
  const found: EtXmlPart[] = [];
  for (let i = 1; i <= parts.Count; i += 1) {
    const part = parts.Item(i);
    if (part.NamespaceURI === namespace) found.push(part);
  }
  return found;
}

export function readParts(workbook: EtWorkbook, namespace: string): string[] {
  return ourParts(workbook, namespace).map((part) => part.XML);
}

/**
 * Replaces our parts in `namespace` by one holding `xml` (none when xml is null). The new part is
 * added before the old ones go: a failure in between leaves two parts, which read as one record,
 * never none.
 */
export function replaceParts(workbook: EtWorkbook, namespace: string, xml: string | null): void {
  const old = ourParts(workbook, namespace);
  if (xml !== null) partsOf(workbook).Add(xml);
  for (const part of old) part.Delete();
}
