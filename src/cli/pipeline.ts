import { existsSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { Config, SpecConfig } from '../config/index.js';
import type { EmittedFile } from '../emit/target.js';
import { loadApi, loadApiOrElsewhere, type LoadOptions, type ModelElsewhere, type ReadLimits } from '../load/index.js';
import { onStage } from '../load/stages.js';
import type { Api } from '../model/types.js';
import type { StageArea, StagedPair } from '../output/stage-pair.js';
import { noteCodeCacheWork } from './code-cache-work.js';
import { emitPair } from './emit-pair.js';
import type { LaneStaging, TargetJob } from './target-pool.js';
import { WarningPrinter } from './warnings.js';

export { emitPair };

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
 * load: the loader names the file in its messages relative to the working folder. What the spec
 * gets wrong but sdkgen understands goes to stderr as warnings, capped per kind.
 */
export async function loadSpec(specPath: string, loaderOptions: LoaderOptions): Promise<Api> {
  return withWarnings(loaderOptions, (options) => loadApi(specPath, options));
}

/** loadSpec, with the model also built by `elsewhere` when the spec lets it (loadApiOrElsewhere). */
function loadSpecOrElsewhere(specPath: string, loaderOptions: LoaderOptions, elsewhere: ModelElsewhere): Promise<Api> {
  return withWarnings(loaderOptions, (options) => loadApiOrElsewhere(specPath, options, elsewhere));
}

/** Runs the loader with what it warns about printed to stderr once it is done (capped per kind). */
async function withWarnings<T>(loaderOptions: LoaderOptions, load: (options: LoadOptions) => Promise<T>): Promise<T> {
  const { quiet, ...options } = loaderOptions;
  noteCodeCacheWork('load');
  const printer = new WarningPrinter((text) => process.stderr.write(text), quiet === true);
  const loaded = await load({ ...options, onWarning: printer.add });
  printer.flush();
  return loaded;
}

/** What a run tells as it goes, per spec: for --timings and the progress display. */
export interface RunObserver {
  /** The spec is loaded, with this many operations. */
  loaded(spec: string, operations: number): void;
  /** A stage of the spec (`read`, `validate`, `model`, `emit <target>`) ended after `ms`. */
  stage(spec: string, stage: string, ms: number): void;
  /** A target's files were staged by its lane (part of the write) in `ms`. */
  staged?(spec: string, target: string, ms: number): void;
}

/**
 * An update of the output begun while emitting (write.ts's PendingWrite): with it, the target
 * lanes of a spec stage the files they emit straight into it, instead of sending them back.
 */
export interface Staging {
  /** Where the pair `<spec>/<target>` stages its files; the first call opens the output. */
  area(prefix: string): Promise<StageArea>;
  accept(pair: StagedPair): void;
}

export interface ConfiguredRun {
  /**
   * Threads: specs loaded and emitted at once, each in its own worker thread, or, for a config of
   * one spec, that spec's targets emitted side by side (target-pool.ts); 1 runs everything here,
   * one by one. With V8's tier-up threshold raised (v8-tuning.ts), TurboFan no longer fills the
   * second core, and two lanes took the wall time of four targets from 1.9 to 1.5 s on Looker 4.0
   * and 5.2 to 4.5 s on GitHub's spec, for about 10-20% more CPU (each lane builds or is sent the
   * model, and loads its emitters), on the shared 2-core machine. This thread is one of the lanes:
   * with two worker lanes and this one idle while they emitted, GitHub's four targets took 2.45 s
   * wall and 4.40 s CPU, against 2.25 and 4.04 s (10 alternating runs).
   */
  readonly jobs: number;
  readonly observer?: RunObserver | undefined;
  /** Files of a spec emitted by target lanes go here instead of into the result. */
  readonly staging?: Staging | undefined;
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
    jobs > 1 && workersAvailable('spec')
      ? await (await import('./spec-pool.js')).emitInWorkers(config, loaderOptions, jobs, run.observer)
      : await emitSerially(config, loaderOptions, run.observer, jobs === 1 ? run.jobs : 1, run.staging);
  return perSpec.flat();
}

async function emitSerially(config: Config, loaderOptions: LoaderOptions, observer: RunObserver | undefined, targetLanes: number, staging: Staging | undefined): Promise<EmittedFile[][]> {
  const all: EmittedFile[][] = [];
  for (const spec of config.specs) all.push(await emitSpec(spec, config.outputName, loaderOptions, observer, targetLanes, staging));
  return all;
}

/**
 * One spec of the config: loaded once for all its targets, its files under `<spec>/<target>/`.
 * With `targetLanes` above 1 and several targets, the targets are emitted in worker threads
 * (target-pool.ts), started before the spec is loaded.
 */
export async function emitSpec(spec: SpecConfig, outputName: string, loaderOptions: LoaderOptions, observer?: RunObserver, targetLanes = 1, staging?: Staging): Promise<EmittedFile[]> {
  const stop = observer === undefined ? () => undefined : onStage((e) => observer.stage(spec.name, e.stage, e.ms));
  const jobs = spec.targets.map(({ target, options }) => ({ target, options, shownOut: `${outputName}/${spec.name}/${target}` }));
  const lanes = targetLanes > 1 && jobs.length > 1 && workersAvailable('target') ? new (await import('./target-pool.js')).TargetLanes(jobs, targetLanes, shownPath(spec.spec), loaderOptions) : undefined;
  try {
    if (lanes === undefined) {
      const api = await loadSpec(spec.spec, loaderOptions);
      observer?.loaded(spec.name, api.operations.length);
      return named(await emitOneByOne(api, jobs, shownPath(spec.spec), loaderOptions));
    }
    // The worker lanes build their own model while this thread validates, when the spec lets them.
    const api = await loadSpecOrElsewhere(spec.spec, loaderOptions, lanes);
    observer?.loaded(spec.name, api.operations.length);
    const staged = staging && (await laneStaging(staging, spec.name, jobs, observer));
    return named(await lanes.emit(api, (stage, ms) => observer?.stage(spec.name, stage, ms), (text) => process.stderr.write(text), staged));
  } finally {
    stop();
    await lanes?.close();
  }

  function named(perTarget: EmittedFile[][]): EmittedFile[] {
    return perTarget.flatMap((files, i) => files.map((f) => ({ path: `${spec.name}/${jobs[i]!.target}/${f.path}`, contents: f.contents })));
  }
}

/** The areas of a spec's pairs, opened once the spec has loaded, so a refused spec leaves the output untouched. */
async function laneStaging(staging: Staging, specName: string, jobs: readonly TargetJob[], observer: RunObserver | undefined): Promise<LaneStaging> {
  const areas = [];
  for (const job of jobs) areas.push(await staging.area(`${specName}/${job.target}`));
  return {
    areas,
    staged(index, pair) {
      staging.accept(pair);
      observer?.staged?.(specName, jobs[index]!.target, pair.ms);
    },
  };
}

async function emitOneByOne(api: Api, jobs: readonly TargetJob[], shownSpec: string, loaderOptions: LoaderOptions): Promise<EmittedFile[][]> {
  const all: EmittedFile[][] = [];
  for (const { target, options, shownOut } of jobs) all.push(await emitPair(api, target, options, shownOut, shownSpec, loaderOptions));
  return all;
}

/** Workers run the built worker modules; from sources (vitest) there are none, and all runs here. */
function workersAvailable(kind: 'spec' | 'target'): boolean {
  return existsSync(new URL(`./${kind}-worker.js`, import.meta.url));
}

/** `generated` rather than `/home/me/repo/generated` when under the working folder. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel) ? path : rel;
}
