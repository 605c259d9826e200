// Validates manifest.xml with xmllint against the official XSDs vendored in
// schemas/office-addin-manifest (origin and licence in SOURCE.md there), then checks what the XSDs
// cannot: resids, https URLs and icon files. Exits non-zero whenever it could not validate (no xmllint,
// no schema): it never passes without having validated.
//   node scripts/validate-manifest.mjs [manifest.xml] [--schemas <dir>]
//   node scripts/validate-manifest.mjs --online [manifest.xml]   Microsoft's validator (needs internet),
//     run from node_modules (installed with office-addin-debugging), never downloaded.
// Paths are relative to the project root.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const online = args.includes('--online');
const schemasAt = args.indexOf('--schemas');
const positional = args.filter(
  (arg, i) => !arg.startsWith('--') && (schemasAt < 0 || i !== schemasAt + 1),
);
const shown = (file) => {
  const relative = path.relative(root, file);
  return relative === '' || relative.startsWith('..') ? file : relative;
};

/** Exit 2: nothing was validated (a missing tool, schema or file), so this must not pass. */
function cannotValidate(reason) {
  console.error(`validate: FAILED, nothing was validated: ${reason}`);
  process.exit(2);
}

const unknown = args.filter(
  (arg) => arg.startsWith('--') && !['--online', '--schemas'].includes(arg),
);
if (unknown.length > 0 || positional.length > 1 || (schemasAt >= 0 && !args[schemasAt + 1])) {
  cannotValidate(`usage: validate-manifest.mjs [manifest.xml] [--schemas <dir>] [--online]`);
}
const schemaDir = path.resolve(
  root,
  schemasAt >= 0 ? args[schemasAt + 1] : 'schemas/office-addin-manifest',
);
const manifestPath = path.resolve(root, positional[0] ?? 'manifest.xml');

if (!existsSync(manifestPath)) cannotValidate(`no manifest at ${shown(manifestPath)}`);

if (online) {
  let cli;
  try {
    const pkgFile = createRequire(path.join(root, 'package.json')).resolve(
      'office-addin-manifest/package.json',
    );
    const bin = JSON.parse(readFileSync(pkgFile, 'utf8')).bin;
    cli = path.join(
      path.dirname(pkgFile),
      typeof bin === 'string' ? bin : bin['office-addin-manifest'],
    );
  } catch {
    cannotValidate(
      'office-addin-manifest is not installed in node_modules (run npm ci); it is never downloaded here',
    );
  }
  console.log(`validate: online, ${shown(cli)} (Microsoft's validation service, needs internet)`);
  const result = spawnSync(process.execPath, [cli, 'validate', manifestPath], { stdio: 'inherit' });
  if (result.error) cannotValidate(`cannot run office-addin-manifest: ${result.error.message}`);
  process.exit(result.status ?? 1);
}

const schema = path.join(schemaDir, 'OfficeAppManifestV1_1.xsd');
if (!existsSync(schema)) cannotValidate(`no schema at ${shown(schema)}`);
console.log(`validate: xmllint against ${shown(schema)}`);
const xmllint = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], {
  encoding: 'utf8',
});
if (xmllint.error) {
  cannotValidate(
    `cannot run xmllint (${xmllint.error.code ?? xmllint.error.message}); install libxml2-utils`,
  );
}
process.stdout.write(xmllint.stdout);
process.stderr.write(xmllint.stderr);
if (xmllint.status === 5) cannotValidate(`xmllint could not compile ${shown(schema)}`);
if (xmllint.status !== 0) process.exit(xmllint.status ?? 1);
if (!xmllint.stderr.includes(' validates')) cannotValidate('xmllint did not report "validates"');

const xml = readFileSync(manifestPath, 'utf8');
const problems = [];
const declared = new Set(
  [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]),
);
for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) {
  if (!declared.has(resid))
    problems.push(`resid "${resid}" names no bt:Image, bt:Url or bt:String`);
}
for (const [, url] of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) {
  if (!url.startsWith('https://')) problems.push(`URL is not https: ${url}`);
  const asset = url.match(/\/(assets\/[^"?#]+\.png)$/);
  if (asset && !existsSync(path.resolve(root, asset[1])))
    problems.push(`icon file missing: ${asset[1]}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`${path.basename(manifestPath)}: ${problem}`);
  process.exit(3);
}
console.log(`validate: ${path.basename(manifestPath)} resources and icons OK`);
