/**
 * emit for one loaded spec and one target, apart from the loader: the target worker threads
 * (target-thread.ts) import this and the targets, not the loader and its validators.
 */
import { createRequire } from 'node:module';
import { specDefaultVersionProblem } from '../emit/options.js';
import { loadTarget, loadTargetOptions } from '../emit/registry.js';
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import { SpecError } from '../load/errors.js';
import { stageClock } from '../load/stages.js';
import type { Api } from '../model/types.js';
import { assertSafePaths, OutputError } from '../output/paths.js';
import { noteCodeCacheWork } from './code-cache-work.js';
import type { LoaderOptions } from './pipeline.js';
import { WarningPrinter } from './warnings.js';

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
  /** Where a warning goes: stderr, or a worker's buffer that the main thread prints in order. */
  warn: (text: string) => void = (text) => process.stderr.write(text),
): Promise<EmittedFile[]> {
  const clock = stageClock();
  noteCodeCacheWork(`emit ${targetName}`);
  const target = await loadTarget(targetName);
  const declared = await loadTargetOptions(targetName);
  const versionProblem = options.packageVersion === undefined ? specDefaultVersionProblem(declared.schema, targetName, api.version) : undefined;
  const files = target.emit(api, versionProblem ? { ...options, packageVersion: semverOf(versionProblem, shownSpec, loaderOptions, api.version, warn) } : options);
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
function semverOf(problem: string, shownSpec: string, loaderOptions: LoaderOptions, version: string, warn: (text: string) => void): string {
  if (loaderOptions.strict) throw new SpecError(shownSpec, '/info/version', problem);
  // semver is loaded only for such a version: most runs never need it.
  const { coerce } = createRequire(import.meta.url)('semver') as typeof import('semver');
  const chosen = coerce(version)?.version ?? '0.0.0';
  const printer = new WarningPrinter(warn, loaderOptions.quiet === true);
  const what = problem.split('; set ')[0]!;
  printer.add({ file: shownSpec, pointer: '/info/version', kind: 'package-version', problem: what, assumed: `the package is versioned ${chosen} (set packageVersion in the config or pass --package-version)` });
  return chosen;
}
