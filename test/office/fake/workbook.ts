// Fake Excel.Workbook, worksheets, tables and notes.
import { MAX_COLUMNS, MAX_ROWS, parseAreas, parseRect } from '../../../src/core';
import type { Rect } from '../../../src/core';
import { FakeClientResult, FakeProxy, FakeRichApiError, jsonBytes } from './context';
import type { FakeContext } from './context';
import type { FakeSheet, FakeTable, FakeWorkbook } from './model';
import { FakeCustomXmlParts } from './customXml';
import { assertWritable, FakeRange, FakeRangeAreas } from './range';

/** Reads one property of every item of a collection loaded with 'items/<prop>'. */
abstract class FakeCollection<T, I> extends FakeProxy<T> {
  private loadedItems: Map<string, unknown>[] | null = null;

  protected abstract list(target: T): I[];
  protected abstract itemProp(item: I, prop: string): unknown;

  get items(): Record<string, unknown>[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: items');
    return this.loadedItems.map((data) => {
      const item: Record<string, unknown> = {};
      for (const [prop, value] of data) {
        Object.defineProperty(item, prop, { get: () => value, enumerable: true });
      }
      return new Proxy(item, {
        get: (obj, prop) => {
          if (typeof prop === 'string' && !(prop in obj)) {
            throw new Error(`PropertyNotLoaded: items/${prop}`);
          }
          return obj[prop as string];
        },
      });
    });
  }

  protected read(target: T, path: string): unknown {
    const [head, prop] = path.split('/');
    if (head !== 'items' || !prop) throw new Error(`fake: collection load ${path}`);
    const list = this.list(target);
    this.loadedItems ??= list.map(() => new Map());
    const values = list.map((item) => this.itemProp(item, prop));
    values.forEach((value, i) => this.loadedItems?.[i]?.set(prop, value));
    return values;
  }
}

class FakeProtection extends FakeProxy<{ protected: boolean }> {
  get protected(): boolean {
    return this.got('protected');
  }

  protected read(target: { protected: boolean }, path: string): unknown {
    if (path !== 'protected') throw new Error(`fake: protection.${path}`);
    return target.protected;
  }
}

/**
 * A method called on a null object fails: check isNullObject after a sync first
 * (learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member).
 */
function nullObjectMethod<T>(target: T | null): T {
  if (target === null) throw new FakeRichApiError('ItemNotFound', 'method called on a null object');
  return target;
}

class FakeNote extends FakeProxy<{ sheet: FakeSheet; key: string }> {
  get content(): string {
    return this.got('content');
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const target = nullObjectMethod(this.targetOrNull());
      assertWritable(target.sheet);
      target.sheet.notes.delete(target.key);
    });
  }

  protected read({ sheet, key }: { sheet: FakeSheet; key: string }, path: string): unknown {
    if (path !== 'content') throw new Error(`fake: Note.${path}`);
    return sheet.notes.get(key);
  }
}

function noteKey(address: string): string {
  const rect = parseRect(address);
  if (!rect || rect.r0 !== rect.r1 || rect.c0 !== rect.c1) {
    throw new FakeRichApiError('InvalidArgument', `not a single cell: ${address}`);
  }
  return `${rect.r0},${rect.c0}`;
}

class FakeNoteCollection extends FakeProxy<FakeSheet> {
  getCount(): FakeClientResult<number> {
    this.ctx.require(18);
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(() => result.set(this.target().notes.size));
    return result;
  }

  getItem(address: string): FakeNote {
    this.ctx.require(18);
    return new FakeNote(this.ctx, () => {
      const sheet = this.target();
      const key = noteKey(address);
      return sheet.notes.has(key) ? { sheet, key } : null;
    });
  }

  getItemOrNullObject(address: string): FakeNote {
    this.ctx.require(18);
    return new FakeNote(
      this.ctx,
      () => {
        const sheet = this.target();
        const key = noteKey(address);
        return sheet.notes.has(key) ? { sheet, key } : null;
      },
      true,
    );
  }

  add(address: string, content: string): void {
    this.ctx.require(18);
    this.ctx.enqueue(() => {
      const sheet = this.target();
      assertWritable(sheet);
      const key = noteKey(address);
      if (sheet.notes.has(key))
        throw new FakeRichApiError('InvalidArgument', `note exists at ${address}`);
      sheet.notes.set(key, content);
    }, content.length + 40);
  }

  protected read(_sheet: FakeSheet, path: string): unknown {
    throw new Error(`fake: NoteCollection.${path}`);
  }
}

class FakeTableColumn extends FakeProxy<{ sheet: FakeSheet; table: FakeTable; column: number }> {
  delete(): void {
    this.ctx.enqueue(() => {
      const target = nullObjectMethod(this.targetOrNull());
      const { sheet, table, column } = target;
      assertWritable(sheet);
      shiftRows(sheet, table.rect.r0, table.rect.r1, column, -1);
      table.rect = { ...table.rect, c1: table.rect.c1 - 1 };
    });
  }

  protected read(): unknown {
    throw new Error('fake: TableColumn properties');
  }
}

/**
 * Adding or deleting a table column inserts or deletes cells in the table's rows only, so every
 * cell right of it in those rows moves (Excel's "Insert/Delete Table Columns"; TableColumn.delete,
 * TableColumnCollection.add: learn.microsoft.com/javascript/api/excel/excel.tablecolumn).
 */
function shiftRows(sheet: FakeSheet, r0: number, r1: number, from: number, by: 1 | -1): void {
  for (let row = r0; row <= r1; row += 1) {
    const moved = [...sheet.cells]
      .map(([k, cell]) => ({ column: Number(k.split(',')[1]), r: Number(k.split(',')[0]), cell }))
      .filter(({ r, column }) => r === row && column >= from);
    for (const { column } of moved) sheet.cells.delete(`${row},${column}`);
    for (const { column, cell } of moved) {
      if (by === -1 && column === from) continue; // the deleted cell
      sheet.cells.set(`${row},${column + by}`, { ...cell });
    }
  }
}

class FakeTableColumns extends FakeProxy<{ sheet: FakeSheet; table: FakeTable }> {
  add(index: number | undefined, values: unknown[][], name: string): void {
    this.ctx.enqueue(() => {
      const { sheet, table } = this.target();
      assertWritable(sheet);
      if (index !== undefined && index !== null && index !== -1)
        throw new Error('fake: add inside');
      const { rect } = table;
      const column = rect.c1 + 1;
      if (values.length !== rect.r1 - rect.r0 + 1) throw new FakeRichApiError('InvalidArgument');
      shiftRows(sheet, rect.r0, rect.r1, column, 1);
      values.forEach((cells, i) => {
        const value = i === 0 ? name : cells[0];
        sheet.update(rect.r0 + i, column, {
          value: typeof value === 'number' ? value : String(value ?? ''),
        });
      });
      table.rect = { ...rect, c1: column };
    }, jsonBytes(values));
  }

  getItem(name: string): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => {
      const { sheet, table } = this.target();
      for (let column = table.rect.c0; column <= table.rect.c1; column += 1) {
        if (sheet.value(table.rect.r0, column) === name) return { sheet, table, column };
      }
      return null;
    });
  }

  getItemOrNullObject(name: string): FakeTableColumn {
    return new FakeTableColumn(
      this.ctx,
      () => {
        const { sheet, table } = this.target();
        for (let column = table.rect.c0; column <= table.rect.c1; column += 1) {
          if (sheet.value(table.rect.r0, column) === name) return { sheet, table, column };
        }
        return null;
      },
      true,
    );
  }

  protected read(): unknown {
    throw new Error('fake: TableColumnCollection properties');
  }
}

class FakeTableProxy extends FakeProxy<{ sheet: FakeSheet; table: FakeTable }> {
  readonly columns = new FakeTableColumns(this.ctx, () => this.target());

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, table } = this.target();
      return { sheet, rect: table.rect };
    });
  }

  protected read({ table }: { sheet: FakeSheet; table: FakeTable }, path: string): unknown {
    if (path === 'name') return table.name;
    throw new Error(`fake: Table.${path}`);
  }
}

class FakeTables extends FakeCollection<FakeSheet, FakeTable> {
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => {
      const sheet = this.target();
      const table = sheet.tables.find((t) => t.name === name);
      return table ? { sheet, table } : null;
    });
  }

  protected list(sheet: FakeSheet): FakeTable[] {
    return sheet.tables;
  }

  protected itemProp(table: FakeTable, prop: string): unknown {
    if (prop === 'name') return table.name;
    if (prop === 'showHeaders') return table.showHeaders;
    if (prop === 'showTotals') return table.showTotals;
    throw new Error(`fake: Table.${prop}`);
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  readonly protection = new FakeProtection(this.ctx, () => this.target());
  readonly tables = new FakeTables(this.ctx, () => this.target());
  readonly notes = new FakeNoteCollection(this.ctx, () => this.target());
  readonly freezePanes = {
    freezeRows: (rows: number) => this.change((sheet) => (sheet.frozenRows = rows)),
  };

  get id(): string {
    return this.got('id');
  }
  get name(): string {
    return this.got('name');
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.target();
      if (address === undefined)
        return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const rect = parseRect(address);
      if (!rect) throw new FakeRichApiError('InvalidArgument', `bad address ${address}`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.target(),
      rect: { r0: row, c0: column, r1: row + rows - 1, c1: column + columns - 1 },
    }));
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.require(9);
    return new FakeRangeAreas(this.ctx, () => {
      const rects = parseAreas(address);
      if (!rects || rects.length === 0) throw new FakeRichApiError('InvalidArgument');
      return { sheet: this.target(), rects };
    });
  }

  activate(): void {
    this.change((sheet) => (this.ctx.model.activeSheetId = sheet.id));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.targetOrNull();
      if (!sheet) return;
      const model = this.ctx.model;
      if (model.structureProtected) throw new FakeRichApiError('AccessDenied');
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0]?.id ?? '';
    });
  }

  protected read(sheet: FakeSheet, path: string): unknown {
    if (path === 'id') return sheet.id;
    if (path === 'name') return sheet.name;
    throw new Error(`fake: Worksheet.${path}`);
  }
}

class FakeWorksheets extends FakeCollection<FakeWorkbook, FakeSheet> {
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().activeSheet);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet(key), true);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      const model = this.target();
      if (model.structureProtected) throw new FakeRichApiError('AccessDenied');
      if (model.sheet(name)) throw new FakeRichApiError('ItemAlreadyExists');
      created = model.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => created);
  }

  protected list(model: FakeWorkbook): FakeSheet[] {
    return model.sheets;
  }

  protected itemProp(sheet: FakeSheet, prop: string): unknown {
    if (prop === 'name') return sheet.name;
    if (prop === 'id') return sheet.id;
    throw new Error(`fake: Worksheet.${prop}`);
  }
}

export class FakeWorkbookProxy extends FakeProxy<FakeWorkbook> {
  readonly worksheets = new FakeWorksheets(this.ctx, () => this.target());
  get customXmlParts(): FakeCustomXmlParts {
    return new FakeCustomXmlParts(this.ctx, () => this.target());
  }
  readonly protection = new FakeProtection(this.ctx, () => ({
    protected: this.target().structureProtected,
  }));
  readonly application = {
    suspendApiCalculationUntilNextSync: () => {
      this.ctx.enqueue(() => (this.target().calculationSuspensions += 1));
    },
  };

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const model = this.target();
      const [area, ...more] = model.selection;
      if (!area || more.length > 0) throw new FakeRichApiError('InvalidSelection');
      return { sheet: model.activeSheet, rect: area };
    });
  }

  getSelectedRanges(): FakeRangeAreas {
    this.ctx.require(9);
    return new FakeRangeAreas(this.ctx, () => {
      const model = this.target();
      return { sheet: model.activeSheet, rects: model.selection };
    });
  }

  getActiveCell(): FakeRange {
    this.ctx.require(7);
    return new FakeRange(this.ctx, () => {
      const model = this.target();
      const { row, column } = model.activeCell;
      const rect: Rect = { r0: row, c0: column, r1: row, c1: column };
      return { sheet: model.activeSheet, rect };
    });
  }

  protected read(_model: FakeWorkbook, path: string): unknown {
    throw new Error(`fake: Workbook.${path}`);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;

  constructor(private readonly ctx: FakeContext) {
    this.workbook = new FakeWorkbookProxy(ctx, () => ctx.model);
  }

  sync(): Promise<void> {
    return this.ctx.sync();
  }
}
