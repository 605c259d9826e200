import { narrativeToText } from '../../../src/core/export/text';
import type { Narrative } from '../../../src/core/types';
import { seed002 } from './support';

describe('narrativeToText', () => {
  it('writes one line per paragraph, segments joined', () => {
    const narrative: Narrative = {
      locale: 'zh-CN',
      paragraphs: [
        { kind: 'title', segments: [{ kind: 'text', text: '标题' }] },
        {
          kind: 'body',
          segments: [
            { kind: 'text', text: '专利申请量完成' },
            { kind: 'value', text: '331件', cells: ['D3'] },
            { kind: 'text', text: '。' },
          ],
        },
      ],
    };
    expect(narrativeToText(narrative)).toBe('标题\n专利申请量完成331件。');
  });

  it('gives the seed 002 text line by line', () => {
    const lines = narrativeToText(seed002()).split('\n');
    expect(lines[0]).toBe('2026年上半年科技工作指标完成情况');
    expect(lines).toContain(
      '高新技术产值完成1.5014亿元，完成年度目标的45.3%，同比增长21.0%。高新技术增加值完成0.8285亿元，完成年度目标的44.9%，同比增长26.0%。',
    );
  });

  it('returns an empty string for an empty or malformed narrative', () => {
    expect(narrativeToText({ locale: 'zh-CN', paragraphs: [] })).toBe('');
    expect(narrativeToText(null as unknown as Narrative)).toBe('');
  });
});
