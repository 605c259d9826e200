// Writes the result to --out or standard output.
import { writeFile } from 'node:fs/promises';
import { CliError } from './errors';

export async function writeTo(file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, data);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError('write-failed', { file, reason: String(code ?? error) });
  }
}

export async function emit(out: string | undefined, data: string | Uint8Array): Promise<void> {
  if (out !== undefined) return writeTo(out, data);
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(data, (error) => {
      // A reader that stops early (`| head`) has all it wanted.
      if (error && (error as { code?: unknown }).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}
