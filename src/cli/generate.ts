import type { Argv, CommandModule } from 'yargs';
import { ExitCode } from './exit-codes.js';
import { loaderOptions, single, type CommandContext, type GlobalArgs } from './options.js';
import type { WriteReport } from '../output/write.js';
import { oneLine, UsageError } from './report.js';

/** openapi-generator's default package name, used when --package-name is not given. */
export const DEFAULT_PACKAGE_NAME = 'openapi';

interface GenerateArgs extends GlobalArgs {
  spec: string | undefined;
  target: string | undefined;
  out: string | undefined;
  packageName: string | undefined;
  packageVersion: string | undefined;
  option: unknown;
}

/**
 * `sdkgen generate`: every pair of the config into <output>/<spec>/<target>/, or one spec and
 * target into --out. Either way sdkgen's own files in the folder (its manifest lists them) are
 * updated only after everything was emitted and staged, so a failure leaves them untouched, and
 * nothing else in the folder is touched.
 */
export function generateCommand(context: CommandContext): CommandModule<GlobalArgs, GenerateArgs> {
  return {
    command: 'generate [spec]',
    describe: 'Generate clients and docs: every pair in the config, or one spec with --target and --out',
    builder: (argv: Argv<GlobalArgs>) =>
      argv
        .positional('spec', { type: 'string', describe: 'Spec file (YAML or JSON); omit to generate every configured pair' })
        .option('target', { type: 'string', choices: [...context.targets], describe: 'Target language (with <spec>)', requiresArg: true })
        .option('out', { type: 'string', describe: 'Folder to write into; only files sdkgen wrote there are replaced or removed (with <spec>)', requiresArg: true })
        .option('package-name', { type: 'string', describe: `Package name (with <spec>; default ${DEFAULT_PACKAGE_NAME})`, requiresArg: true })
        .option('package-version', { type: 'string', describe: "Package version (with <spec>; default: the spec's info.version)", requiresArg: true })
        .option('option', { type: 'string', describe: "A target option as key=value, e.g. modulePath=github.com/acme/client for go (with <spec>; repeatable; see src/emit/<target>/options.ts)", requiresArg: true })
        .example('$0 generate', 'Regenerate every pair listed in sdkgen.config.yaml')
        .example('$0 generate specs/looker-4.0.yaml --target go --out out/go --package-name looker', 'One spec, one target') as unknown as Argv<GenerateArgs>,
    handler: async (args) => {
      const line = args.spec === undefined ? await generateConfigured(args, context) : await generateOne(args.spec, args);
      process.stdout.write(`${line}\n`);
      context.exit(ExitCode.ok);
    },
  };
}

/**
 * The pipeline (loader, swagger-parser, emitters) is imported only when a command runs, so
 * `--help` and usage errors answer without loading it.
 */
async function pipeline() {
  const [{ loadConfig }, { writeTree }, stages] = await Promise.all([
    import('../config/index.js'),
    import('../output/write.js'),
    import('./pipeline.js'),
  ]);
  return { loadConfig, writeTree, ...stages };
}

/**
 * The output was replaced; what is left to say (leftovers of a killed run put right, a backup
 * that could not be removed) goes to stderr as warnings, and the run still succeeds.
 */
function warn(report: WriteReport): void {
  for (const warning of report.warnings) process.stderr.write(`sdkgen: warning: ${oneLine(warning)}\n`);
}

/** `1 file`, `2 files`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Unchanged files are left as they are, so a second run writes nothing. */
function changes(report: WriteReport): string {
  return `${report.written} written, ${report.removed} removed`;
}

async function generateConfigured(args: GenerateArgs, context: CommandContext): Promise<string> {
  const given = { target: args.target, out: args.out, 'package-name': args.packageName, 'package-version': args.packageVersion, option: args.option };
  for (const [flag, value] of Object.entries(given)) {
    if (value !== undefined) throw new UsageError(`--${flag} needs a <spec>; without one every configured pair is generated`);
  }
  const { loadConfig, emitConfigured, writeTree, shownPath } = await pipeline();
  const config = await loadConfig(args.config, context.targets);
  const files = await emitConfigured(config, loaderOptions(args));
  const report = await writeTree(config.output, files);
  warn(report);
  const pairs = config.specs.reduce((n, s) => n + s.targets.length, 0);
  return `${count(files.length, 'file')} for ${count(pairs, 'target')} in ${shownPath(config.output)}: ${changes(report)}`;
}

async function generateOne(spec: string, args: GenerateArgs): Promise<string> {
  const target = single(args.target, 'target');
  const out = single(args.out, 'out');
  if (target === undefined) throw new UsageError('generate <spec> needs --target');
  if (out === undefined) throw new UsageError('generate <spec> needs --out');
  const { commandLineOptions } = await import('./target-options.js');
  const options = await commandLineOptions(target, {
    packageName: single(args.packageName, 'package-name') ?? DEFAULT_PACKAGE_NAME,
    packageVersion: single(args.packageVersion, 'package-version'),
    option: args.option,
  });
  const { loadSpec, emitPair, writeTree } = await pipeline();
  const api = await loadSpec(spec, loaderOptions(args));
  const files = await emitPair(api, target, options, out, spec);
  const report = await writeTree(out, files);
  warn(report);
  return `${count(files.length, 'file')} in ${out}: ${changes(report)}`;
}
