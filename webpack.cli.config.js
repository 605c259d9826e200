// The command-line tool: one CommonJS bundle for Node 20 in dist-cli/. The file-format libraries
// stay in node_modules (required at run time, docx only when a .docx is written); the core and
// intl-messageformat are bundled.
const path = require('node:path');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'node20',
  devtool: false,
  entry: './src/cli/main.ts',
  output: {
    path: path.resolve(__dirname, 'dist-cli'),
    filename: 'cli.cjs',
    chunkFormat: 'commonjs',
    library: { type: 'commonjs2' },
    clean: true,
    asyncChunks: false, // one file: the lazily loaded modules stay in it, run on first use
  },
  externalsPresets: { node: true },
  externals: {
    'exceljs/lib/doc/workbook.js': 'commonjs exceljs/lib/doc/workbook.js',
    docx: 'commonjs docx',
    papaparse: 'commonjs papaparse',
  },
  resolve: {
    extensions: ['.ts', '.js', '.mjs', '.json'],
    // Only the Workbook (src/cli/exceljsWorkbook.cjs says why).
    alias: { exceljs$: path.resolve(__dirname, 'src/cli/exceljsWorkbook.cjs') },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { target: 'ES2022' } },
        },
      },
      // As in the add-in's builds: the core has no side effects, so what the CLI does not use
      // (settings schemas, the host's write plans) stays out of the bundle and its start-up.
      { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
    ],
  },
  optimization: { splitChunks: false, minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
});
