#!/usr/bin/env node
// Launcher for the built command-line tool (npm run build:cli writes dist-cli/cli.cjs).
'use strict';
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist-cli', 'cli.cjs');
let cli;
try {
  cli = require(bundle);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(bundle)) {
    process.stderr.write(
      '指标助手命令行工具尚未构建：请在项目目录运行 npm run build:cli' +
        ' / The CLI is not built yet: run npm run build:cli in the project folder.\n',
    );
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
