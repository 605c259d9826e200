import { narrativeToHtml } from '../../../src/core/export/html';
import type { Narrative } from '../../../src/core/types';
import { HOSTILE_GRID, XSS_NAME, narrativeOf, seed002 } from './support';

const paragraphTags = (html: string): string[] => html.match(/<p style="[^"]*">/g) ?? [];

describe('narrativeToHtml', () => {
  it('is one wrapper with one styled <p> per paragraph', () => {
    const narrative = seed002();
    const html = narrativeToHtml(narrative);
    expect(html.startsWith('<div lang="zh-CN" class="indicator-narrative">')).toBe(true);
    expect(html.endsWith('</div>')).toBe(true);
    // The prose, then the appendix's 附表 label and title.
    expect(paragraphTags(html)).toHaveLength(narrative.paragraphs.length + 2);
  });

  it.each([
    [
      'title',
      '2026年上半年',
      ["font-family:'方正小标宋简体'", 'font-size:22pt', 'text-align:center', 'text-indent:0em'],
    ],
    ['heading1', '一、总体情况', ["font-family:'黑体'", 'font-size:16pt', 'text-indent:2em']],
    [
      'heading2',
      '（一）专利',
      ["font-family:'楷体_GB2312'", "mso-fareast-font-family:'楷体_GB2312'"],
    ],
    [
      'body',
      '截至6月底',
      ["font-family:'仿宋_GB2312'", 'font-size:16pt', 'text-indent:2em', 'mso-char-indent-count:2'],
    ],
  ])('styles a %s paragraph (%s…) for Word', (_, start, declarations) => {
    const html = narrativeToHtml(seed002());
    const tag = html.split('\n').find((line) => line.includes(`">${start}`));
    expect(tag).toBeDefined();
    for (const declaration of [
      ...declarations,
      'line-height:28pt',
      'mso-line-height-rule:exactly',
    ]) {
      expect(tag).toContain(declaration);
    }
  });

  it('sets Latin text in Times New Roman for en-US, Chinese in the same fonts', () => {
    const html = narrativeToHtml(seed002('en-US'));
    expect(html).toContain('lang="en-US"');
    expect(html).toContain("font-family:'Times New Roman','仿宋_GB2312'");
    expect(html).toContain("mso-fareast-font-family:'仿宋_GB2312'");
  });

  it('wraps each figure in a span naming its cells', () => {
    const html = narrativeToHtml(seed002());
    expect(html).toContain('高新技术产值完成<span data-cells="F3">1.5014亿元</span>');
    expect(html).toContain('完成年度目标的<span data-cells="F3,E3">45.3%</span>');
    expect(html).toContain('同比增长<span data-cells="F3,D3">21.0%</span>');
  });

  it('escapes cell text: markup in an indicator name stays text', () => {
    const html = narrativeToHtml(narrativeOf(HOSTILE_GRID));
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt;完成<span data-cells="D2">60件</span>',
    );
    expect(html).toContain('R&amp;D &quot;投入&quot;完成');
    expect(html).not.toContain('<img');
    expect(html).not.toContain(XSS_NAME);
  });

  it('escapes cells and text of hand-made segments too', () => {
    const narrative: Narrative = {
      locale: 'zh-CN',
      paragraphs: [
        { kind: 'body', segments: [{ kind: 'value', text: "<b>'1'</b>", cells: ['"><script>'] }] },
      ],
    };
    const html = narrativeToHtml(narrative);
    expect(html).toContain(
      '<span data-cells="&quot;&gt;&lt;script&gt;">&lt;b&gt;&#39;1&#39;&lt;/b&gt;</span>',
    );
    expect(html).not.toMatch(/<(script|b)>/);
  });
});
