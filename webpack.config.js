// Pane and ribbon-command bundles. The CLI has its own config (webpack.cli.config.js).
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { bundleOutput, extensions, icuPlugins, sourceRules } = require('./webpack.shared');

const PORT = Number(process.env.PORT || 3000);

// The pages' first script and what it loads in engines too old for the bundles: ES5, not
// bundled (src/office/host/boot.js, oldEngine.js); hashed for caches.
const hashedName = (source, name) =>
  `${name}.${createHash('sha256')
    .update(readFileSync(path.join(__dirname, source)))
    .digest('hex')
    .slice(0, 8)}.js`;
const ES5_SCRIPTS = {
  bootScript: {
    from: 'src/office/host/boot.js',
    to: hashedName('src/office/host/boot.js', 'boot'),
  },
  oldEngineScript: {
    from: 'src/office/host/oldEngine.js',
    to: hashedName('src/office/host/oldEngine.js', 'old-engine'),
  },
};
const es5Names = Object.fromEntries(Object.entries(ES5_SCRIPTS).map(([key, { to }]) => [key, to]));

/** Those scripts minified, and still ES5 (their test parses the source; this keeps the output so). */
async function minifyEs5(content) {
  const { minify } = require('terser');
  const result = await minify(content.toString(), { ecma: 5, compress: true, mangle: true });
  return result.code;
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const config = {
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: bundleOutput('dist'),
    resolve: { extensions },
    module: {
      rules: [
        ...sourceRules('ES2020'),
        {
          test: /\.(png|svg)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...icuPlugins(webpack),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        templateParameters: es5Names,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        inject: false,
        templateParameters: es5Names,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml' },
          ...Object.values(ES5_SCRIPTS).map(({ from, to }) => ({ from, to, transform: minifyEs5 })),
        ],
      }),
    ],
    devServer: {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
      client: { overlay: false },
    },
  };
  if (dev && process.env.HTTPS !== '0') {
    const { getHttpsServerOptions } = require('./scripts/https-options.cjs');
    config.devServer.server = { type: 'https', options: await getHttpsServerOptions() };
  }
  return config;
};
