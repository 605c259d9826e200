import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

function validate(xml: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'manifest.xml');
  writeFileSync(file, xml);
  return spawnSync(process.execPath, ['scripts/validate-manifest.mjs', file], {
    cwd: root,
    encoding: 'utf8',
  });
}

// Where ../shared is absent, npm run validate uses Microsoft's online validator instead (needs
// internet); these cases are about the offline path and its messages.
const schemas = path.resolve(root, '../shared/schemas/office-addin-manifest');
const describeOffline = existsSync(schemas) ? describe : describe.skip;

describeOffline('npm run validate (offline, official XSDs)', () => {
  it('accepts the project manifest', () => {
    const result = validate(manifest);
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

  it('names only functions that the function file associates', () => {
    const commands = readFileSync(path.join(root, 'src/commands/commands.ts'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(commands).toContain(`Office.actions.associate('${name}'`);
  });
});
