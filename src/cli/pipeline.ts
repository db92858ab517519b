import { isAbsolute, relative, sep } from 'node:path';
import type { Config } from '../config/index.js';
import { specDefaultVersionProblem } from '../emit/options.js';
import { loadTarget, loadTargetOptions } from '../emit/registry.js';
import { SpecError } from '../load/errors.js';
import type { EmittedFile, TargetOptions } from '../emit/target.js';
import { loadApi, type ReadLimits } from '../load/index.js';
import type { Api } from '../model/types.js';
import { assertSafePaths, OutputError } from '../output/paths.js';

/** What the loader may reach beyond the spec file, and its read limits; from the global flags. */
export interface LoaderOptions {
  allowRemoteRefs?: boolean;
  allowRefRoots?: string[];
  limits?: Partial<ReadLimits>;
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
): Promise<EmittedFile[]> {
  const target = await loadTarget(targetName);
  const declared = await loadTargetOptions(targetName);
  const versionProblem = options.packageVersion === undefined ? specDefaultVersionProblem(declared.schema, targetName, api.version) : undefined;
  if (versionProblem) throw new SpecError(shownSpec, '/info/version', versionProblem);
  const files = target.emit(api, options);
  try {
    assertSafePaths(files.map((f) => f.path));
  } catch (error) {
    if (error instanceof OutputError) throw new OutputError(`${shownOut}/${error.path}`, error.message);
    throw error;
  }
  return files;
}

/** load: the loader names the file in its messages relative to the working folder. */
export async function loadSpec(specPath: string, loaderOptions: LoaderOptions): Promise<Api> {
  return loadApi(specPath, loaderOptions);
}

/**
 * Every pair of the config as one file set rooted at the output folder: `<spec>/<target>/...`.
 * Each spec is loaded once for all its targets.
 */
export async function emitConfigured(config: Config, loaderOptions: LoaderOptions): Promise<EmittedFile[]> {
  const all: EmittedFile[] = [];
  for (const spec of config.specs) {
    const api = await loadSpec(spec.spec, loaderOptions);
    for (const { target, options } of spec.targets) {
      const folder = `${spec.name}/${target}`;
      const files = await emitPair(api, target, options, `${config.outputName}/${folder}`, shownPath(spec.spec));
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
