#!/usr/bin/env node
// npm run build:wps [-- --url https://server/path/] [--out dir] [--dev]
// (--dev: development bundles with source maps, plus a package.json for `wpsjs debug`)
//
// Builds the WPS 表格 add-in without the wpsjs CLI, into (default) dist-wps/:
//   IndicatorAssistant_<version>/  the add-in: index.html (ribbon callbacks), ribbon.xml,
//                                  taskpane.html, guard.js, bundles, images/ — serve it at --url
//                                  (online), or copy it into the jsaddons folder (offline)
//   IndicatorAssistant.7z          that folder packed, as `wpsjs build` packs an offline add-in
//   jsplugins.xml                  online deployment: <jspluginonline … url="--url"/>
//   publish.xml                    offline deployment: <jsplugin … url="IndicatorAssistant_<version>"/>
// Formats: docs/research/wps-addin.md §2. The .7z is made with 7-Zip (Debian package 7zip: `7zz`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ADDIN_NAME = 'IndicatorAssistant';
/** Where `wpsjs debug` serves an add-in: the default when no --url is given. */
const DEFAULT_URL = 'http://127.0.0.1:3889/';

function fail(message, code = 2) {
  process.stderr.write(`build:wps: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { url: null, out: 'dist-wps', dev: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) fail(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--url') options.url = value();
    else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg === '--out') options.out = value();
    else if (arg === '--dev') options.dev = true;
    else fail(`unknown option ${arg} (options: --url URL, --out DIR, --dev)`);
  }
  return options;
}

/** The add-in folder's URL: http(s) or file, ending in "/" (WPS appends ribbon.xml, index.html). */
function addinUrl(raw) {
  const text = raw ?? DEFAULT_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    fail(`--url is not a URL: ${text}`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    fail(`--url must be http://, https:// or file:// (got ${url.protocol})`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const escapeAttr = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function jspluginsXml(url) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- WPS 加载项, online: WPS loads ribbon.xml and index.html from this URL. Put this file in the
     jsaddons folder, or serve it and name it in oem.ini ([Server] JSPluginsServer=…). -->
<jsplugins>
  <jspluginonline name="${ADDIN_NAME}" type="et" url="${escapeAttr(url)}"/>
</jsplugins>
`;
}

export function publishXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- WPS 加载项, offline: the folder ${ADDIN_NAME}_${version} next to this file in the jsaddons folder. -->
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="et" url="${ADDIN_NAME}_${version}" version="${version}" enable="enable_dev" install="null" customDomain=""/>
</jsplugins>
`;
}

function sevenZip() {
  for (const bin of ['7zz', '7z']) {
    if (spawnSync(bin, ['i'], { stdio: 'ignore' }).status === 0) return bin;
  }
  return fail('7-Zip not found (7zz or 7z); on Debian: apt-get install 7zip');
}

function compile(folder, dev) {
  const webpack = require('webpack');
  const config = require(path.join(root, 'webpack.wps.config.js'))(
    { out: folder },
    { mode: dev ? 'development' : 'production' },
  );
  return new Promise((resolve) => {
    webpack({ ...config, mode: dev ? 'development' : 'production' }, (error, stats) => {
      if (error) fail(error.stack ?? String(error), 1);
      if (stats.hasErrors()) fail(stats.toString({ all: false, errors: true }), 1);
      resolve();
    });
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const url = addinUrl(options.url);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const out = path.resolve(root, options.out);
  const folderName = `${ADDIN_NAME}_${version}`;
  const folder = path.join(out, folderName);
  const zip = sevenZip();

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await compile(folder, options.dev);
  if (options.dev) {
    // `wpsjs debug`, run inside the add-in folder, serves it and reads name and type from here.
    const project = { name: ADDIN_NAME, version, addonType: 'et', private: true };
    writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(project, null, 2)}\n`);
  }
  writeFileSync(path.join(out, 'jsplugins.xml'), jspluginsXml(url));
  writeFileSync(path.join(out, 'publish.xml'), publishXml(version));

  const archive = `${ADDIN_NAME}.7z`;
  const packed = spawnSync(zip, ['a', '-t7z', '-bd', '-y', archive, folderName], {
    cwd: out,
    encoding: 'utf8',
  });
  if (packed.status !== 0 || !existsSync(path.join(out, archive))) {
    fail(`${zip} failed: ${packed.stderr || packed.stdout}`, 1);
  }
  process.stdout.write(
    [
      `WPS add-in built in ${path.relative(root, out) || '.'}/`,
      `  ${folderName}/   the add-in (serve it at ${url}, or copy it into jsaddons)`,
      `  ${archive}   the same folder, packed for offline installs`,
      `  jsplugins.xml   online entry → ${url}${options.url ? '' : ' (default; pass --url)'}`,
      `  publish.xml     offline entry → ${folderName}`,
      '',
    ].join('\n'),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
