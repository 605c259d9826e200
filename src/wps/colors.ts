// Fill colours: the marks record and the marking rule speak '#RRGGBB'; WPS 表格, like Excel VBA,
// takes and gives BGR integers (red = 255 = 0x0000FF), and says "no fill" with ColorIndex -4142.

/** xlColorIndexNone / xlNone: what ColorIndex reads for a cell without fill, and clears a fill. */
export const COLOR_INDEX_NONE = -4142;

/** '#FFEB9C' → 0x9CEBFF. */
export function hexToBgr(hex: string): number {
  const rgb = Number.parseInt(hex.replace(/^#/, ''), 16);
  if (!/^#?[0-9a-fA-F]{6}$/.test(hex) || Number.isNaN(rgb)) throw new Error(`not a colour: ${hex}`);
  const red = (rgb >> 16) & 0xff;
  const green = (rgb >> 8) & 0xff;
  const blue = rgb & 0xff;
  return (blue << 16) | (green << 8) | red;
}

/** 0x9CEBFF → '#FFEB9C'. */
export function bgrToHex(bgr: number): string {
  const red = bgr & 0xff;
  const green = (bgr >> 8) & 0xff;
  const blue = (bgr >> 16) & 0xff;
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  return `#${hex(red)}${hex(green)}${hex(blue)}`.toUpperCase();
}
