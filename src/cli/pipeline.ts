import { isAbsolute, relative, sep } from 'node:path';
import { coerce } from 'semver';
import type { Config, SpecConfig } from '../config/index.js';
import { specDefaultVersionProblem } from '../emit/options.js';
import { loadTarget, loadTargetOptions } from '../emit/registry.js';
import { SpecError } from '../load/errors.js';
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import { loadApi, type ReadLimits } from '../load/index.js';
import { onStage, stageClock } from '../load/stages.js';
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
  const clock = stageClock();
  const target = await loadTarget(targetName);
  const declared = await loadTargetOptions(targetName);
  const versionProblem = options.packageVersion === undefined ? specDefaultVersionProblem(declared.schema, targetName, api.version) : undefined;
  const files = target.emit(api, versionProblem ? { ...options, packageVersion: semverOf(versionProblem, shownSpec, loaderOptions, api.version) } : options);
  try {
    assertSafePaths(files.map((f) => f.path));
  } catch (error) {
    if (error instanceof OutputError) throw new OutputError(`${shownOut}/${error.path}`, error.message);
    throw error;
  }
  clock.end(`emit ${targetName}`);
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

/** What a run tells as it goes, per spec: for --timings and the progress display. */
export interface RunObserver {
  /** The spec is loaded, with this many operations. */
  loaded(spec: string, operations: number): void;
  /** A stage of the spec (`read`, `validate`, `model`, `emit <target>`) ended after `ms`. */
  stage(spec: string, stage: string, ms: number): void;
}

export interface ConfiguredRun {
  /** Specs loaded and emitted at once, each in its own worker thread; 1 runs them here, one by one. */
  readonly jobs: number;
  readonly observer?: RunObserver | undefined;
}

/**
 * Every pair of the config as one file set rooted at the output folder: `<spec>/<target>/...`,
 * in config order. With several specs and jobs, specs are loaded and emitted in worker threads
 * (spec-worker.ts), each spec wholly in one, and their files put together in config order, so
 * the set is the same as one spec after another would give; the first failing spec in config
 * order is the error reported either way.
 */
export async function emitConfigured(config: Config, given: LoaderOptions, run: ConfiguredRun = { jobs: 1 }): Promise<EmittedFile[]> {
  const loaderOptions = config.strict ? { ...given, strict: true } : given;
  const jobs = Math.min(run.jobs, config.specs.length);
  const perSpec =
    jobs > 1 && (await workersAvailable())
      ? await (await import('./spec-pool.js')).emitInWorkers(config, loaderOptions, jobs, run.observer)
      : await emitSerially(config, loaderOptions, run.observer);
  return perSpec.flat();
}

async function emitSerially(config: Config, loaderOptions: LoaderOptions, observer: RunObserver | undefined): Promise<EmittedFile[][]> {
  const all: EmittedFile[][] = [];
  for (const spec of config.specs) all.push(await emitSpec(spec, config.outputName, loaderOptions, observer));
  return all;
}

/** One spec of the config: loaded once for all its targets, its files under `<spec>/<target>/`. */
export async function emitSpec(spec: SpecConfig, outputName: string, loaderOptions: LoaderOptions, observer?: RunObserver): Promise<EmittedFile[]> {
  const stop = observer === undefined ? () => undefined : onStage((e) => observer.stage(spec.name, e.stage, e.ms));
  try {
    const api = await loadSpec(spec.spec, loaderOptions);
    observer?.loaded(spec.name, api.operations.length);
    const all: EmittedFile[] = [];
    for (const { target, options } of spec.targets) {
      const folder = `${spec.name}/${target}`;
      const files = await emitPair(api, target, options, `${outputName}/${folder}`, shownPath(spec.spec), loaderOptions);
      all.push(...files.map((f) => ({ path: `${folder}/${f.path}`, contents: f.contents })));
    }
    return all;
  } finally {
    stop();
  }
}

/** Workers run the built worker module; from sources (vitest) there is none, and specs run here. */
async function workersAvailable(): Promise<boolean> {
  const { existsSync } = await import('node:fs');
  return existsSync(new URL('./spec-worker.js', import.meta.url));
}

/** `generated` rather than `/home/me/repo/generated` when under the working folder. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel) ? path : rel;
}
