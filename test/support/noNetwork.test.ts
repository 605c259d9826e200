import { spawnSync } from 'node:child_process';
import path from 'node:path';

const preload = path.join(__dirname, 'noNetwork.cjs');

// The guard itself must work, or every "no network" test built on it proves nothing.
describe('noNetwork preload', () => {
  it.each([
    ["require('node:net').connect(80, '127.0.0.1')", 'net.Socket.connect'],
    ["require('node:dns').lookup('example.com', () => {})", 'dns.lookup'],
    ["fetch('http://127.0.0.1:9/')", 'fetch'],
    ["require('node:https').get('https://example.com/')", 'tls.connect'],
  ])('stops %s', (code, what) => {
    const result = spawnSync(process.execPath, ['--require', preload, '-e', code], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(86);
    expect(result.stderr).toContain(what);
  });

  it('lets code without network run normally', () => {
    const result = spawnSync(
      process.execPath,
      ['--require', preload, '-e', 'process.stdout.write("ok")'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('ok');
  });
});
