import { snippetLinter } from '../support/lintCases';

const { cases, lint } = snippetLinter();

describe('dependencies point inward only', () => {
  it.each(
    cases([
      [
        'src/core/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      ],
      ['src/core/x.ts', "import { readFileSync } from 'fs';\nexport const f = readFileSync;\n"],
      ['src/core/x.ts', "import React from 'react';\nexport const r = React;\n"],
      ['src/core/x.ts', "import { x } from '../office/excel';\nexport const y = x;\n"],
      ['src/core/x.ts', "import { x } from '../taskpane/App';\nexport const y = x;\n"],
      ['src/core/check/x.ts', "import ExcelJS from 'exceljs';\nexport const e = ExcelJS;\n"],
      ['src/office/x.ts', "import { x } from '../taskpane/App';\nexport const y = x;\n"],
      ['src/cli/x.ts', "import { x } from '../office/excel';\nexport const y = x;\n"],
      ['src/cli/x.ts', "import { x } from '../office';\nexport const y = x;\n"],
      ['src/core/x.ts', "import { x } from '../office';\nexport const y = x;\n"],
      ['src/taskpane/x.ts', "import { x } from '../core/settings';\nexport const y = x;\n"],
      ['src/commands/x.ts', "import { x } from '../core/check/checkTable';\nexport const y = x;\n"],
      ['src/office/plan/x.ts', "import { x } from '../excel/errors';\nexport const y = x;\n"],
      ['src/office/plan/x.ts', "import { x } from '../store/marksStore';\nexport const y = x;\n"],
    ]),
  )('%s rejects %p', (file, source) => {
    expect(lint(file, source)).toContain('no-restricted-imports');
  });

  it.each(
    cases([
      ['src/core/x.ts', 'export const n = Excel;\n'],
      ['src/taskpane/x.ts', 'export const n = Office;\n'],
      ['src/core/x.ts', 'export const n = document.title;\n'],
      ['src/office/plan/x.ts', 'export const n = Excel;\n'],
    ]),
  )('%s rejects the global in %p', (file, source) => {
    expect(lint(file, source)).toContain('no-restricted-globals');
  });

  it.each(
    cases([
      ['src/core/import/x.ts', "import Papa from 'papaparse';\nexport const p = Papa;\n"],
      ['src/office/x.ts', "import { checkTable } from '../core';\nexport const c = checkTable;\n"],
      ['src/cli/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
      ['src/taskpane/x.ts', "import { x } from '../../core';\nexport const y = x;\n"],
      ['src/office/excel/x.ts', "import { x } from '../plan/writePlan';\nexport const y = x;\n"],
    ]),
  )('%s allows %p', (file, source) => {
    expect(lint(file, source)).not.toContain('no-restricted-imports');
  });
});
