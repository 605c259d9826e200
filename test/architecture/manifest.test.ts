import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const schemas = path.join(root, 'schemas/office-addin-manifest');

function validate(xml: string, extra: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  return spawnSync(process.execPath, ['scripts/validate-manifest.mjs', file, ...extra], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
}

describe('npm run validate (xmllint against the vendored official XSDs)', () => {
  it('accepts the project manifest, validated against the XSDs in schemas/', () => {
    const result = validate(manifest);
    expect(result.stdout).toContain(
      'xmllint against schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd',
    );
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  it('fails on a bad GUID with xmllint’s message', () => {
    const result = validate(manifest.replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/element Id: Schemas validity error/);
  });

  it('fails on a resid that names no resource', () => {
    const result = validate(manifest.replace('resid="RunCheck.Tooltip"', 'resid="Nope.Tooltip"'));
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('resid "Nope.Tooltip"');
  });

  it('fails, having validated nothing, when the schema is missing', () => {
    const result = validate(manifest, ['--schemas', 'test/.out/no-such-schemas']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /FAILED, nothing was validated: no schema at test\/\.out\/no-such-schemas\/OfficeAppManifestV1_1\.xsd/,
    );
    expect(result.stderr).not.toMatch(/validates/);
  });

  it('fails, having validated nothing, when xmllint cannot run', () => {
    const result = validate(manifest, [], { ...process.env, PATH: path.join(root, 'no-bin') });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/FAILED, nothing was validated: cannot run xmllint/);
  });

  it('vendors every schema the manifest schema imports, with its source and licence', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const xsd = readFileSync(path.join(schemas, file), 'utf8');
      for (const [, imported] of xsd.matchAll(/<xs:import schemaLocation="([^"]+)"/g)) {
        visit(imported ?? '');
      }
    };
    visit('OfficeAppManifestV1_1.xsd');
    expect([...seen].sort()).toEqual([
      'ContentAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_0.xsd',
      'MailAppVersionOverridesV1_1.xsd',
      'OfficeAppBasicTypesV1_0.xsd',
      'OfficeAppManifestV1_1.xsd',
      'TaskPaneAppVersionOverridesV1_0.xsd',
    ]);
    const source = readFileSync(path.join(schemas, 'SOURCE.md'), 'utf8');
    expect(source).toContain('OfficeDev/office-js-docs-pr');
    expect(source).toContain('c8048fa03f052013a298f919ff218b9a3d5c5ad0');
    expect(source).toContain('The MIT License (MIT)');
    expect(source).toContain('Creative Commons Attribution 4.0');
    expect(existsSync(path.join(schemas, 'local-fixes.patch'))).toBe(true);
  });

  it('declares the zh-CN default with en-US overrides, both ribbon buttons and ReadWriteDocument', () => {
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toContain('<Override Locale="en-US" Value="Indicator Assistant"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    for (const name of ['runCheck', 'clearMarks']) {
      expect(manifest).toMatch(
        new RegExp(`xsi:type="ExecuteFunction">\\s*<FunctionName>${name}</FunctionName>`),
      );
    }
    expect(manifest).toContain('xsi:type="ShowTaskpane"');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    for (const size of [16, 32, 64, 80]) {
      expect(manifest).toContain(`/assets/icon-${size}.png"`);
      expect(existsSync(path.join(root, 'assets', `icon-${size}.png`))).toBe(true);
    }
  });

  it('lists no AppDomain of its own origin (AppDomains are for other domains only)', () => {
    const origins = new Set(
      [...manifest.matchAll(/DefaultValue="(https:\/\/[^/"]+)\//g)].map((m) => m[1]),
    );
    const appDomains = [...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    expect(origins.size).toBeGreaterThan(0);
    for (const domain of appDomains) expect(origins.has(domain)).toBe(false);
  });

  it('names only functions that the function file associates, in both engines', () => {
    const oldEngine = readFileSync(path.join(root, 'src/office/host/oldEngine.js'), 'utf8');
    const commands = readFileSync(path.join(root, 'src/commands/commands.ts'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      expect(commands).toContain(`Office.actions.associate('${name}'`);
      expect(oldEngine).toContain(`Office.actions.associate('${name}'`);
      expect(oldEngine).toContain(`window.${name} = command`);
    }
  });
});
