// Recognises what kind of file a byte array is before a zip reader is asked to open it.

const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // empty archive
];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** UTF-16LE name as it appears in an OLE directory entry. */
const utf16le = (name: string): number[] => [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > bytes.length) return false;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

export type Container = 'xlsx' | 'other-zip' | 'encrypted' | 'legacy-xls' | 'other';

/**
 * Excel writes a password-protected .xlsx as an OLE compound file holding an EncryptionInfo
 * stream; an OLE file with a Workbook stream and no EncryptionInfo is a legacy .xls.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) {
    // Entry names are stored uncompressed. A complete archive (with its end record) without a
    // workbook part is some other document; a truncated one is left for the zip reader to reject.
    if (contains(bytes, ascii('xl/workbook.xml'))) return 'xlsx';
    return contains(bytes, ZIP_END) ? 'other-zip' : 'xlsx';
  }
  if (!startsWith(bytes, OLE_MAGIC)) return 'other';
  if (contains(bytes, utf16le('EncryptionInfo'))) return 'encrypted';
  const legacy = contains(bytes, utf16le('Workbook')) || contains(bytes, utf16le('Book'));
  return legacy ? 'legacy-xls' : 'encrypted';
}
