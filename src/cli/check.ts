import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import type { TreeDiff } from '../output/compare.js';
import { noteCodeCacheWork } from './code-cache-work.js';
import { ExitCode } from './exit-codes.js';
import { loaderOptions, type CommandContext, type GlobalArgs } from './options.js';
import { escapeControls } from './report.js';

/**
 * `sdkgen check`: regenerates every configured pair in memory and compares it with sdkgen's own
 * files in the output folder (compare.ts): anything stale, missing, or extra (a file the manifest
 * says sdkgen wrote, for a spec or target no longer configured) is listed one per line on stdout
 * and the exit code is 1. Files sdkgen did not write, such as a build in place, are not compared.
 */
export function checkCommand(context: CommandContext): CommandModule<GlobalArgs, GlobalArgs> {
  return {
    command: 'check',
    describe: 'Exit 1, listing the differences, when the output folder is not what generate would write',
    builder: (argv: Argv<GlobalArgs>) => argv.example('$0 check', 'Fail CI when generated/ is out of date'),
    handler: async (args) => {
      noteCodeCacheWork('check');
      // Imported when the command runs, so `--help` answers without loading the pipeline.
      const [{ loadConfig }, { compareTree, isCurrent }, { emitConfigured, shownPath }] = await Promise.all([
        import('../config/index.js'),
        import('../output/compare.js'),
        import('./pipeline.js'),
      ]);
      const config = await loadConfig(args.config, context.targets);
      // Specs (or a single spec's targets) side by side in worker threads, as generate does: the same files, sooner.
      const files = await emitConfigured(config, loaderOptions(args), { jobs: availableParallelism() });
      const diff = await compareTree(config.output, files);
      const shown = shownPath(config.output);
      if (isCurrent(diff)) {
        process.stdout.write(`${shown} is up to date (${files.length} files)\n`);
        context.exit(ExitCode.ok);
        return;
      }
      process.stdout.write(diffLines(diff, shown).join(''));
      const counts = `${diff.stale.length} stale, ${diff.missing.length} missing, ${diff.extra.length} extra`;
      process.stderr.write(`sdkgen: ${shown} is out of date (${counts}); run 'sdkgen generate'\n`);
      context.exit(ExitCode.failed);
    },
  };
}

/**
 * `stale: generated/x`, grouped by kind in a fixed order, each group sorted. Extra files are
 * named by whatever is on disk, so their names are escaped like any other untrusted text.
 */
export function diffLines(diff: TreeDiff, folder: string): string[] {
  const kinds = ['stale', 'missing', 'extra'] as const;
  return kinds.flatMap((kind) => diff[kind].map((path) => `${kind}: ${escapeControls(join(folder, ...path.split('/')))}\n`));
}
