/**
 * Which configured specs a `generate` run takes: `--only <spec>` (repeatable) names them, and
 * `--shard i/n` splits them among n CI jobs: spec number k of the config (counting from 0, in
 * config order, after --only) goes to job (k mod n) + 1, so every spec is in exactly one shard.
 */
import type { Config } from '../config/index.js';
import { UsageError } from './report.js';

export interface Selection {
  readonly config: Config;
  /** The specs' output folders, when only some specs run; undefined for all. */
  readonly scope?: readonly string[] | undefined;
}

export function selectSpecs(config: Config, only: readonly string[] | undefined, shard: string | undefined): Selection {
  if (only === undefined && shard === undefined) return { config };
  let specs = config.specs;
  if (only !== undefined) {
    const known = specs.map((s) => s.name);
    const unknown = only.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new UsageError(`--only '${unknown[0]}' is not a spec of the config (its specs: ${known.join(', ')})`);
    specs = specs.filter((s) => only.includes(s.name));
  }
  if (shard !== undefined) {
    const { index, count } = parseShard(shard);
    specs = specs.filter((_, k) => k % count === index - 1);
  }
  return { config: { ...config, specs }, scope: specs.map((s) => s.name) };
}

/** `2/3` → job 2 of 3. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) throw new UsageError(`--shard needs i/n with 1 ≤ i ≤ n, such as 1/2 (got '${text}')`);
  return { index, count };
}
