// The tags an HTML export may contain: the exporter's own, with its own attributes, nothing else.

const OWN_TAG =
  /^<(\/?)(div|p|span|table|thead|tbody|tr|th|td)((?:\s+(?:lang|class|style|data-cells|align|border|cellpadding|cellspacing|colspan)="[^"<>]*")*)\s*>/;

/** Every '<' that does not open one of the exporter's tags, with a little context. */
export function foreignMarkup(html: string): string[] {
  const problems: string[] = [];
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const match = OWN_TAG.exec(html.slice(at, at + 2000));
    if (match === null) problems.push(html.slice(Math.max(0, at - 20), at + 40));
  }
  const outsideTags = html.replace(/<[^<>]*>/g, '');
  if (outsideTags.includes('>')) problems.push('a bare > outside the tags');
  return problems;
}
