import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { DEFAULT_CONFIG_FILE } from '../config/index.js';
import type { ExitCode } from './exit-codes.js';
import type { LoaderOptions } from './pipeline.js';
import { UsageError } from './report.js';

/** Options every command accepts. */
export interface GlobalArgs {
  config: string;
  verbose: boolean;
  allowRemoteRefs: boolean;
  allowRefRoot: string[] | undefined;
}

/** What commands get besides their arguments: the known targets, and where to put the exit code. */
export interface CommandContext {
  readonly targets: readonly string[];
  exit(code: ExitCode): void;
}

export function withGlobalOptions(argv: Argv): Argv<GlobalArgs> {
  return argv
    .option('config', {
      type: 'string',
      default: DEFAULT_CONFIG_FILE,
      describe: 'Config file listing the spec × target pairs',
      requiresArg: true,
    })
    .option('verbose', { type: 'boolean', default: false, describe: 'Print stack traces with errors' })
    .option('allow-remote-refs', {
      type: 'boolean',
      default: false,
      describe: 'Let specs $ref http(s) URLs',
    })
    .option('allow-ref-root', {
      type: 'string',
      describe: 'Also let specs $ref files under this folder (repeatable)',
      requiresArg: true,
    }) as unknown as Argv<GlobalArgs>;
}

/** The loader's options from the global flags; folders resolved against the working folder. */
export function loaderOptions(args: GlobalArgs): LoaderOptions {
  const roots = args.allowRefRoot === undefined ? [] : ([] as string[]).concat(args.allowRefRoot);
  return {
    allowRemoteRefs: args.allowRemoteRefs,
    ...(roots.length > 0 ? { allowRefRoots: roots.map((r) => resolve(r)) } : {}),
  };
}

/** yargs turns a repeated string flag into a list; for single-valued flags that is a mistake. */
export function single(value: unknown, flag: string): string | undefined {
  if (Array.isArray(value)) throw new UsageError(`--${flag} given more than once`);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${flag} needs a value`);
  return value;
}
