// The WPS shell's boundaries are lint rules (eslint.config.mjs); each one is shown to fail here.
import { snippetLinter } from '../support/lintCases';

const { cases, lint } = snippetLinter();
const WPS_MAY_USE: [string, string] = [
  'src/wps/x.ts',
  'export const a = (window as unknown as { Application: 1 }).Application;\n',
];
const PLANNER_WINDOW: [string, string] = [
  'src/core/host/plan/x.ts',
  'export const a = window.name;\n',
];
const GUARD_ES5: [string, string] = ['src/wps/guard/guard.js', 'var ok = 1;\nwindow.x = ok;\n'];
const GUARD_LATER: [string, string] = [
  'src/wps/guard/guard.js',
  'const notEs5 = () => 1;\nwindow.x = notEs5;\n',
];
cases([WPS_MAY_USE, PLANNER_WINDOW, GUARD_ES5, GUARD_LATER]);

describe('the WPS object model belongs to src/wps', () => {
  it.each(
    cases([
      ['src/core/x.ts', 'export const a = wps;\n', 'no-restricted-globals'],
      ['src/taskpane/x.ts', 'export const a = Application;\n', 'no-restricted-globals'],
      ['src/commands/x.ts', 'export const a = wps;\n', 'no-restricted-globals'],
      ['src/office/plan/x.ts', 'export const a = Application;\n', 'no-restricted-globals'],
      ['src/office/x.ts', 'export const a = window.Application;\n', 'no-restricted-properties'],
      ['src/cli/x.ts', 'export const a = globalThis.wps;\n', 'no-restricted-properties'],
    ]),
  )('%s rejects %p', (file, source, rule) => {
    expect(lint(file, source)).toContain(rule);
  });

  it('src/wps may use it', () => {
    expect(lint(...WPS_MAY_USE)).toEqual([]);
  });
});

describe('src/wps reaches the core through its index and no other shell', () => {
  it.each(
    cases([
      ['src/wps/x.ts', "import { x } from '../core/settings';\nexport const y = x;\n"],
      [
        'src/wps/x.ts',
        "import { ExcelWorkbook } from '../office';\nexport const y = ExcelWorkbook;\n",
      ],
      [
        'src/wps/io/x.ts',
        "import { x } from '../../office/plan/writePlan';\nexport const y = x;\n",
      ],
      [
        'src/wps/ribbon/x.ts',
        "import { x } from '../../commands/ribbonCommands';\nexport const y = x;\n",
      ],
      ['src/wps/x.ts', "import { App } from '../taskpane/App';\nexport const y = App;\n"],
      ['src/wps/pane/x.ts', "import { x } from '../../office';\nexport const y = x;\n"],
      // The planners both hosts share (src/core/host/plan) are core: no WPS I/O.
      [
        'src/core/host/plan/x.ts',
        "import { x } from '../../../wps/io/sheets';\nexport const y = x;\n",
      ],
      [
        'src/core/host/plan/x.ts',
        "import { x } from '../../../wps/store/marksPart';\nexport const y = x;\n",
      ],
      ['src/core/host/plan/x.ts', "import { x } from '../../../wps/host';\nexport const y = x;\n"],
      ['src/taskpane/x.ts', "import { x } from '../wps/host';\nexport const y = x;\n"],
      ['src/office/x.ts', "import { x } from '../wps/wpsWorkbook';\nexport const y = x;\n"],
    ]),
  )('%s rejects %p', (file, source) => {
    expect(lint(file, source)).toContain('no-restricted-imports');
  });

  it('the shared planners touch no window', () => {
    expect(lint(...PLANNER_WINDOW)).toContain('no-restricted-globals');
  });

  it.each(
    cases([
      ['src/wps/x.ts', "import { markPlan } from '../core';\nexport const y = markPlan;\n"],
      ['src/wps/pane/x.tsx', "import { App } from '../../taskpane/App';\nexport const y = App;\n"],
      ['src/wps/io/x.ts', "import { planWrite } from '../../core';\nexport const y = planWrite;\n"],
    ]),
  )('%s allows %p', (file, source) => {
    expect(lint(file, source)).not.toContain('no-restricted-imports');
  });
});

describe('the ES5 guard', () => {
  it('is linted as ES5: later syntax does not even parse', () => {
    expect(lint(...GUARD_ES5)).toEqual([]);
    expect(lint(...GUARD_LATER)).toEqual(['fatal']);
  });
});
