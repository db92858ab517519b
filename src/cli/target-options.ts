import { OptionProblem } from '../emit/options.js';
import { loadTargetOptions } from '../emit/registry.js';
import type { TargetOptions } from '../emit/target.js';
import { UsageError } from './report.js';

/** The command line's target options, before the target's declaration checks them. */
export interface CommandLineOptions {
  readonly packageName: string;
  readonly packageVersion: string | undefined;
  /** `--option key=value`, once or repeated (yargs gives a string or a list). */
  readonly option: unknown;
}

/** The flag a user typed for an option, for messages. */
const FLAGS: Readonly<Record<string, string>> = { packageName: '--package-name', packageVersion: '--package-version' };

/** How a message names the option: `--package-name 'x' must ...`, `--option modulePath: 'x' must ...`. */
function label(key: string): string {
  return FLAGS[key] ?? `--option ${key}:`;
}

/**
 * `--package-name`, `--package-version` and every `--option key=value`, checked by the options
 * the target declares (src/emit/<target>/options.ts) exactly as the config's are; a refusal is a
 * usage error naming the flag: `--option modulePath: 'x y' must be ... for --target go`.
 */
export async function commandLineOptions(target: string, given: CommandLineOptions): Promise<TargetOptions> {
  const declared = await loadTargetOptions(target);
  const raw: Record<string, string> = { packageName: given.packageName };
  if (given.packageVersion !== undefined) raw.packageVersion = given.packageVersion;
  const pairs = given.option === undefined ? [] : ([] as unknown[]).concat(given.option);
  const known = Object.keys(declared.schema.properties);
  const seen = new Set<string>();
  for (const pair of pairs) {
    const at = typeof pair === 'string' ? pair.indexOf('=') : -1;
    if (typeof pair !== 'string' || at <= 0) throw new UsageError(`--option needs key=value, got '${String(pair)}'`);
    const key = pair.slice(0, at);
    if (!known.includes(key)) throw new UsageError(`--option ${key}: --target ${target} has no option '${key}' (it takes ${known.join(', ')})`);
    if (FLAGS[key] !== undefined) throw new UsageError(`--option ${key}: give it as ${FLAGS[key]}`);
    if (seen.has(key)) throw new UsageError(`--option ${key} given more than once`);
    seen.add(key);
    raw[key] = pair.slice(at + 1);
  }
  try {
    return declared.parse(raw) as TargetOptions;
  } catch (error) {
    if (error instanceof OptionProblem) throw new UsageError(`${label(error.at[0] ?? '')} ${error.message} for --target ${target}`);
    throw error;
  }
}
