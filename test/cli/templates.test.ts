// End to end: --templates (user narrative templates, refused when invalid).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCliFixtures, type CliFixturePaths } from '../fixtures/generate/cli';
import { SETUP_TIMEOUT_MS, ensureBuilt, outDir, runCli } from './support';

let f: CliFixturePaths;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = outDir('templates');
  f = await writeCliFixtures(dir);
}, SETUP_TIMEOUT_MS);

const templatesFile = (name: string, content: unknown): string => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const paragraphs = (args: string[]): string[] => {
  const run = runCli(['check', f.xlsx, '--as-of', '2026-06-30', '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { narrative: { paragraphs: string[] } }).narrative.paragraphs;
};

describe('--templates', () => {
  it('uses a flat template set for the chosen locale', () => {
    const file = templatesFile('flat.json', { overall: '自定义：共{total}项指标。' });
    const custom = paragraphs(['--templates', file]);
    expect(custom).toContain('自定义：共8项指标。');
    const standard = paragraphs([]);
    expect(custom.length).toBe(standard.length);
    expect(standard).not.toContain('自定义：共8项指标。');
  });

  it('takes the set of the chosen locale from a per-locale file', () => {
    const file = templatesFile('per-locale.json', {
      'zh-CN': { overall: '中文：{total}项。' },
      'en-US': { overall: 'Custom: {total} indicators.' },
    });
    expect(paragraphs(['--templates', file, '--locale', 'en-US'])).toContain(
      'Custom: 8 indicators.',
    );
    expect(paragraphs(['--templates', file])).toContain('中文：8项。');
  });

  it.each([
    ['an unknown placeholder', { overall: '共{unknownThing}项' }, /模板文件 .*有误：.*“overall”/],
    ['a syntax error', { overall: '共{total项' }, /模板文件 .*有误：.*“overall”/],
    ['a non-string template', { overall: 42 }, /模板文件 .*有误：/],
    ['not an object', ['x'], /模板文件 .*有误：/],
    ['broken JSON', '{"overall": ', /无法读取模板文件 /],
  ])('refuses %s with exit code 2', (_name, content, message) => {
    const file = templatesFile('bad.json', content);
    const run = runCli(['check', f.xlsx, '--templates', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports a missing templates file', () => {
    const run = runCli(['check', f.xlsx, '--templates', path.join(dir, 'none.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^找不到文件 .*none\.json\n$/);
  });
});
