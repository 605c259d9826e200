// Fake Excel.CustomXmlPartCollection (ExcelApi 1.5): add, getByNamespace, getItem, getXml, setXml,
// delete. namespaceUri is set only when the root element declares xmlns, as the reference says
// (learn.microsoft.com/javascript/api/excel/excel.customxmlpart#excel-excel-customxmlpart-namespaceuri-member).
import { FakeClientResult, FakeProxy, FakeRichApiError } from './context';
import type { FakeContext } from './context';
import type { FakeWorkbook, StoredXmlPart } from './model';

const ROOT_NAMESPACE = /^\s*(?:<\?xml[^>]*\?>\s*)?<[\w.:-]+(?:\s[^>]*?)?\sxmlns="([^"]*)"/;

function namespaceOf(xml: string): string {
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?<[\w.:-]+[\s/>]/.test(xml)) {
    throw new FakeRichApiError('InvalidArgument', 'not XML');
  }
  return ROOT_NAMESPACE.exec(xml)?.[1] ?? '';
}

export class FakeCustomXmlPart extends FakeProxy<{ model: FakeWorkbook; part: StoredXmlPart }> {
  get id(): string {
    return this.got('id');
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      const { part } = this.target();
      result.set(part.xml);
      this.ctx.countResponse(part.xml);
    });
    return result;
  }

  setXml(xml: string): void {
    this.ctx.enqueue(() => {
      const { part } = this.target();
      part.namespaceUri = namespaceOf(xml);
      part.xml = xml;
    }, xml.length + 120);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const { model, part } = this.target();
      model.xmlParts.splice(model.xmlParts.indexOf(part), 1);
    });
  }

  protected read({ part }: { part: StoredXmlPart }, path: string): unknown {
    if (path === 'id') return part.id;
    if (path === 'namespaceUri') return part.namespaceUri;
    throw new Error(`fake: CustomXmlPart.${path}`);
  }
}

class FakeCustomXmlItems extends FakeProxy<StoredXmlPart[]> {
  private loaded: string[] | null = null;

  constructor(
    ctx: FakeContext,
    private readonly model: () => FakeWorkbook,
    private readonly filter: (part: StoredXmlPart) => boolean,
  ) {
    super(ctx, () => model().xmlParts.filter(filter));
  }

  get items(): { id: string }[] {
    if (!this.loaded) throw new Error('PropertyNotLoaded: items');
    return this.loaded.map((id) => ({ id }));
  }

  getItem(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => {
      const model = this.model();
      const part = model.xmlParts.find((p) => p.id === id && this.filter(p));
      return part ? { model, part } : null;
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue(() => result.set(this.target().length));
    return result;
  }

  protected read(parts: StoredXmlPart[], path: string): unknown {
    if (path !== 'items/id') throw new Error(`fake: CustomXmlParts load ${path}`);
    this.loaded = parts.map((p) => p.id);
    return this.loaded;
  }
}

export class FakeCustomXmlParts extends FakeCustomXmlItems {
  constructor(
    ctx: FakeContext,
    private readonly workbook: () => FakeWorkbook,
  ) {
    super(ctx, workbook, () => true);
    this.ctx.require(5);
  }

  add(xml: string): FakeCustomXmlPart {
    let created: StoredXmlPart | null = null;
    this.ctx.enqueue(() => {
      const model = this.workbook();
      created = { id: model.nextXmlPartId(), xml, namespaceUri: namespaceOf(xml) };
      model.xmlParts.push(created);
    }, xml.length + 120);
    return new FakeCustomXmlPart(this.ctx, () =>
      created ? { model: this.workbook(), part: created } : null,
    );
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlItems {
    return new FakeCustomXmlItems(this.ctx, this.workbook, (p) => p.namespaceUri === namespaceUri);
  }
}
