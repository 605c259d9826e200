// Byte encoders for legacy multi-byte encodings, built by inverting the runtime's TextDecoder
// (Node's TextEncoder only writes UTF-8).
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  const cached = tables.get(label);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const text = decoder.decode(Uint8Array.of(lead, trail));
      if (text.length === 1 && text !== '\ufffd' && !map.has(text)) map.set(text, [lead, trail]);
    }
  }
  tables.set(label, map);
  return map;
}

export function encodeLegacy(label: 'big5' | 'shift_jis' | 'euc-kr', text: string): Uint8Array {
  const map = table(label);
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const pair = code < 0x80 ? [code] : map.get(ch);
    if (!pair) throw new Error(`${label} cannot encode ${ch}`);
    bytes.push(...pair);
  }
  return Uint8Array.from(bytes);
}
