import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { targetNames } from '../emit/registry.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { ExitCode } from './exit-codes.js';
import { generateCommand } from './generate.js';
import { initCommand } from './init.js';
import { withGlobalOptions, type CommandContext } from './options.js';
import { reportError, UsageError } from './report.js';

/**
 * The sdkgen command line, run when this module is loaded (by the bin, main.ts). Parses with
 * yargs in strict mode; every failure, yargs' own included, ends up in reportError, which prints
 * one line and picks the exit code (see exit-codes.ts).
 */
async function main(argv: string[]): Promise<ExitCode> {
  let code: ExitCode = ExitCode.ok;
  const context: CommandContext = { targets: await targetNames(), exit: (c) => (code = c) };
  const parser = withGlobalOptions(yargs(argv))
    .scriptName('sdkgen')
    .usage('$0 <command> [options]\n\nGenerate typed clients and markdown docs from OpenAPI specs.')
    .command(generateCommand(context))
    .command(checkCommand(context))
    .command(diffCommand(context))
    .command(initCommand(context))
    .demandCommand(1, 'choose a command: generate, check, diff or init')
    .strict()
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    // Turn yargs' usage complaints into errors we report ourselves, instead of its help dump.
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  skipHelpRendering(parser);
  await parser.parseAsync();
  return code;
}

/**
 * yargs renders a command's whole help text (cliui measuring every cell with string-width) each
 * time the command runs, in case a failure later shows it; ours never does (.fail turns every
 * failure into one line), and the rendering took a fifth of the CPU of a run on a small spec.
 * `--help` renders its text as before: it asks for it when it has none cached.
 */
function skipHelpRendering(parser: Argv): void {
  const internals = parser as unknown as { getInternalMethods?: () => { getUsageInstance(): { cacheHelpMessage(): void } } };
  const usage = internals.getInternalMethods?.().getUsageInstance();
  if (usage) usage.cacheHelpMessage = () => {};
}

const verbose = process.argv.includes('--verbose');
main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error, verbose);
  },
);
