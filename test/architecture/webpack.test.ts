// The pane's Content-Security-Policy forbids eval, so no build may rely on it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
type WebpackConfigFactory = (
  env: unknown,
  argv: { mode: string },
) => Promise<{ devtool: string | false }>;

describe('webpack.config.js', () => {
  const previous = process.env.HTTPS;
  beforeAll(() => {
    process.env.HTTPS = '0'; // no certificates needed to read the config
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.HTTPS;
    else process.env.HTTPS = previous;
  });

  it.each(['development', 'production'])('%s build uses no eval source maps', async (mode) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(path.join(root, 'webpack.config.js')) as WebpackConfigFactory;
    const config = await factory({}, { mode });
    expect(String(config.devtool)).not.toMatch(/eval/);
  });

  it.each(['src/taskpane/taskpane.html', 'src/commands/commands.html'])(
    '%s forbids eval and allows scripts only from itself and the office.js CDN',
    (page) => {
      const html = readFileSync(path.join(root, page), 'utf8');
      const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toContain("connect-src 'self'");
    },
  );

  it.each(['src/taskpane/taskpane.html', 'src/commands/commands.html'])(
    '%s runs the ES5 boot script first and loads office.js and the bundles only through it',
    (page) => {
      const html = readFileSync(path.join(root, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b[\s\S]*?<\/script>/g)].map((m) => m[0]);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toContain('id="ia-boot"');
      expect(scripts[0]).toContain(
        'data-office-js="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"',
      );
      expect(scripts[0]).toContain('data-bundles="<%= htmlWebpackPlugin.files.js.join(\' \') %>"');
    },
  );
});
