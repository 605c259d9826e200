// The .docx opens: a zip whose document.xml holds the text, the GB/T 9704 fonts, page and spacing.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { narrativeToDocx } from '../../../src/core/export/docx';
import { narrativeProseToText } from '../../../src/core/export/text';
import { HOSTILE_GRID, XSS_NAME, largeNarrative, narrativeOf, seed002 } from './support';

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

  const table = (): string => xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));

  it('follows the prose on a new page: 附表, the title, then one table', () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
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
    expect(table()).toContain('<w:tblStyle w:val="IATable"/>');
    expect(table()).toContain('<w:tblHeader/>'); // the header repeats on every page
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
    expect(styles).toMatch(
      /w:styleId="IATableText">.*?w:eastAsia="仿宋_GB2312".*?<w:sz w:val="21"\/>/,
    );
    expect(styles).toMatch(/w:styleId="IAAppendixLabel">.*?<w:pageBreakBefore\/>/);
  });

  it('writes the rows of the appendix in order', () => {
    const rows = (table().match(/<w:tr>.*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')),
    );
    expect(rows[0]).toEqual([
      '序号',
      '指标',
      '单位',
      '年度目标',
      '完成',
      '完成率',
      '序时进度',
      '同比',
      '状态',
    ]);
    expect(rows[1]).toEqual([
      '1',
      '高新技术产值',
      '亿元',
      '3.3144',
      '1.5014',
      '45.3%',
      '50.0%',
      '21.0%',
      '滞后',
    ]);
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

/** PDF pages, counted from the page objects. */
const pageCount = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('LibreOffice conversion', () => {
  // A missing tool fails the test rather than skipping it (.ci/run installs it).
  it('converts the seed .docx and a 1,000-row one with its appendix table to PDF', async () => {
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
      await promisify(execFile)(
        'soffice',
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, seed, large],
        // Both took 8–10 s of CPU (seed alone 4 s, fresh profile included), 22–35 s on the
        // shared 2-core machine under load.
        { timeout: 100_000 },
      );
      for (const [name, pages] of [
        ['summary.pdf', 1],
        ['large.pdf', 30],
      ] as const) {
        const pdf = path.join(dir, name);
        expect(existsSync(pdf)).toBe(true);
        const bytes = readFileSync(pdf);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pageCount(bytes)).toBeGreaterThanOrEqual(pages);
      }
      expect(statSync(path.join(dir, 'summary.pdf')).size).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
