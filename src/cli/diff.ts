import { existsSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { noteCodeCacheWork } from './code-cache-work.js';
import { ExitCode } from './exit-codes.js';
import { loaderOptions, single, type CommandContext, type GlobalArgs } from './options.js';
import { oneLine, UsageError } from './report.js';

interface DiffArgs extends GlobalArgs {
  specs: string[] | undefined;
  base: string | undefined;
  format: string;
  failOn: string | undefined;
  currentVersion: string | undefined;
  docs: boolean;
}

const FORMATS = ['markdown', 'json', 'text', 'github'] as const;

/**
 * `sdkgen diff <base-spec> <revision-spec>` or `sdkgen diff --base <git-ref> [spec...]`: what
 * changed in the API, judged on the model (not the text), at levels breaking / warning / info,
 * with the semver bump it implies and the diffs of the generated docs. The work is in src/diff.
 */
export function diffCommand(context: CommandContext): CommandModule<GlobalArgs, DiffArgs> {
  return {
    command: 'diff [specs..]',
    describe: 'Compare two specs, or specs with their state at a git ref: breaking changes, semver bump, doc diffs',
    builder: (argv: Argv<GlobalArgs>) =>
      argv
        .positional('specs', { type: 'string', array: true, describe: '<base-spec> <revision-spec>, or with --base the specs to compare (default: every configured spec)' })
        .option('base', { type: 'string', describe: 'Compare the working tree with this git ref (commit, branch, tag)', requiresArg: true })
        .option('format', { type: 'string', choices: [...FORMATS], default: 'markdown', describe: 'Report format', requiresArg: true })
        .option('fail-on', { type: 'string', choices: ['breaking', 'warning'], describe: 'Exit 1 when a finding at or above this level exists', requiresArg: true })
        .option('current-version', { type: 'string', describe: "The package's current version, for the next one (default: the config's packageVersion)", requiresArg: true })
        .option('docs', { type: 'boolean', default: true, describe: 'Diff the generated docs of every configured target (--no-docs to skip)' })
        .example('$0 diff old.yaml new.yaml --format text', 'Compare two spec files')
        .example('$0 diff --base origin/main --fail-on breaking', 'Compare every configured spec with main; fail on breaking changes') as unknown as Argv<DiffArgs>,
    handler: async (args) => {
      noteCodeCacheWork('diff');
      const format = single(args.format, 'format') as (typeof FORMATS)[number];
      const failOn = single(args.failOn, 'fail-on');
      const ref = single(args.base, 'base');
      const currentVersion = single(args.currentVersion, 'current-version');
      const specs = (args.specs ?? []).map(String);
      if (ref === undefined && specs.length !== 2) throw new UsageError('diff needs <base-spec> <revision-spec>, or --base <git-ref> [spec...]');
      const { runDiff } = await import('../diff/run.js');
      const { loadConfig, DEFAULT_CONFIG_FILE } = await import('../config/index.js');
      // The config is optional for two files (it adds targets and tuning); --base without specs needs it.
      const needConfig = (ref !== undefined && specs.length === 0) || args.config !== DEFAULT_CONFIG_FILE;
      const config = needConfig || existsSync(args.config) ? await loadConfig(args.config, context.targets) : undefined;
      const outcome = await runDiff({
        specs,
        ref,
        config,
        format,
        currentVersion,
        docs: args.docs,
        loader: loaderOptions(args),
        colour: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
      });
      for (const warning of outcome.warnings) process.stderr.write(`sdkgen: warning: ${oneLine(warning)} (compared anyway)\n`);
      process.stdout.write(outcome.output);
      const failing = failOn === undefined ? false : failOn === 'warning' ? outcome.worst !== 'info' && outcome.worst !== undefined : outcome.worst === 'breaking';
      context.exit(failing ? ExitCode.failed : ExitCode.ok);
    },
  };
}
