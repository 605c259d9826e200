// What the Excel build (webpack.config.js) and the WPS build (webpack.wps.config.js) share.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { runInNewContext } = require('node:vm');

/** Hashed bundles in `dir`, emptied first. */
function bundleOutput(dir) {
  return {
    path: path.resolve(__dirname, dir),
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    clean: true,
  };
}

/** Our TypeScript at the given JavaScript level, and the core marked side-effect free. */
function sourceRules(target) {
  return [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target } } },
    },
    // The core has no side effects: unused exports (readers, docx) stay out of the bundles.
    { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
  ];
}

/**
 * The pane's own wording compiled to ICU ASTs at build, and intl-messageformat bundled without its
 * parser: the start-up bundle carries no parser (formatjs's documented "precompile" set-up). Text
 * parsed at run time (templates, lazily loaded wording) goes through src/core/icu.ts, which brings
 * the parser in the chunks that need it and hands intl-messageformat an AST.
 */
function icuPlugins(webpack) {
  const { parse } = require('@formatjs/icu-messageformat-parser');
  const compiled = Object.fromEntries(
    Object.entries(paneMessages()).map(([locale, table]) => [
      locale,
      Object.fromEntries(
        Object.entries(table).map(([key, text]) => [
          key,
          parse(text, { locale: new Intl.Locale(locale) }),
        ]),
      ),
    ]),
  );
  return [
    new webpack.NormalModuleReplacementPlugin(
      /^@formatjs\/icu-messageformat-parser$/,
      (resource) => {
        if (/[\\/]intl-messageformat[\\/]/.test(resource.contextInfo.issuer ?? '')) {
          resource.request = '@formatjs/icu-messageformat-parser/no-parser.js';
        }
      },
    ),
    new webpack.DefinePlugin({ __PANE_MESSAGES__: JSON.stringify(compiled) }),
  ];
}

/** STRINGS of src/taskpane/i18n/paneMessages.ts (data only: transpiled and run in a sandbox). */
function paneMessages() {
  const ts = require('typescript');
  const file = path.join(__dirname, 'src/taskpane/i18n/paneMessages.ts');
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} };
  runInNewContext(outputText, { module, exports: module.exports });
  return module.exports.STRINGS;
}

module.exports = {
  bundleOutput,
  sourceRules,
  icuPlugins,
  extensions: ['.ts', '.tsx', '.js', '.mjs'],
};
