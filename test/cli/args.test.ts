import { parseCommand, requestedLocale } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

function usageError(argv: string[]): { code: string; params: Record<string, string> } {
  try {
    parseCommand(argv);
  } catch (error) {
    if (error instanceof CliError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('parseCommand', () => {
  it('fills the defaults; no as-of date, today for the core to decide it, as in the pane', () => {
    expect(parseCommand(['check', 'a.xlsx'], new Date(2026, 6, 5, 23, 59))).toEqual({
      kind: 'check',
      options: {
        files: ['a.xlsx'],
        today: '2026-07-05',
        locale: 'zh-CN',
        format: 'text',
        rollup: false,
        mode: 'auto',
      },
    });
  });

  it('reads every option', () => {
    const argv = [
      'check',
      'a.xlsx',
      'b.csv',
      '--sheet',
      '县区',
      '--as-of=2026-06-30',
      '--progress',
      '0.5',
      '--severe-gap',
      '0.1',
      '--locale',
      'en-US',
      '--format',
      'docx',
      '--out',
      'x.docx',
      '--templates',
      't.json',
      '--rollup',
    ];
    expect(parseCommand(argv, new Date(2026, 8, 1))).toEqual({
      kind: 'check',
      options: {
        files: ['a.xlsx', 'b.csv'],
        sheet: '县区',
        asOf: '2026-06-30',
        today: '2026-09-01',
        expectedProgress: 0.5,
        severeGap: 0.1,
        locale: 'en-US',
        format: 'docx',
        out: 'x.docx',
        templates: 't.json',
        rollup: true,
        mode: 'auto',
      },
    });
  });

  it('reads --lower (names split on , ， 、) and --mode', () => {
    const argv = [
      'check',
      'a.csv',
      '--lower',
      '单位GDP能耗, 项目成本、事故起数',
      '--mode',
      'selfeval',
    ];
    expect(parseCommand(argv, new Date(2026, 6, 15))).toMatchObject({
      kind: 'check',
      options: { lower: ['单位GDP能耗', '项目成本', '事故起数'], mode: 'selfeval' },
    });
  });

  it('reads --higher (a name confirmed better higher)', () => {
    expect(
      parseCommand(['check', 'a.csv', '--higher', '能耗下降率，单位能耗'], new Date(2026, 6, 15)),
    ).toMatchObject({
      kind: 'check',
      options: { higher: ['能耗下降率', '单位能耗'] },
    });
  });

  it.each([
    [['--help'], { kind: 'help', locale: 'zh-CN' }],
    [['-h', '--locale', 'en-US'], { kind: 'help', locale: 'en-US' }],
    [['check', 'a.csv', '--help'], { kind: 'help', locale: 'zh-CN' }],
    [['--version'], { kind: 'version' }],
    [['-v'], { kind: 'version' }],
  ])('%p → %p', (argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  it.each<[string[], string, Record<string, string>]>([
    [[], 'no-command', {}],
    [['check'], 'no-files', {}],
    [['verify', 'a.csv'], 'unknown-command', { command: 'verify' }],
    [['check', 'a.csv', '--bogus'], 'unknown-option', { option: '--bogus' }],
    [['check', 'a.csv', '-x'], 'unknown-option', { option: '-x' }],
    [['check', 'a.csv', '--sheet'], 'missing-value', { option: '--sheet' }],
    [
      ['check', 'a.csv', '--as-of', '2026-02-30'],
      'bad-date',
      { option: '--as-of', value: '2026-02-30' },
    ],
    [
      ['check', 'a.csv', '--as-of', '2026/06/30'],
      'bad-date',
      { option: '--as-of', value: '2026/06/30' },
    ],
    [
      ['check', 'a.csv', '--progress', '1.5'],
      'bad-fraction',
      { option: '--progress', value: '1.5' },
    ],
    [['check', 'a.csv', '--progress', ''], 'bad-fraction', { option: '--progress', value: '' }],
    [
      ['check', 'a.csv', '--severe-gap', 'x'],
      'bad-fraction',
      { option: '--severe-gap', value: 'x' },
    ],
    [
      ['check', 'a.csv', '--format', 'pdf'],
      'bad-choice',
      { option: '--format', value: 'pdf', choices: 'json|text|html|docx' },
    ],
    [
      ['check', 'a.csv', '--locale', 'fr-FR'],
      'bad-choice',
      { option: '--locale', value: 'fr-FR', choices: 'zh-CN|en-US' },
    ],
    [
      ['check', 'a.csv', '--mode', 'score'],
      'bad-choice',
      { option: '--mode', value: 'score', choices: 'auto|selfeval|progress' },
    ],
    [['check', 'a.csv', '--lower', ' , '], 'missing-value', { option: '--lower' }],
    [['check', 'a.csv', '--higher', '、'], 'missing-value', { option: '--higher' }],
    [['check', 'a.csv', '--format', 'docx'], 'docx-needs-out', {}],
    [['check', 'a.xlsx', 'b.xlsx', '--annotate', 'c.xlsx'], 'annotate-one-file', {}],
    [['check', 'a.xlsx', '--rollup', '--annotate', 'c.xlsx'], 'annotate-one-file', {}],
  ])('%p is a usage error %s', (argv, code, params) => {
    expect(usageError(argv)).toEqual({ code, params });
  });
});

describe('requestedLocale', () => {
  it.each([
    [['check', '--locale', 'en-US', '--bogus'], 'en-US'],
    [['--locale=en-US'], 'en-US'],
    [['--locale', 'fr'], 'zh-CN'],
    [[], 'zh-CN'],
  ])('%p → %s', (argv, locale) => {
    expect(requestedLocale(argv)).toBe(locale);
  });
});
