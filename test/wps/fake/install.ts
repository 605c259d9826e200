// Puts a fake WPS 表格 where the add-in looks for it (globalThis.Application and its older name
// `wps`), with a sheet holding `rows`; uninstall() takes it away again.
import { FakeBook } from './model';
import type { FakeEtSheet, Value } from './model';
import { FakeApplication } from './objects';

export interface FakeWps {
  app: FakeApplication;
  book: FakeBook;
  uninstall: () => void;
}

export function installFakeWps(book = new FakeBook()): FakeWps {
  const app = new FakeApplication(book);
  const global = globalThis as { Application?: unknown; wps?: unknown };
  global.Application = app;
  global.wps = app;
  return {
    app,
    book,
    uninstall: () => {
      delete global.Application;
      delete global.wps;
    },
  };
}

/** A book with one sheet holding `rows` at `at`, the cursor at `cursor`. */
export function bookWith(
  rows: Value[][],
  at = 'B2',
  cursor = 'C5',
): { book: FakeBook; sheet: FakeEtSheet } {
  const book = new FakeBook();
  const sheet = book.addSheet('Sheet1').put(at, rows);
  book.select(cursor);
  return { book, sheet };
}
