// WPS 表格 add-in bundles (run through scripts/build-wps.mjs: npm run build:wps). Separate from the
// Excel build (webpack.config.js): own entries, own output folder, own JavaScript level.
//
// JavaScript level: ES2019 syntax for our code and for node_modules alike (a TypeScript downlevel
// pass), no polyfills. WPS embeds Chromium; its version is not documented (docs/research/wps-addin.md
// §4) and older WPS builds embed older ones. The newest APIs the bundles use without polyfills
// (Object.fromEntries, Array.prototype.flatMap, Intl.PluralRules) need Chromium 73, which parses
// all of ES2019; ES2020 syntax (?. ??) would raise that floor to Chromium 80 for nothing. The ES5
// guard (src/wps/guard/guard.js) runs first and tells an older WPS that it is too old.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { bundleOutput, extensions, sourceRules } = require('./webpack.shared');

const ES_LEVEL = 'ES2019';

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const page = (filename, chunk) =>
    new HtmlWebpackPlugin({
      filename,
      template: `./src/wps/pages/${filename}`,
      chunks: [chunk],
      inject: false, // guard.js writes the script tags (data-scripts)
      minify: false,
    });
  return {
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: dev ? 'cheap-module-source-map' : false,
    target: ['web', ES_LEVEL.toLowerCase()],
    entry: {
      ribbon: './src/wps/ribbon/entry.ts',
      taskpane: './src/wps/pane/index.tsx',
    },
    output: bundleOutput(env.out || 'dist-wps/addin'),
    resolve: { extensions },
    module: {
      rules: [
        ...sourceRules(ES_LEVEL),
        {
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: {
            loader: path.resolve(__dirname, 'scripts/build-wps.downlevel.cjs'),
            options: { target: ES_LEVEL },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page('index.html', 'ribbon'),
      page('taskpane.html', 'taskpane'),
      new CopyWebpackPlugin({
        patterns: [
          // Copied as written (ES5): never through the minifier.
          { from: 'src/wps/guard/guard.js', info: { minimized: true } },
          { from: 'src/wps/ribbon/ribbon.xml' },
          { from: 'assets/check-32.png', to: 'images/check.png' },
          { from: 'assets/clear-32.png', to: 'images/clear.png' },
          { from: 'assets/icon-32.png', to: 'images/icon.png' },
        ],
      }),
    ],
  };
};
