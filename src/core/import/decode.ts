// Text decoding for the file readers: strict UTF-8, and GB18030 accepted only when it reads as Chinese.
import type { TextDecoderConstructor } from './textDecoder';

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Decodes strictly; null when the bytes are not valid in that encoding or the runtime lacks it. */
export function decodeStrict(bytes: Uint8Array, label: 'utf-8' | 'gb18030'): string | null {
  try {
    return new Decoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeLenient(bytes: Uint8Array, label: string): string | null {
  try {
    return new Decoder(label, { ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const isIdeograph = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x20000 && cp <= 0x3134f);

/**
 * Share of two-byte sequences in the GB2312 block (lead A1–F7, trail A1–FE). Chinese text written as
 * GBK lives almost entirely there; Shift-JIS, Big5 and Latin-1 mostly do not.
 */
function gb2312PairShare(bytes: Uint8Array): number {
  let pairs = 0;
  let inBlock = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x81 || lead === 0xff) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 3; // four-byte GB18030 sequence
      pairs++;
      continue;
    }
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) inBlock++;
    i++;
  }
  return pairs === 0 ? 0 : inBlock / pairs;
}

/**
 * GB18030 text, or null when the bytes do not read as Chinese: more than a stray replacement
 * character, too few ideographs, or byte pairs outside the common GB2312 block.
 */
export function decodeGb18030(bytes: Uint8Array): string | null {
  const text = decodeLenient(bytes, 'gb18030');
  if (text === null) return null;
  let nonAscii = 0;
  let replaced = 0;
  let ideographs = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (cp === 0xfffd) replaced++;
    else if (isIdeograph(cp)) ideographs++;
  }
  if (nonAscii === 0) return null;
  if (replaced > Math.max(1, Math.floor(nonAscii / 100))) return null;
  if (ideographs < nonAscii * 0.5) return null;
  if (gb2312PairShare(bytes) < 0.8) return null;
  return text;
}
