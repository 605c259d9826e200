// The fake WPS 表格 for the browser tests: bundled (esbuild) and run in the page before its own
// scripts, it puts window.Application there with `rows` on Sheet1 at B2 and the cursor in C5.
import { installFakeWps } from './install';
import { FakeBook } from './model';
import type { Value } from './model';

(globalThis as { installFakeWps?: unknown }).installFakeWps = (rows: Value[][]) => {
  const book = new FakeBook();
  book.addSheet('Sheet1').put('B2', rows);
  book.select('C5');
  return installFakeWps(book);
};
