// Entry of the `indicator-assistant` command (bundled to dist-cli/cli.cjs, started by bin/).
import packageJson from '../../package.json';
import { parseCommand, requestedLocale } from './args';
import { CliErrors, checkFiles } from './check';
import { CliError } from './errors';
import { helpText } from './help';
import { errorLine } from './messages';

function fail(lines: string[]): number {
  process.stderr.write(lines.map((line) => `${line}\n`).join(''));
  return 2;
}

/** Runs the command and resolves to the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  // EPIPE: see emit(); anything else on stdout is a real failure.
  process.stdout.on('error', (error: { code?: string }) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const locale = requestedLocale(argv);
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      process.stdout.write(helpText(command.locale));
      return 0;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    return await checkFiles(command.options);
  } catch (error) {
    if (error instanceof CliError) return fail([errorLine(error.code, error.params, locale)]);
    if (error instanceof CliErrors) {
      return fail(error.errors.map((e) => errorLine(e.code, e.params, locale)));
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.INDICATOR_ASSISTANT_DEBUG && error instanceof Error) {
      process.stderr.write(`${error.stack ?? ''}\n`);
    }
    return fail([errorLine('internal', { reason }, locale)]);
  }
}
