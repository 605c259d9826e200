/** @jest-environment jsdom */
// The fragment as the pane's clipboard and preview see it: parsed by a DOM, no element from cell text.
import { narrativeToHtml } from '../../../src/core/export/html';
import { narrativeProseToText } from '../../../src/core/export/text';
import { HOSTILE_GRID, XSS_NAME, narrativeOf, seed002 } from './support';

const parse = (html: string): HTMLElement => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
};

describe('narrativeToHtml in a DOM', () => {
  it('keeps a markup indicator name as text', () => {
    const narrative = narrativeOf(HOSTILE_GRID);
    const host = parse(narrativeToHtml(narrative));
    expect(host.querySelector('img')).toBeNull();
    // The prose, then the appendix's 附表 label and title.
    expect(host.querySelectorAll('p')).toHaveLength(narrative.paragraphs.length + 2);
    const lines = [...host.querySelectorAll('p')].map((p) => p.textContent).slice(0, -2);
    expect(lines.join('\n')).toBe(narrativeProseToText(narrative));
    const names = [...host.querySelectorAll('table td:nth-child(2)')].map((td) => td.textContent);
    expect(names).toEqual([XSS_NAME, 'R&D "投入"']);
    expect(lines.join('\n')).toContain(`${XSS_NAME}完成60件`);
  });

  it('lets the pane find the cells of a clicked figure', () => {
    const host = parse(narrativeToHtml(seed002()));
    const spans = [...host.querySelectorAll<HTMLElement>('span[data-cells]')];
    const growth = spans.find((span) => span.textContent === '21.0%');
    expect(growth?.dataset.cells?.split(',')).toEqual(['F3', 'D3']);
  });

  it('gives the browser the fixed line height and first-line indent', () => {
    const body = [...parse(narrativeToHtml(seed002())).querySelectorAll('p')][2];
    expect(body?.style.lineHeight).toBe('28pt');
    expect(body?.style.textIndent).toBe('2em');
    expect(body?.style.fontSize).toBe('16pt');
  });
});
