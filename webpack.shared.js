// What the Excel build (webpack.config.js) and the WPS build (webpack.wps.config.js) share.
const path = require('node:path');

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

module.exports = { bundleOutput, sourceRules, extensions: ['.ts', '.tsx', '.js', '.mjs'] };
