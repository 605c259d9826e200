// Fake ET Application, Workbook, Worksheets, Worksheet, CustomXMLParts, PluginStorage and task
// panes over a FakeBook. Sources as in range.ts: [ETD] Kingsoft's declarations (index.d.ts,
// lib.et.d.ts, lib.kso.d.ts), [WPSJS] the wpsjs 2.2.3 templates, [VBA] Excel VBA reference.
import { MAX_COLUMNS, MAX_ROWS, parseSheetAreas, quoteSheet } from '../../../src/core';
import type {
  EtApplication,
  EtListObject,
  EtPluginStorage,
  EtRange,
  EtSheets,
  EtTaskPane,
  EtWorkbook,
  EtWorksheet,
  EtXmlPart,
  EtXmlParts,
} from '../../../src/wps/types';
import { FakeEtSheet } from './model';
import type { FakeBook } from './model';
import { FakeComError, FakeEtRange } from './range';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ] (docs/research/office-limits.md §10). */
const BAD_NAME = /[:\\/?*[\]]/;

export class FakeWorksheet implements EtWorksheet {
  constructor(
    private readonly app: FakeApplication,
    readonly model: FakeEtSheet,
  ) {}

  private get book(): FakeBook {
    return this.app.book;
  }

  get Name(): string {
    return this.model.name;
  }
  set Name(name: string) {
    const taken = this.book.sheets.some(
      (s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (name === '' || name.length > 31 || BAD_NAME.test(name) || taken) {
      throw new FakeComError(`cannot name a sheet "${name}"`);
    }
    this.book.mutate('Name');
    this.model.name = name;
  }

  get Cells(): EtRange {
    return new FakeEtRange(this.book, this.model, [
      { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 },
    ]);
  }
  get UsedRange(): EtRange {
    return new FakeEtRange(this.book, this.model, [this.model.usedRect()]);
  }
  get ProtectContents(): boolean {
    return this.model.protectContents;
  }
  /** The sheet's comments, from 1, each with its cell as Parent [ETD Comments, Comment.Parent]. */
  get Comments(): EtWorksheet['Comments'] {
    const { model, book } = this;
    const keys = [...model.comments.keys()].sort();
    return {
      Count: keys.length,
      Item: (index: number) => {
        const k = keys[index - 1];
        if (!k) throw new FakeComError(`no comment ${index}`);
        const [row = 0, column = 0] = k.split(',').map(Number);
        const cell = new FakeEtRange(book, model, [{ r0: row, r1: row, c0: column, c1: column }]);
        const comment = cell.Comment;
        if (!comment) throw new FakeComError('comment gone');
        return Object.assign(comment, { Parent: cell });
      },
    };
  }

  get ListObjects(): EtWorksheet['ListObjects'] {
    const { model, book } = this;
    const wrap = (table: FakeEtSheet['listObjects'][number]): EtListObject => ({
      Name: table.name,
      ListColumns: {
        Item: (header: string) => {
          const column = [...Array(table.rect.c1 - table.rect.c0 + 1).keys()]
            .map((i) => table.rect.c0 + i)
            .find((c) => model.value(table.rect.r0, c) === header);
          if (column === undefined) throw new FakeComError(`no column ${header}`);
          return {
            Delete: () => {
              book.mutate('ListColumn.Delete');
              if (column !== table.rect.c1) throw new FakeComError('fake: only the last column');
              for (let row = table.rect.r0; row <= table.rect.r1; row += 1)
                model.update(row, column, { value: '', formula: undefined });
              table.rect = { ...table.rect, c1: table.rect.c1 - 1 };
            },
          };
        },
      },
    });
    return {
      Count: model.listObjects.length,
      Item: (index: number | string) => {
        const table =
          typeof index === 'number'
            ? model.listObjects[index - 1]
            : model.listObjects.find((t) => t.name === index);
        if (!table) throw new FakeComError(`no table ${index}`);
        return wrap(table);
      },
    };
  }

  /** Local A1 addresses, several areas with commas; a sheet prefix must be quoted as Excel quotes it. */
  Range(address: string): EtRange {
    for (const part of address.split(',')) {
      if (part.includes('!') && !part.startsWith(`${quoteSheet(this.model.name)}!`)) {
        throw new FakeComError(
          `Range("${address}"): sheet name not as on this sheet, or not quoted`,
        );
      }
    }
    const areas = parseSheetAreas(address);
    if (!areas || areas.length === 0) throw new FakeComError(`Range("${address}"): bad address`);
    return new FakeEtRange(
      this.book,
      this.model,
      areas.map((area) => area.rect),
    );
  }

  Activate(): void {
    this.book.activeSheet = this.model;
  }

  Delete(): void {
    const book = this.book;
    if (book.protectStructure) throw new FakeComError('the workbook structure is protected');
    // Worksheet.Delete asks the user first unless DisplayAlerts is off [VBA worksheet.delete].
    if (this.app.DisplayAlerts)
      throw new FakeComError('Delete would show a prompt (DisplayAlerts)');
    if (book.sheets.length === 1) throw new FakeComError('a workbook keeps one sheet at least');
    book.mutate('Worksheet.Delete');
    book.sheets.splice(book.sheets.indexOf(this.model), 1);
    if (book.activeSheet === this.model) book.activeSheet = book.sheets[0] ?? null;
  }
}

class FakeSheets implements EtSheets {
  constructor(private readonly app: FakeApplication) {}

  get Count(): number {
    return this.app.book.sheets.length;
  }

  /** Item(index from 1 | name); a missing sheet throws (VBA: "Subscript out of range"). */
  Item(index: number | string): EtWorksheet {
    const sheets = this.app.book.sheets;
    const sheet =
      typeof index === 'number'
        ? sheets[index - 1]
        : sheets.find((s) => s.name.toLowerCase() === index.toLowerCase());
    if (!sheet) throw new FakeComError(`no sheet ${index}`);
    return new FakeWorksheet(this.app, sheet);
  }

  /** Adds a sheet before `before` or after `after`; it becomes the active sheet [VBA sheets.add]. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
    const book = this.app.book;
    if (book.protectStructure) throw new FakeComError('the workbook structure is protected');
    book.mutate('Worksheets.Add');
    let n = book.sheets.length + 1;
    while (book.sheet(`Sheet${n}`)) n += 1;
    const model = new FakeEtSheet(`Sheet${n}`);
    const anchor = (after ?? before) as FakeWorksheet | undefined;
    const at = anchor ? book.sheets.indexOf(anchor.model) + (after ? 1 : 0) : 0;
    book.sheets.splice(at, 0, model);
    book.activeSheet = model;
    return new FakeWorksheet(this.app, model);
  }
}

class FakeXmlParts implements EtXmlParts {
  constructor(private readonly book: FakeBook) {}

  get Count(): number {
    return this.book.parts.length;
  }

  Item(index: number): EtXmlPart {
    const part = this.book.parts[index - 1];
    if (!part) throw new FakeComError(`no part ${index}`); // 1-based [ETD lib.kso.d.ts CustomXMLParts]
    const book = this.book;
    return {
      Id: part.id,
      NamespaceURI: part.namespaceUri,
      XML: part.xml,
      Delete: () => {
        if (part.builtIn) throw new FakeComError('built-in parts cannot be deleted');
        book.mutate('CustomXMLPart.Delete');
        book.parts.splice(book.parts.indexOf(part), 1);
      },
    };
  }

  /** Adds a part; its namespace is its root element's xmlns. Malformed XML is refused. */
  Add(xml = ''): EtXmlPart {
    const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<([\w.:-]+)([^>]*)>/.exec(xml);
    const name = root?.[1] ?? '';
    if (!root || !xml.trimEnd().endsWith(`</${name}>`)) {
      throw new FakeComError('Add: not well-formed XML');
    }
    const namespaceUri = /\sxmlns="([^"]*)"/.exec(root[2] ?? '')?.[1] ?? '';
    this.book.mutate('CustomXMLParts.Add');
    this.book.parts.push({ id: this.book.newPartId(), namespaceUri, xml, builtIn: false });
    return this.Item(this.book.parts.length);
  }
}

class FakeEtWorkbook implements EtWorkbook {
  constructor(private readonly app: FakeApplication) {}

  get Name(): string {
    return '指标表.xlsx';
  }
  get Worksheets(): EtSheets {
    return new FakeSheets(this.app);
  }
  get ProtectStructure(): boolean {
    return this.app.book.protectStructure;
  }
  get CustomXMLParts(): EtXmlParts {
    return new FakeXmlParts(this.app.book);
  }
}

/** PluginStorage: strings in memory, shared by the add-in's pages [ETD index.d.ts]. */
export class FakePluginStorage implements EtPluginStorage {
  readonly items = new Map<string, string>();
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  /** Typed `string` [ETD]: a missing key reads as '' here (its real value is not documented). */
  getItem(key: string): string {
    return this.items.get(key) ?? '';
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export class FakeTaskPane implements EtTaskPane {
  Visible = false;
  DockPosition = 4; // floating until docked
  constructor(
    readonly ID: number,
    readonly url: string,
    readonly title: string | undefined,
  ) {}
}

export class FakeApplication implements EtApplication {
  DisplayAlerts = true;
  ScreenUpdating = true;
  readonly PluginStorage = new FakePluginStorage();
  readonly taskPanes: FakeTaskPane[] = [];
  /** LCID of WPS's UI language (msoLanguageIDUI = 2): 2052 zh-CN. */
  uiLanguage = 2052;

  constructor(readonly book: FakeBook) {}

  get ActiveWorkbook(): EtWorkbook | null {
    return this.book.sheets.length > 0 ? new FakeEtWorkbook(this) : null;
  }
  get ActiveSheet(): EtWorksheet | null {
    return this.book.activeSheet ? new FakeWorksheet(this, this.book.activeSheet) : null;
  }
  get ActiveCell(): EtRange | null {
    const sheet = this.book.activeSheet;
    const { row, column } = this.book.activeCell;
    return sheet
      ? new FakeEtRange(this.book, sheet, [{ r0: row, r1: row, c0: column, c1: column }])
      : null;
  }
  get Selection(): unknown {
    const sheet = this.book.activeSheet;
    if (!sheet) return null;
    if (this.book.shapeSelected) return { Name: 'Picture 1' }; // a shape, not a Range
    return new FakeEtRange(this.book, sheet, this.book.selection);
  }
  get LanguageSettings(): { LanguageID(which: number): number } {
    return {
      LanguageID: (which: number) => {
        if (which !== 2) throw new FakeComError(`fake: LanguageID(${which})`);
        return this.uiLanguage;
      },
    };
  }

  /** A new pane, hidden until Visible = true [ETD index.d.ts CreateTaskPane]. */
  CreateTaskPane(url: string, title?: string): EtTaskPane {
    if (!/^(https?|file):\/\//.test(url))
      throw new FakeComError(`CreateTaskPane: not a URL: ${url}`);
    const pane = new FakeTaskPane(this.taskPanes.length + 1, url, title);
    this.taskPanes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): EtTaskPane {
    const pane = this.taskPanes.find((p) => p.ID === id);
    if (!pane) throw new FakeComError(`no task pane ${id}`);
    return pane;
  }
}
