import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import * as espree from 'espree';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const officeGlobals = [
  { name: 'Office', message: 'Only src/office (outside plan/) may touch Office.js.' },
  { name: 'Excel', message: 'Only src/office (outside plan/) may touch Office.js.' },
];
/** WPS's object model (the host injects both names) belongs to src/wps alone. */
const wpsGlobals = [
  { name: 'wps', message: 'Only src/wps may touch the WPS object model.' },
  { name: 'Application', message: 'Only src/wps may touch the WPS object model.' },
];
const hostGlobals = [...officeGlobals, ...wpsGlobals];

/** A folder and everything in it: '../office' as well as '../office/excel/x'. */
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

/** Shells reach the core through its public surface only (src/core/index.ts). */
const coreSurface = {
  group: ['**/core/*', '**/core/**', '!**/core/index'],
  message: 'Import the core through src/core (its index), not its files.',
};

function corePurity(forbidFormatLibraries) {
  const patterns = [
    {
      group: folders('office', 'taskpane', 'commands', 'cli', 'wps'),
      message: 'src/core must not depend on the shells.',
    },
    { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'src/core has no UI.' },
  ];
  if (forbidFormatLibraries) {
    patterns.push({
      group: ['exceljs', 'papaparse'],
      message: 'File formats are read in src/core/import only.',
    });
  }
  return {
    paths: nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
    patterns,
  };
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-cli', 'dist-wps', 'bin', 'coverage', 'test/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', corePurity(true)],
      'no-restricted-globals': [
        'error',
        ...hostGlobals,
        'window',
        'document',
        'navigator',
        'process',
        'Buffer',
      ],
    },
  },
  {
    // File readers are pure too, but they are the one place that may use the format libraries.
    files: ['src/core/import/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', corePurity(false)] },
  },
  {
    // window.Application / window.wps too: the WPS object model is reached through window.
    // Not the core: its own rule above forbids these globals and window itself (a later rule for
    // the same files would replace that list).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/wps/**', 'src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...wpsGlobals],
      'no-restricted-properties': [
        'error',
        ...['Application', 'wps'].flatMap((property) =>
          ['window', 'globalThis', 'self'].map((object) => ({
            object,
            property,
            message: 'Only src/wps may touch the WPS object model.',
          })),
        ),
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...hostGlobals] },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreSurface,
            {
              group: folders('cli', 'commands', 'wps'),
              message: 'The pane uses the port, not other shells.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/office/**/*.ts', 'src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreSurface,
            {
              group: [...folders('taskpane', 'cli', 'wps'), 'react', 'react-dom'],
              message: 'Adapters do not depend on UI or other shells.',
            },
          ],
        },
      ],
    },
  },
  {
    // Planners decide, the Excel I/O acts: plans never call Office. The planners both hosts share
    // live in the core (src/core/host/plan), pure under the core's rules; src/office/plan keeps
    // Excel's own (request size limits).
    files: ['src/office/plan/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreSurface,
            {
              group: folders('excel', 'store', 'host', 'taskpane', 'cli', 'commands', 'wps'),
              message: 'src/office/plan is pure: no Office I/O.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreSurface,
            {
              group: folders('taskpane', 'office', 'commands', 'wps'),
              message: 'The CLI depends on core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The WPS shell reaches the core through its index, and no other shell — except that its
    // pane entry renders the shared React pane (src/taskpane's App).
    files: ['src/wps/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreSurface,
            {
              group: folders('office', 'commands', 'cli', 'taskpane'),
              message: 'The WPS shell uses the core only (its pane entry also src/taskpane).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/wps/pane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreSurface,
            {
              group: folders('office', 'commands', 'cli'),
              message: 'The WPS pane uses the core and the shared React pane only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pane's bundle has intl-messageformat without its parser (webpack.shared.js icuPlugins):
    // text known at run time is compiled through src/core/icu.ts, which brings the parser.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/icu.ts', 'src/taskpane/i18n/strings.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='intl-messageformat'][importKind!='type']",
          message: 'Compile messages with messageFormat (src/core/icu.ts).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The pages' boot scripts must run in IE11: ES5 only, parsed as such.
    files: ['src/office/host/boot.js', 'src/office/host/oldEngine.js'],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser, Office: 'readonly', Promise: 'readonly' },
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    // The WPS pages' first script must run on any engine WPS ever shipped: ES5, parsed as such.
    files: ['src/wps/guard/guard.js'],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: 'script',
      // Feature tests look these up (typeof first): they may be missing on an old engine.
      globals: { ...globals.browser, Promise: 'readonly', Intl: 'readonly' },
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  prettier,
);
