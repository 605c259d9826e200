// Validates manifest.xml: offline against the official XSDs (../shared/schemas) with xmllint when they are
// present, else with Microsoft's online validator. Then checks what the XSDs cannot: resids and icon files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifestPath = path.resolve(root, process.argv[2] ?? 'manifest.xml');
const schema = path.resolve(
  root,
  '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd',
);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`validate: cannot run ${command}: ${result.error.message}`);
    process.exit(2);
  }
  return result.status ?? 1;
}

if (existsSync(schema)) {
  console.log(`validate: offline, xmllint against ${path.relative(root, schema)}`);
  const status = run('xmllint', ['--noout', '--schema', schema, manifestPath]);
  if (status !== 0) process.exit(status);
} else {
  console.log(
    "validate: ../shared/schemas not found; using Microsoft's online validator (office-addin-manifest, needs internet)",
  );
  const wellFormed = run('xmllint', ['--noout', manifestPath]);
  if (wellFormed !== 0) process.exit(wellFormed);
  const online = spawnSync('npx', ['--yes', 'office-addin-manifest', 'validate', manifestPath], {
    encoding: 'utf8',
  });
  process.stdout.write(online.stdout ?? '');
  process.stderr.write(online.stderr ?? '');
  const unreachable = /Unable to contact the manifest validation service/.test(
    `${online.stdout}${online.stderr}`,
  );
  if (unreachable) {
    // No schemas and no internet: say so loudly; the checks below still run.
    console.error(
      'validate: WARNING schema validation skipped: neither ../shared/schemas nor the online service is available (well-formedness checked with xmllint)',
    );
  } else if (online.status !== 0) {
    process.exit(online.status ?? 1);
  }
}

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
