// Pane and ribbon-command bundles. The CLI has its own config (webpack.cli.config.js).
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PORT = Number(process.env.PORT || 3000);

// The pages' first script, ES5 and not bundled (src/office/host/boot.js); hashed for caches.
const BOOT_SOURCE = 'src/office/host/boot.js';
const bootScript = `boot.${createHash('sha256')
  .update(readFileSync(path.join(__dirname, BOOT_SOURCE)))
  .digest('hex')
  .slice(0, 8)}.js`;

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
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { target: 'ES2020' } },
          },
        },
        // The core has no side effects: unused exports (readers, docx) stay out of start-up bundles.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.(png|svg)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: false,
        templateParameters: { bootScript },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        inject: false,
        templateParameters: { bootScript },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml' },
          { from: BOOT_SOURCE, to: bootScript },
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
