// Fake Excel.Range, RangeAreas, RangeFormat and RangeFill.
import { contains, rectAddress } from '../../../src/core';
import type { Rect } from '../../../src/core';
import { FakeClientResult, FakeProxy, FakeRichApiError } from './context';
import type { FakeContext } from './context';
import type { FakeSheet, FakeTable, Value } from './model';

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][\w.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function eachCell(rect: Rect, visit: (row: number, column: number, i: number, j: number) => void) {
  for (let row = rect.r0; row <= rect.r1; row += 1) {
    for (let column = rect.c0; column <= rect.c1; column += 1) {
      visit(row, column, row - rect.r0, column - rect.c0);
    }
  }
}

function grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
  const out: V[][] = [];
  eachCell(rect, (row, column, i) => {
    (out[i] ??= []).push(cell(row, column));
  });
  return out;
}

export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeRichApiError('AccessDenied');
}

function checkShape(rect: Rect, values: unknown): unknown[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const columns = rect.c1 - rect.c0 + 1;
  if (
    !Array.isArray(values) ||
    values.length !== rows ||
    values.some((row) => !Array.isArray(row) || row.length !== columns)
  ) {
    throw new FakeRichApiError('InvalidArgument', 'array size does not match the range');
  }
  return values as unknown[][];
}

/** What typing `value` into a cell stores (a leading apostrophe keeps text as text). */
function typed(value: unknown): { value: Value; formula?: string } {
  if (typeof value === 'string') {
    if (value.startsWith("'")) return { value: value.slice(1) };
    if (value.startsWith('=')) return { value: '', formula: value };
    return { value };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  return { value: '' };
}

export class FakeRangeFill extends FakeProxy<RangeTarget> {
  get color(): string {
    return this.got('color');
  }

  set color(color: string) {
    this.change(({ sheet, rect }) => {
      assertWritable(sheet);
      eachCell(rect, (row, column) => sheet.update(row, column, { fill: color.toUpperCase() }));
    }, color);
  }

  clear(): void {
    this.change(({ sheet, rect }) => {
      assertWritable(sheet);
      eachCell(rect, (row, column) => sheet.update(row, column, { fill: undefined }));
    });
  }

  protected read({ sheet, rect }: RangeTarget, path: string): unknown {
    if (path !== 'color') throw new Error(`fake: RangeFill.${path}`);
    const colors = new Set<string>();
    eachCell(rect, (row, column) => colors.add(sheet.fill(row, column) ?? '#FFFFFF'));
    return colors.size === 1 ? [...colors][0] : null;
  }
}

export class FakeRangeFont extends FakeProxy<RangeTarget> {
  set bold(_bold: boolean) {
    this.change(({ sheet }) => assertWritable(sheet));
  }

  protected read(_target: RangeTarget, path: string): unknown {
    throw new Error(`fake: RangeFont.${path}`);
  }
}

export class FakeRangeFormat extends FakeProxy<RangeTarget> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(ctx: FakeContext, locate: () => RangeTarget) {
    super(ctx, locate);
    this.fill = new FakeRangeFill(ctx, locate);
    this.font = new FakeRangeFont(ctx, locate);
  }

  autofitColumns(): void {
    this.change(() => undefined);
  }

  protected read(_target: RangeTarget, path: string): unknown {
    throw new Error(`fake: RangeFormat.${path}`);
  }
}

export class FakeRangeAreas extends FakeProxy<{ sheet: FakeSheet; rects: Rect[] }> {
  readonly format = {
    fill: this.fillFor(),
  };

  private fillFor() {
    const change = this.change.bind(this);
    return {
      set color(color: string) {
        change(({ sheet, rects }) => {
          assertWritable(sheet);
          for (const rect of rects) {
            eachCell(rect, (row, column) =>
              sheet.update(row, column, { fill: color.toUpperCase() }),
            );
          }
        }, color);
      },
      clear: () => {
        change(({ sheet, rects }) => {
          assertWritable(sheet);
          for (const rect of rects) {
            eachCell(rect, (row, column) => sheet.update(row, column, { fill: undefined }));
          }
        });
      },
    };
  }

  get address(): string {
    return this.got('address');
  }

  get areaCount(): number {
    return this.got('areaCount');
  }

  select(): void {
    this.change(({ sheet, rects }) => {
      const model = this.ctx.model;
      model.activeSheetId = sheet.id;
      model.selection = rects;
    });
  }

  protected read({ sheet, rects }: { sheet: FakeSheet; rects: Rect[] }, path: string): unknown {
    if (path === 'address') {
      return rects.map((r) => `${sheetPrefix(sheet.name)}!${rectAddress(r)}`).join(', ');
    }
    if (path === 'areaCount') return rects.length;
    throw new Error(`fake: RangeAreas.${path}`);
  }
}

/**
 * Range.dataValidation (ExcelApi 1.8): `type` is 'None' without a rule, the rule's type when
 * every cell has the same, 'Inconsistent' otherwise
 * (learn.microsoft.com/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-type-member).
 */
export class FakeDataValidation extends FakeProxy<RangeTarget> {
  get type(): string {
    return this.got('type');
  }

  protected read({ sheet, rect }: RangeTarget, path: string): unknown {
    if (path !== 'type') throw new Error(`fake: DataValidation.${path}`);
    const types = new Set<string>();
    for (let row = rect.r0; row <= rect.r1; row += 1) {
      for (let column = rect.c0; column <= rect.c1; column += 1) {
        types.add(sheet.validations.get(`${row},${column}`) ?? 'None');
      }
    }
    return types.size === 1 ? [...types][0] : 'Inconsistent';
  }
}

export class FakeRange extends FakeProxy<RangeTarget> {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, locate: () => RangeTarget | null, orNull = false) {
    super(ctx, locate, orNull);
    this.format = new FakeRangeFormat(ctx, () => this.target());
  }

  get dataValidation(): FakeDataValidation {
    this.ctx.require(8);
    return new FakeDataValidation(this.ctx, () => this.target());
  }

  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get values(): Value[][] {
    return this.got('values');
  }
  set values(values: Value[][]) {
    this.change(({ sheet, rect }) => {
      assertWritable(sheet);
      const rows = checkShape(rect, values);
      eachCell(rect, (row, column, i, j) => {
        const cell = typed(rows[i]?.[j]);
        sheet.update(row, column, { value: cell.value, formula: cell.formula });
      });
    }, values);
  }
  get numberFormat(): string[][] {
    return this.got('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.change(({ sheet, rect }) => {
      assertWritable(sheet);
      const rows = checkShape(rect, formats);
      eachCell(rect, (row, column, i, j) => {
        const format = String(rows[i]?.[j] ?? 'General');
        sheet.update(row, column, { numberFormat: format === 'General' ? undefined : format });
      });
    }, formats);
  }
  get formulas(): Value[][] {
    return this.got('formulas');
  }

  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.change(({ sheet, rect }) => {
      assertWritable(sheet);
      // Only existing cells can change; walking the model keeps clearing a whole sheet cheap.
      for (const key of [...sheet.cells.keys()]) {
        const [row = 0, column = 0] = key.split(',').map(Number);
        if (!contains(rect, row, column)) continue;
        if (applyTo === 'Contents') sheet.update(row, column, { value: '', formula: undefined });
        else if (applyTo === 'Formats') {
          sheet.update(row, column, { fill: undefined, numberFormat: undefined });
        } else sheet.cells.delete(key);
      }
    });
  }

  select(): void {
    this.change(({ sheet, rect }) => {
      this.ctx.model.activeSheetId = sheet.id;
      this.ctx.model.selection = [rect];
    });
  }

  getCellProperties(options: {
    format?: { fill?: { color?: boolean } };
  }): FakeClientResult<unknown[][]> {
    this.ctx.require(9);
    if (!options.format?.fill?.color)
      throw new Error('fake: getCellProperties supports fill colour only');
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.target();
      const value = grid(rect, (row, column) => ({
        format: { fill: { color: sheet.fill(row, column) ?? '#FFFFFF' } },
      }));
      this.ctx.countResponse(value);
      result.set(value);
    });
    return result;
  }

  getTables(fullyContained = false): FakeTablesAt {
    this.ctx.require(9);
    return new FakeTablesAt(this.ctx, () => {
      const { sheet, rect } = this.target();
      const tables = sheet.tables.filter((t) =>
        fullyContained
          ? contains(rect, t.rect.r0, t.rect.c0) && contains(rect, t.rect.r1, t.rect.c1)
          : t.rect.r0 <= rect.r1 &&
            t.rect.r1 >= rect.r0 &&
            t.rect.c0 <= rect.c1 &&
            t.rect.c1 >= rect.c0,
      );
      return { tables };
    });
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.ctx.require(9);
    if (cellType !== 'Formulas') throw new Error(`fake: special cells ${cellType}`);
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, rect } = this.target();
        const rects: Rect[] = [];
        for (const [key, cell] of sheet.cells) {
          const [row = 0, column = 0] = key.split(',').map(Number);
          if (cell.formula !== undefined && contains(rect, row, column)) {
            rects.push({ r0: row, r1: row, c0: column, c1: column });
          }
        }
        return rects.length > 0 ? { sheet, rects } : null;
      },
      true,
    );
  }

  protected read({ sheet, rect }: RangeTarget, path: string): unknown {
    switch (path) {
      case 'address':
        return `${sheetPrefix(sheet.name)}!${rectAddress(rect)}`;
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'values':
        return grid(rect, (row, column) => sheet.value(row, column));
      case 'numberFormat':
        return grid(rect, (row, column) => sheet.cell(row, column)?.numberFormat ?? 'General');
      case 'formulas':
        return grid(rect, (row, column) => {
          const cell = sheet.cell(row, column);
          return cell?.formula ?? cell?.value ?? '';
        });
      default:
        throw new Error(`fake: Range.${path}`);
    }
  }
}

/** Fake TableScopedCollection: only `items/name` can be loaded. */
export class FakeTablesAt extends FakeProxy<{ tables: FakeTable[] }> {
  get items(): { name: string }[] {
    return this.got<string[]>('items/name').map((name) => ({ name }));
  }

  protected read({ tables }: { tables: FakeTable[] }, path: string): unknown {
    if (path !== 'items/name') throw new Error(`fake: TableScopedCollection ${path}`);
    return tables.map((t) => t.name);
  }
}
