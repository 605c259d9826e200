// The .docx opens: a zip whose document.xml holds the text, the GB/T 9704 fonts, page and spacing.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { narrativeToDocx } from '../../../src/core/export/docx';
import { narrativeProseToText } from '../../../src/core/export/text';
import {
  HOSTILE_GRID,
  SEED_002_APPENDIX,
  XSS_NAME,
  largeNarrative,
  narrativeOf,
  seed002,
} from './support';

/** The five groups of largeNarrative (test/core/narrative/bigTables). */
const GROUPS = ['研发投入', '知识产权', '企业培育', '科技项目', '人才培训'];

const documentXml = async (bytes: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml missing');
  return file.async('string');
};

const unescapeXml = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The prose part of document.xml: what comes before the appendix table. */
const proseOf = (xml: string): string =>
  xml.split(/<w:p><w:pPr><w:pStyle w:val="IAAppendixLabel"/)[0] ?? '';

/** The text of each w:p, as Word shows it. */
const paragraphTexts = (xml: string): string[] =>
  (proseOf(xml).match(/<w:p>.*?<\/w:p>/g) ?? []).map((p) =>
    unescapeXml(
      (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
    ),
  );

describe('narrativeToDocx', () => {
  let xml = '';
  let bytes: Uint8Array = new Uint8Array();

  beforeAll(async () => {
    bytes = await narrativeToDocx(seed002());
    xml = await documentXml(bytes);
  });

  it('is a zip holding every paragraph of the narrative', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // PK
    expect(paragraphTexts(xml).join('\n')).toBe(narrativeProseToText(seed002()));
  });

  it('sets the fonts per paragraph kind, with the East Asian font named', () => {
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']) {
      expect(xml).toContain(`w:eastAsia="${font}"`);
    }
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^>]*\/><w:sz w:val="32"\/>/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
  });

  it('uses A4 with GB/T 9704 margins in twips', () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // top 37 mm, right 26 mm, bottom 35 mm, left 28 mm
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('sets exact 28 pt lines and a two-character first-line indent', () => {
    const bodies = proseOf(xml).match(/<w:pPr>.*?<\/w:pPr>/g) ?? [];
    expect(bodies.length).toBe(seed002().paragraphs.length);
    for (const properties of bodies)
      expect(properties).toContain('w:line="560" w:lineRule="exact"');
    expect(
      bodies.slice(1).every((p) => p.includes('w:firstLine="640" w:firstLineChars="200"')),
    ).toBe(true);
    expect(bodies[0]).toContain('<w:jc w:val="center"/>');
  });

  it('writes cell text as text: markup in a name is escaped', async () => {
    const hostile = await documentXml(await narrativeToDocx(narrativeOf(HOSTILE_GRID)));
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;完成60件');
    expect(hostile).not.toContain('<img');
    expect(paragraphTexts(hostile).join('\n')).toContain(`${XSS_NAME}完成60件`);
  });

  it('sets Latin text in Times New Roman for en-US', async () => {
    const english = await documentXml(await narrativeToDocx(seed002('en-US')));
    expect(english).toContain('w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"');
    expect(english).toContain('RMB 150.14 million');
  });
});

describe('the appendix table in the .docx', () => {
  let xml = '';
  let styles = '';

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await narrativeToDocx(seed002()));
    xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  });

  const table = (): string => xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));

  it('follows the prose on a new page: 附表, the title, then the table', () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1); // seed002 has no groups
    expect(xml).toContain('<w:pStyle w:val="IAAppendixLabel"/></w:pPr><w:r><w:t>附表</w:t>');
    expect(xml).toContain(
      '<w:pStyle w:val="IAAppendixTitle"/></w:pPr><w:r><w:t>指标完成情况表</w:t>',
    );
  });

  it('styles every cell by name, never by run fonts', () => {
    const cells = table().match(/<w:tc>/g) ?? [];
    const styled = table().match(/<w:pStyle w:val="IATable(Text|Name|Header|Group)"\/>/g) ?? [];
    expect(cells.length).toBe(9 * 16); // header + 15 indicators, 9 columns
    expect(styled).toHaveLength(cells.length);
    expect(table()).not.toContain('w:rFonts');
    expect(table()).toContain('<w:tblHeader/>'); // the header repeats on every page
    // Borders and widths once on the table, not the IATable style (LibreOffice is slow with it).
    expect(table()).not.toContain('<w:tblStyle');
    expect(table()).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/);
    expect(table()).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table()).toMatch(/<w:tblGrid>(<w:gridCol w:w="\d+"\/>){9}<\/w:tblGrid>/);
  });

  it('writes one table per group, a long group in tables of 300 rows, each with its header', async () => {
    const large = await documentXml(await narrativeToDocx(largeNarrative()));
    const tables = large.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    const rows = tables.map((t) => (t.match(/<w:tr>/g) ?? []).length - 1);
    // 1,000 indicators in five groups of 200: a table each, header + group row + 200 rows.
    expect(rows).toEqual([201, 201, 201, 201, 201]);
    for (const t of tables)
      expect(t).toMatch(
        /^<w:tbl><w:tblPr>.*?<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/,
      );
    expect(tables.map((t) => /IATableGroup"\/><\/w:pPr><w:r><w:t>([^<]*)/.exec(t)?.[1])).toEqual(
      GROUPS,
    );
    // Between two tables a paragraph, or Word would join them.
    expect(
      large.match(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="IATableGap"\/><\/w:pPr><\/w:p><w:tbl>/g),
    ).toHaveLength(4);
    const long = await documentXml(await narrativeToDocx(largeNarrative(1800)));
    const longRows = (long.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).map(
      (t) => (t.match(/<w:tr>/g) ?? []).length - 1,
    );
    // Five groups of 360 indicators: group row + 299, then 61 more, under a header each.
    expect(longRows).toEqual([300, 61, 300, 61, 300, 61, 300, 61, 300, 61]);
  });

  it('defines those styles in the styles part', () => {
    for (const id of [
      'IAAppendixLabel',
      'IAAppendixTitle',
      'IATableText',
      'IATableName',
      'IATableHeader',
      'IATableGroup',
    ]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph"[^>]*w:styleId="${id}"`));
    }
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="IATable"/);
    expect(styles).toMatch(/w:styleId="IATableGap">.*?w:line="60" w:lineRule="exact"/);
    expect(styles).toMatch(
      /w:styleId="IATableText">.*?w:eastAsia="仿宋_GB2312".*?<w:sz w:val="21"\/>/,
    );
    expect(styles).toMatch(/w:styleId="IAAppendixLabel">.*?<w:pageBreakBefore\/>/);
  });

  it('writes the rows of the appendix in order', () => {
    const rows = (table().match(/<w:tr>.*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')),
    );
    expect(rows[0]).toEqual(SEED_002_APPENDIX.header);
    expect(rows[1]).toEqual(SEED_002_APPENDIX.firstRow);
    expect(rows).toHaveLength(16);
  });

  it('has no appendix when the narrative has none', async () => {
    const zip = await JSZip.loadAsync(await narrativeToDocx({ ...seed002(), appendix: undefined }));
    expect(await zip.file('word/document.xml')?.async('string')).not.toContain('<w:tbl>');
  });
});

describe('loading docx', () => {
  it('happens on the first export, not when the module is imported', async () => {
    let loaded = false;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('docx', () => {
        loaded = true;
        return jest.requireActual('docx');
      });
      const { narrativeToDocx: exportDocx } = await import('../../../src/core/export/docx');
      expect(loaded).toBe(false);
      await exportDocx({ locale: 'zh-CN', paragraphs: [] });
      expect(loaded).toBe(true);
    });
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('LibreOffice conversion', () => {
  // A missing tool fails the test rather than skipping it (.ci/run installs it).
  it('opens the seed .docx and a 1,000-row one with its appendix tables (to text)', async () => {
    if (!soffice) {
      throw new Error('soffice is not on PATH: apt-get install -y libreoffice-writer-nogui');
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'narrative-docx-'));
    try {
      const seed = path.join(dir, 'summary.docx');
      const large = path.join(dir, 'large.docx');
      writeFileSync(seed, await narrativeToDocx(seed002()));
      writeFileSync(large, await narrativeToDocx(largeNarrative()));
      // Own profile directory: parallel runs must not share LibreOffice's user installation.
      const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
      // Text rather than PDF: Writer still reads and lays out the whole document, with no PDF
      // to write. Both files took 7–9 s of CPU (about 6 s of it LibreOffice starting in a fresh
      // profile), 10–20 s on the shared 2-core machine under load.
      await promisify(execFile)(
        'soffice',
        [
          profile,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          dir,
          seed,
          large,
        ],
        { timeout: 100_000 },
      );
      const lines = (name: string): string[] =>
        readFileSync(path.join(dir, name), 'utf8')
          .replace(/^\uFEFF/, '')
          .split(/\r?\n/);
      const summary = lines('summary.txt');
      expect(summary[0]).toBe(
        seed002()
          .paragraphs[0]?.segments?.map((s) => s.text)
          .join(''),
      );
      // Each table cell is a line of its own.
      expect(summary).toEqual(expect.arrayContaining(['指标完成情况表', '高新技术产值', '滞后']));

      const text = lines('large.txt');
      const table = text.slice(text.indexOf('指标完成情况表') + 1);
      expect(text.indexOf('指标完成情况表')).toBeGreaterThan(0);
      // One table per group, each under its own header row.
      expect(table.filter((line) => line === '序号')).toHaveLength(5);
      expect(table.filter((line) => GROUPS.includes(line))).toEqual(GROUPS);
      const names = table.filter((line) => /^指标\d+$/.test(line));
      expect(names[0]).toBe('指标1');
      expect(names.at(-1)).toBe('指标1000');
      expect(new Set(names).size).toBe(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
