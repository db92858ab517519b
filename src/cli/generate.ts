import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { ExitCode } from './exit-codes.js';
import { loaderOptions, single, type CommandContext, type GlobalArgs } from './options.js';
import type { EmittedFile } from '../emit/target.js';
import type { WriteReport } from '../output/write.js';
import { oneLine, UsageError } from './report.js';

/** openapi-generator's default package name, used when --package-name is not given. */
export const DEFAULT_PACKAGE_NAME = 'openapi';

interface GenerateArgs extends GlobalArgs {
  spec: string | undefined;
  timings: boolean;
  quiet: boolean;
  jobs: unknown;
  only: unknown;
  shard: unknown;
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
        .option('timings', { type: 'boolean', default: false, describe: 'Print how long each stage took (read, validate, model, each emit, write) to stderr' })
        .option('quiet', { type: 'boolean', default: false, describe: 'Show no progress (shown on stderr for several specs or more than 200 operations)' })
        .option('jobs', { type: 'number', describe: 'Specs generated at once, each in its own thread, or the targets of a single spec (without <spec>; default: one per core)', requiresArg: true })
        .option('only', { type: 'string', describe: 'Generate only this configured spec, by its name in the config (repeatable; without <spec>)', requiresArg: true })
        .option('shard', { type: 'string', describe: 'Generate only shard i of n of the configured specs, e.g. 1/2 (without <spec>)', requiresArg: true })
        .option('option', { type: 'string', describe: "A target option as key=value, e.g. modulePath=github.com/acme/client for go (with <spec>; repeatable; see src/emit/<target>/options.ts)", requiresArg: true })
        .example('$0 generate', 'Regenerate every pair listed in sdkgen.config.yaml')
        .example('$0 generate --shard 2/3', 'The second of three CI jobs: every third spec of the config, from the second')
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
  const [{ writeTree, PendingWrite }, stages] = await Promise.all([import('../output/write.js'), import('./pipeline.js')]);
  return { writeTree, PendingWrite, ...stages };
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
  const jobs = jobCount(args.jobs);
  const only = args.only === undefined ? undefined : ([] as unknown[]).concat(args.only).map((name) => single(name, 'only') as string);
  const shard = single(args.shard, 'shard');
  const [{ emitConfigured, PendingWrite, shownPath }, { loadConfig }] = await Promise.all([pipeline(), import('../config/index.js')]);
  const { selectSpecs } = await import('./select.js');
  const { config, scope } = selectSpecs(await loadConfig(args.config, context.targets), only, shard);
  const { watchRun } = await import('./observe.js');
  const watch = watchRun(args, { specs: config.specs.map((s) => ({ name: s.name, targets: s.targets.length })) });
  // Opened by the first spec whose targets are emitted in lanes, which stage their files into it as
  // they go; otherwise by finish.
  const update = new PendingWrite(config.output, { scope });
  let report: WriteReport;
  let files: EmittedFile[];
  try {
    files = await emitConfigured(config, loaderOptions(args), { jobs, observer: watch.observer, staging: update });
    report = await watch.write(() => update.finish(files));
  } catch (error) {
    await update.abandon();
    watch.finish(false);
    throw error;
  }
  watch.finish(true);
  warn(report);
  const pairs = config.specs.reduce((n, s) => n + s.targets.length, 0);
  return `${count(files.length + update.stagedCount, 'file')} for ${count(pairs, 'target')} in ${shownPath(config.output)}: ${changes(report)}`;
}

/** --jobs, or one per core the process may use. */
function jobCount(value: unknown): number {
  if (value === undefined) return availableParallelism();
  if (Array.isArray(value)) throw new UsageError('--jobs given more than once');
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw new UsageError('--jobs needs a whole number of at least 1');
  return value;
}

async function generateOne(spec: string, args: GenerateArgs): Promise<string> {
  const target = single(args.target, 'target');
  const out = single(args.out, 'out');
  if (target === undefined) throw new UsageError('generate <spec> needs --target');
  if (out === undefined) throw new UsageError('generate <spec> needs --out');
  for (const flag of ['jobs', 'only', 'shard'] as const) {
    if (args[flag] !== undefined) throw new UsageError(`--${flag} chooses among the config's specs; it does not go with a <spec>`);
  }
  const { commandLineOptions } = await import('./target-options.js');
  const options = await commandLineOptions(target, {
    packageName: single(args.packageName, 'package-name') ?? DEFAULT_PACKAGE_NAME,
    packageVersion: single(args.packageVersion, 'package-version'),
    option: args.option,
  });
  const { loadSpec, emitPair, writeTree } = await pipeline();
  const [{ watchRun }, { onStage }] = await Promise.all([import('./observe.js'), import('../load/stages.js')]);
  const watch = watchRun(args, { specs: [{ name: spec, targets: 1 }] });
  const stop = onStage((e) => watch.observer.stage(spec, e.stage, e.ms));
  let report: WriteReport;
  let files: EmittedFile[];
  try {
    const loader = loaderOptions(args);
    const api = await loadSpec(spec, loader);
    watch.observer.loaded(spec, api.operations.length);
    files = await emitPair(api, target, options, out, spec, loader);
    stop();
    report = await watch.write(() => writeTree(out, files));
  } catch (error) {
    stop();
    watch.finish(false);
    throw error;
  }
  watch.finish(true);
  warn(report);
  return `${count(files.length, 'file')} in ${out}: ${changes(report)}`;
}
