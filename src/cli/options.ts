import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { DEFAULT_CONFIG_FILE } from '../config/default-file.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../load/limits.js';
import type { ExitCode } from './exit-codes.js';
import type { LoaderOptions } from './pipeline.js';
import { UsageError } from './report.js';

/** Options every command accepts. */
export interface GlobalArgs {
  config: string;
  verbose: boolean;
  allowRemoteRefs: boolean;
  allowRefRoot: string[] | undefined;
  maxBytes: unknown;
  maxDepth: unknown;
  maxAliases: unknown;
  maxNodes: unknown;
  strict: boolean;
  quiet: boolean;
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
    .option('strict', { type: 'boolean', default: false, describe: 'Refuse a spec that breaks the OpenAPI schema even where sdkgen understands it (no warnings: errors)' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Print no warnings' })
    .option('allow-remote-refs', {
      type: 'boolean',
      default: false,
      describe: 'Let specs $ref http(s) URLs',
    })
    .option('allow-ref-root', {
      type: 'string',
      describe: 'Also let specs $ref files under this folder (repeatable)',
      requiresArg: true,
    })
    .option('max-bytes', {
      type: 'number',
      describe: `Refuse spec files larger than this many bytes (default ${DEFAULT_LIMITS.maxBytes})`,
      requiresArg: true,
    })
    .option('max-depth', {
      type: 'number',
      describe: `Refuse specs nested deeper than this many levels (default ${DEFAULT_LIMITS.maxDepth})`,
      requiresArg: true,
    })
    .option('max-aliases', {
      type: 'number',
      describe: `Refuse YAML with more alias expansions than this (default ${DEFAULT_LIMITS.maxAliases})`,
      requiresArg: true,
    })
    .option('max-nodes', {
      type: 'number',
      describe: `Refuse specs that expand to more nodes than this once $refs are followed (default ${DEFAULT_LIMITS.maxNodes})`,
      requiresArg: true,
    }) as unknown as Argv<GlobalArgs>;
}

/** The loader's options from the global flags; folders resolved against the working folder. */
export function loaderOptions(args: GlobalArgs): LoaderOptions {
  const roots = args.allowRefRoot === undefined ? [] : ([] as string[]).concat(args.allowRefRoot);
  const limits: { -readonly [K in keyof ReadLimits]?: number } = {};
  const flags: [keyof ReadLimits, string, unknown][] = [
    ['maxBytes', 'max-bytes', args.maxBytes],
    ['maxDepth', 'max-depth', args.maxDepth],
    ['maxAliases', 'max-aliases', args.maxAliases],
    ['maxNodes', 'max-nodes', args.maxNodes],
  ];
  for (const [key, flag, value] of flags) {
    const limit = positiveInteger(value, flag);
    if (limit !== undefined) limits[key] = limit;
  }
  return {
    allowRemoteRefs: args.allowRemoteRefs,
    ...(args.strict ? { strict: true } : {}),
    ...(args.quiet ? { quiet: true } : {}),
    ...(roots.length > 0 ? { allowRefRoots: roots.map((r) => resolve(r)) } : {}),
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
  };
}

/** A limit flag's value: yargs gives NaN for text and a list for a repeated flag. */
function positiveInteger(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new UsageError(`--${flag} given more than once`);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${flag} needs a whole number of at least 1`);
  }
  return value;
}

/** yargs turns a repeated string flag into a list; for single-valued flags that is a mistake. */
export function single(value: unknown, flag: string): string | undefined {
  if (Array.isArray(value)) throw new UsageError(`--${flag} given more than once`);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${flag} needs a value`);
  return value;
}
