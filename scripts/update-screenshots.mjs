// Copies the screenshots the browser tests took (test/.out/screenshots) into docs/screenshots
// for the README. Run through `npm run screenshots`, which builds and runs the browser tests first.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const from = path.resolve('test/.out/screenshots');
const to = path.resolve('docs/screenshots');
if (!existsSync(from)) {
  console.error('screenshots: none taken yet; run `npm run screenshots`.');
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from).filter((name) => name.endsWith('.png'))) {
  copyFileSync(path.join(from, file), path.join(to, file));
  console.log(`screenshots: docs/screenshots/${file}`);
}
