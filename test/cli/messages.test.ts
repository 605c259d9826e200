import { CLI_ERROR_CODES } from '../../src/cli/errors';
import { errorLine } from '../../src/cli/messages';

const params = {
  file: 'a.xlsx',
  option: '--x',
  value: 'v',
  choices: 'a|b',
  command: 'c',
  reason: 'r',
  detail: 'd',
  sheet: 's',
  sheets: 's1, s2',
  message: 'A5：这不是指标表',
  roles: 'name actual',
};

describe('CLI error lines', () => {
  it.each(CLI_ERROR_CODES.flatMap((code) => [[code, 'zh-CN'] as const, [code, 'en-US'] as const]))(
    '%s in %s is one line with every placeholder filled',
    (code, locale) => {
      const line = errorLine(code, params, locale);
      expect(line).not.toMatch(/\n|undefined|\$\{/);
      expect(line.length).toBeGreaterThan(5);
      if (locale === 'zh-CN') expect(line).toMatch(/[\u4e00-\u9fff]/);
      else expect(line).toMatch(/^[\x20-\x7e]/);
    },
  );

  it.each([
    ['file-missing', 'zh-CN', '找不到文件 a.xlsx'],
    ['file-missing', 'en-US', 'File not found: a.xlsx'],
    ['xlsx-encrypted', 'zh-CN', 'a.xlsx 已加密（设置了打开密码），请在 Excel 中取消密码后另存'],
    ['bad-choice', 'en-US', '--x must be one of a|b, got "v"'],
  ] as const)('%s in %s reads %p', (code, locale, expected) => {
    expect(errorLine(code, params, locale)).toBe(expected);
  });
});
