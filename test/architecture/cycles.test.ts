// No import cycle anywhere in src, type-only imports included (madge reads them with TypeScript).
import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import madge from 'madge';

const root = path.resolve(__dirname, '../..');

async function cycles(dir: string): Promise<string[][]> {
  const graph = await madge(dir, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: path.join(root, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
  return graph.circular();
}

describe('imports', () => {
  it('form no cycle in src', async () => {
    expect(await cycles(path.join(root, 'src'))).toEqual([]);
  }, 60_000);

  it('a type-only cycle is found (the check can fail)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cycle-'));
    writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B[];\n");
    writeFileSync(
      path.join(dir, 'b.ts'),
      "import type { A } from './a';\nexport type B = A | 1;\n",
    );
    expect(await cycles(dir)).toEqual([['a.ts', 'b.ts']]);
  });
});
