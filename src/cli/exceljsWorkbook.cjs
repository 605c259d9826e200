// exceljs for the CLI: its Workbook alone. The package's entry also loads the streaming writer and
// its zip library (archiver), which the CLI never uses: 255 → 110 ms of start-up on the build
// machine. The package has no "exports" map, so this path is public to require; the CLI tests
// read and write .xlsx through it, so a future layout change fails them loudly.
'use strict';

module.exports = { Workbook: require('exceljs/lib/doc/workbook.js') };
