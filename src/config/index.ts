import { dirname, resolve } from 'node:path';
import { loadTargetOptions } from '../emit/registry.js';
import { readYamlConfig } from './read.js';
import { validateConfig, type Config } from './schema.js';

export { ConfigError } from './errors.js';
export type { Config, SpecConfig, TargetConfig } from './schema.js';

export { DEFAULT_CONFIG_FILE } from './default-file.js';

/**
 * Loads and validates a config. Paths in it are relative to the config file's folder, so the
 * same config works from any working directory.
 */
export async function loadConfig(file: string, knownTargets: readonly string[]): Promise<Config> {
  const raw = await readYamlConfig(file);
  const targets = new Map(await Promise.all(knownTargets.map(async (t) => [t, await loadTargetOptions(t)] as const)));
  return validateConfig(raw, file, dirname(resolve(file)), targets);
}
