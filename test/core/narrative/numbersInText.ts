// Every number written in a text, as digits without thousands separators: '3,700人次、1.5亿元' → ['3700', '1.5'].
export function numbersInText(text: string): string[] {
  return (text.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((number) => number.replace(/,/g, ''));
}

const trimZeros = (text: string): string =>
  text.includes('.') ? text.replace(/\.?0+$/, '') : text;

/**
 * The ways a report number may be written: scaled by 10^-4..10^4 (万, RMB million, percent),
 * rounded to 0..4 decimals, with and without trailing zeros, sign dropped.
 */
export function spellings(value: number): string[] {
  if (!Number.isFinite(value)) return [];
  const spelled: string[] = [];
  for (const places of [-4, -2, 0, 2, 4]) {
    const scaled = Math.abs(
      Number(`${Math.abs(value)}e${places}`) || Math.abs(value) * 10 ** places,
    );
    for (let decimals = 0; decimals <= 4; decimals++) {
      if (scaled >= 1e21) continue;
      const rounded = Number(`${Math.round(Number(`${scaled}e${decimals}`))}e-${decimals}`);
      const fixed = Number.isFinite(rounded) ? rounded.toFixed(decimals) : scaled.toFixed(decimals);
      spelled.push(fixed, trimZeros(fixed));
    }
  }
  return spelled;
}
