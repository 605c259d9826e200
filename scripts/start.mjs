// `npm start`: build and serve the pane on https://localhost:3000; sideload into Excel desktop where there is one.
import { spawn } from 'node:child_process';
import { platform } from 'node:os';
import { createRequire } from 'node:module';

const port = process.env.PORT ?? '3000';
const hasExcelDesktop = platform() === 'win32' || platform() === 'darwin';
const npx = platform() === 'win32' ? 'npx.cmd' : 'npx';

console.log(`
指标助手 Indicator Assistant — dev server on https://localhost:${port}
  • Pane in a plain browser (standalone mode):  https://localhost:${port}/taskpane.html
  • Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in › choose manifest.xml
  • Excel desktop (Windows/macOS): \`npx office-addin-debugging start manifest.xml desktop\`
    (Windows: or File › Options › Trust Center › Trusted Add-in Catalogs with a shared folder holding manifest.xml)
`);

const server = spawn(npx, ['webpack', 'serve', '--mode', 'development', '--port', port], {
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));

if (hasExcelDesktop) {
  const cli = createRequire(import.meta.url).resolve('office-addin-debugging/cli.js');
  const args = [
    cli,
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--no-debug',
    '--dev-server-port',
    port,
  ];
  const sideload = spawn(process.execPath, args, { stdio: 'inherit' });
  sideload.on('exit', (code) => {
    if (code !== 0)
      console.log(
        'Sideloading into Excel desktop failed; the dev server keeps running — sideload manifest.xml by hand.',
      );
  });
} else {
  console.log(
    `No Excel desktop on ${platform()}: serving only. Sideload manifest.xml into Excel on the web, or open the pane in a browser.\n`,
  );
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
