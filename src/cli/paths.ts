// Output paths must never point at an input file (the CLI does not modify what it reads).
import { statSync } from 'node:fs';
import path from 'node:path';
import { CliError, type CliErrorCode } from './errors';

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export function refuseOverwrite(
  target: string | undefined,
  inputs: readonly string[],
  code: Extract<CliErrorCode, 'annotate-overwrites-input' | 'out-overwrites-input'>,
): void {
  if (target === undefined) return;
  const clash = inputs.find((input) => sameFile(target, input));
  if (clash !== undefined) throw new CliError(code, { file: clash });
}
