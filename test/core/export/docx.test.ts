// The .docx opens: a zip whose document.xml holds the text, the GB/T 9704 fonts, page and spacing.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { narrativeToDocx } from '../../../src/core/export/docx';
import { narrativeToText } from '../../../src/core/export/text';
import { HOSTILE_GRID, XSS_NAME, narrativeOf, seed002 } from './support';

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

/** The text of each w:p, as Word shows it. */
const paragraphTexts = (xml: string): string[] =>
  (xml.match(/<w:p>.*?<\/w:p>/g) ?? []).map((p) =>
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
    expect(paragraphTexts(xml).join('\n')).toBe(narrativeToText(seed002()));
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
    const bodies = xml.match(/<w:pPr>.*?<\/w:pPr>/g) ?? [];
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
  it(
    'converts the .docx to a non-empty PDF',
    async () => {
      if (!soffice) {
        throw new Error('soffice is not on PATH: apt-get install -y libreoffice-writer-nogui');
      }
      const dir = mkdtempSync(path.join(tmpdir(), 'narrative-docx-'));
      try {
        const input = path.join(dir, 'summary.docx');
        writeFileSync(input, await narrativeToDocx(seed002()));
        // Own profile directory: parallel runs must not share LibreOffice's user installation.
        const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
        await promisify(execFile)(
          'soffice',
          [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
          { timeout: 15_000 }, // the conversion took 4.7–4.8 s, a fresh profile each time: ≈ 3×
        );
        const pdf = path.join(dir, 'summary.pdf');
        expect(existsSync(pdf)).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(1000);
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    20_000, // the whole test took 4.7–4.8 s (6.2 s in a loaded full run)
  );
});
