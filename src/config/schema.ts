import { isAbsolute, resolve } from 'node:path';
import { OptionProblem, type OptionsSchema, type TargetOptionsDeclaration } from '../emit/options.js';
import type { TargetOptions } from '../emit/target.js';
import { pointer } from '../load/errors.js';
import { pathProblem } from '../output/paths.js';
import type { DiffTuning } from '../diff/tuning.js';
import { diffTuning } from './diff.js';
import { ConfigError } from './errors.js';

/**
 * sdkgen.config.yaml, validated by hand so every message names the exact place:
 *
 *   output: generated              # folder beside the config; `generate` owns only the files it wrote
 *   strict: true                   # optional: refuse specs that break the OpenAPI schema (--strict)
 *   specs:
 *     <specName>:                  # folder name under output/
 *       spec: specs/x.yaml         # relative to the config file
 *       targets:
 *         <target>: { packageName: x, packageVersion: "1.0.0" }   # version optional
 *         typescript: { packageName: x, license: MIT, repository: <git URL>, homepage: <URL> }
 *
 * A target's options are what its src/emit/<target>/options.ts declares, checked by that schema.
 */
export interface Config {
  /** The config file as the user named it, for messages. */
  readonly file: string;
  /** `output` as written, for messages. */
  readonly outputName: string;
  /** Absolute output folder. */
  readonly output: string;
  /** In document order. */
  readonly specs: readonly SpecConfig[];
  /** `diff:` levels and ignores for `sdkgen diff` (none when the key is absent). */
  readonly diff?: DiffTuning | undefined;
  /** `strict: true`: refuse specs that break the OpenAPI schema, as `--strict` does. */
  readonly strict?: boolean | undefined;
}

export interface SpecConfig {
  /** Key under `specs`: the folder name under output/. */
  readonly name: string;
  /** Absolute spec path. */
  readonly spec: string;
  /** In document order. */
  readonly targets: readonly TargetConfig[];
}

export interface TargetConfig {
  /** A registry target name (a folder under src/emit). */
  readonly target: string;
  readonly options: TargetOptions;
}

/** Spec keys become folder names; letters, digits, `.`, `_`, `-`, not starting with a dot. */
const SPEC_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Each known target's declared options, by target name (the registry's). */
export type TargetOptionDeclarations = ReadonlyMap<string, TargetOptionsDeclaration<OptionsSchema>>;

/**
 * Checks parsed YAML against the schema. `baseDir` resolves relative paths (the config's folder);
 * `declarations` are the registry's targets with their declared options, so a new target folder (and a
 * new option) is accepted with no change here.
 */
export function validateConfig(raw: unknown, file: string, baseDir: string, declarations: TargetOptionDeclarations): Config {
  const knownTargets = [...declarations.keys()];
  const fail = (tokens: (string | number)[], message: string): never => {
    throw new ConfigError(file, pointer(...tokens), message);
  };
  const root = mapping(raw, [], 'the config', fail);
  onlyKeys(root, ['output', 'specs', 'diff', 'strict'], [], fail);
  if (root.strict !== undefined && typeof root.strict !== 'boolean') fail(['strict'], "'strict' must be true or false");
  const outputName = text(root.output, ['output'], fail);
  const outputProblem = isAbsolute(outputName) ? 'is absolute' : pathProblem(outputName);
  if (outputProblem) fail(['output'], `must be a folder inside the config's folder; '${outputName}' ${outputProblem}`);

  const specsRaw = mapping(root.specs, ['specs'], "'specs'", fail);
  const specs = Object.entries(specsRaw).map(([name, value]): SpecConfig => {
    const at = ['specs', name];
    if (!SPEC_NAME.test(name) || pathProblem(name)) {
      fail(at, `spec name '${name}' must be letters, digits, '.', '_' or '-', not starting with '.', and usable as a folder name`);
    }
    const entry = mapping(value, at, `spec '${name}'`, fail);
    onlyKeys(entry, ['spec', 'targets'], at, fail);
    const spec = resolve(baseDir, text(entry.spec, [...at, 'spec'], fail));
    const targetsRaw = mapping(entry.targets, [...at, 'targets'], "'targets'", fail);
    const targets = Object.entries(targetsRaw).map(([target, options]): TargetConfig => {
      const targetAt = [...at, 'targets', target];
      if (!knownTargets.includes(target)) {
        fail(targetAt, `unknown target '${target}' (known targets: ${knownTargets.join(', ') || 'none'})`);
      }
      return { target, options: targetOptions(declarations.get(target) as TargetOptionsDeclaration<OptionsSchema>, options, targetAt, fail) };
    });
    if (targets.length === 0) fail([...at, 'targets'], 'needs at least one target');
    return { name, spec, targets };
  });
  if (specs.length === 0) fail(['specs'], 'needs at least one spec');
  // `diff` only when the config has the key, so configs without it read exactly as before.
  const diff = root.diff === undefined ? {} : { diff: diffTuning(root.diff, fail) };
  const strict = root.strict === true ? { strict: true } : {};
  return { file, outputName, output: resolve(baseDir, outputName), specs, ...diff, ...strict };
}

type Fail = (tokens: (string | number)[], message: string) => never;

function targetOptions(declared: TargetOptionsDeclaration<OptionsSchema>, raw: unknown, at: string[], fail: Fail): TargetOptions {
  const options = mapping(raw, at, `target '${at[at.length - 1]}'`, fail);
  try {
    return declared.parse(options) as TargetOptions;
  } catch (error) {
    if (error instanceof OptionProblem) return fail([...at, ...error.at], error.message);
    throw error;
  }
}

function mapping(value: unknown, at: string[], what: string, fail: Fail): Record<string, unknown> {
  if (value === undefined && at.length > 0) fail(at.slice(0, -1), `missing required key '${at[at.length - 1]}'`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(at, `${what} must be a mapping, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, at: string[], fail: Fail): string {
  if (value === undefined) fail(at.slice(0, -1), `missing required key '${at[at.length - 1]}'`);
  // A bare 1.10 in YAML is the number 1.1: make the user quote versions rather than guess.
  if (typeof value !== 'string') fail(at, `must be a string, got ${describe(value)}${typeof value === 'number' ? ' (quote it)' : ''}`);
  if (value === '') fail(at, 'must not be empty');
  return value as string;
}

function onlyKeys(object: Record<string, unknown>, allowed: readonly string[], at: string[], fail: Fail): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) fail([...at, key], `unknown key '${key}' (expected ${allowed.join(', ')})`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
