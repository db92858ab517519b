/**
 * The build the end-to-end sections measure: dist/, which `npm run bench` rebuilds first. The
 * emitters find templates/ and the runtime sources relative to their own file, which holds in
 * dist/ but not in the benchmark's own compile (.bench-build/), so they are loaded from dist/.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (this file runs from .bench-build/bench/). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'dist/cli/main.js');

/** A module of dist/, by its path under src/ with .js (e.g. `emit/typescript/index.js`). */
export async function fromDist<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(ROOT, 'dist', path)).href)) as T;
}
