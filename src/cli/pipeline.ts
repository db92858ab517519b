import { isAbsolute, relative, sep } from 'node:path';
import { coerce } from 'semver';
import type { Config } from '../config/index.js';
import { defaultVersionProblem } from '../config/package-rules.js';
import { loadTarget } from '../emit/registry.js';
import { SpecError } from '../load/errors.js';
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import { loadApi, type ReadLimits } from '../load/index.js';
import type { Api } from '../model/types.js';
import { assertSafePaths, OutputError } from '../output/paths.js';
import { WarningPrinter } from './warnings.js';

/** What the loader may reach beyond the spec file, and its read limits; from the global flags. */
export interface LoaderOptions {
  allowRemoteRefs?: boolean;
  allowRefRoots?: string[];
  limits?: Partial<ReadLimits>;
  /** Refuse what would be a warning (`--strict`, or `strict: true` in the config). */
  strict?: boolean;
  /** Print no warnings (`--quiet`). */
  quiet?: boolean;
}

/**
 * load → emit for one spec and target. Paths are checked here, per pair, so a bad one is
 * reported under the folder it was meant for (`shownOut`) before anything is written.
 */
export async function emitPair(
  api: Api,
  targetName: string,
  options: TargetOptions,
  shownOut: string,
  shownSpec: string,
  loaderOptions: LoaderOptions = {},
): Promise<EmittedFile[]> {
  const target = await loadTarget(targetName);
  const versionProblem = options.packageVersion === undefined ? defaultVersionProblem(targetName, api.version) : undefined;
  const files = target.emit(api, versionProblem ? { ...options, packageVersion: semverOf(versionProblem, shownSpec, loaderOptions, api.version) } : options);
  try {
    assertSafePaths(files.map((f) => f.path));
  } catch (error) {
    if (error instanceof OutputError) throw new OutputError(`${shownOut}/${error.path}`, error.message);
    throw error;
  }
  return files;
}

/**
 * A spec's info.version that npm would refuse (Looker's `4.0.26.12`) versions a TypeScript package
 * by its semver part (`4.0.26`), with a warning; --strict refuses it.
 */
function semverOf(problem: string, shownSpec: string, loaderOptions: LoaderOptions, version: string): string {
  if (loaderOptions.strict) throw new SpecError(shownSpec, '/info/version', problem);
  const chosen = coerce(version)?.version ?? '0.0.0';
  const printer = new WarningPrinter((text) => process.stderr.write(text), loaderOptions.quiet === true);
  const what = problem.split('; set ')[0]!;
  printer.add({ file: shownSpec, pointer: '/info/version', kind: 'package-version', problem: what, assumed: `the package is versioned ${chosen} (set packageVersion in the config or pass --package-version)` });
  return chosen;
}

/**
 * load: the loader names the file in its messages relative to the working folder. What the spec
 * gets wrong but sdkgen understands goes to stderr as warnings, capped per kind.
 */
export async function loadSpec(specPath: string, loaderOptions: LoaderOptions): Promise<Api> {
  const { quiet, ...options } = loaderOptions;
  const printer = new WarningPrinter((text) => process.stderr.write(text), quiet === true);
  const api = await loadApi(specPath, { ...options, onWarning: printer.add });
  printer.flush();
  return api;
}

/**
 * Every pair of the config as one file set rooted at the output folder: `<spec>/<target>/...`.
 * Each spec is loaded once for all its targets.
 */
export async function emitConfigured(config: Config, loaderOptions: LoaderOptions): Promise<EmittedFile[]> {
  const all: EmittedFile[] = [];
  for (const spec of config.specs) {
    const strictness = config.strict ? { ...loaderOptions, strict: true } : loaderOptions;
    const api = await loadSpec(spec.spec, strictness);
    for (const { target, options } of spec.targets) {
      const folder = `${spec.name}/${target}`;
      const files = await emitPair(api, target, options, `${config.outputName}/${folder}`, shownPath(spec.spec), strictness);
      all.push(...files.map((f) => ({ path: `${folder}/${f.path}`, contents: f.contents })));
    }
  }
  return all;
}

/** `generated` rather than `/home/me/repo/generated` when under the working folder. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel) ? path : rel;
}
