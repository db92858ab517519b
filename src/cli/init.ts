import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { ExitCode } from './exit-codes.js';
import { loaderOptions, single, type CommandContext, type GlobalArgs } from './options.js';
import { UsageError } from './report.js';

interface InitArgs extends GlobalArgs {
  spec: string | undefined;
  output: string | undefined;
}

/** `sdkgen init <spec>`: writes a commented sdkgen.config.yaml for the spec, never over one. */
export function initCommand(context: CommandContext): CommandModule<GlobalArgs, InitArgs> {
  return {
    command: 'init <spec>',
    describe: 'Write a commented sdkgen.config.yaml (or --config) for a spec, with every target',
    builder: (argv: Argv<GlobalArgs>) =>
      argv
        .positional('spec', { type: 'string', describe: 'Spec file (YAML or JSON)' })
        .option('output', { type: 'string', describe: 'Output folder the config names (default generated)', requiresArg: true })
        .example('$0 init specs/petstore.yaml', 'Then run sdkgen generate') as unknown as Argv<InitArgs>,
    handler: async (args) => {
      const spec = single(args.spec, 'spec');
      if (spec === undefined) throw new UsageError('init needs a <spec>');
      const output = single(args.output, 'output') ?? 'generated';
      const [{ loadSpec }, { starterConfig }, { OutputError }, { loadTargetOptions }] = await Promise.all([
        import('./pipeline.js'),
        import('../config/starter.js'),
        import('../output/paths.js'),
        import('../emit/registry.js'),
      ]);
      // Loaded in full, so a config is only written for a spec generate can read.
      const api = await loadSpec(spec, loaderOptions(args));
      const specPath = relative(dirname(resolve(args.config)), resolve(spec)).split(sep).join('/');
      const targets = new Map(await Promise.all(context.targets.map(async (t) => [t, await loadTargetOptions(t)] as const)));
      const text = starterConfig({ specPath, title: api.title, version: api.version, targets, output });
      try {
        await writeFile(args.config, text, { encoding: 'utf8', flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputError(args.config, 'already exists; refusing to overwrite it (edit it, or pass --config another.yaml)');
        throw error;
      }
      process.stdout.write(`wrote ${args.config}; run 'sdkgen generate' next\n`);
      context.exit(ExitCode.ok);
    },
  };
}
