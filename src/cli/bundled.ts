/**
 * Runs one of sdkgen's entry points (bundle-entries.ts) from dist/sdkgen.cjs, sdkgen's modules
 * bundled into one CommonJS file by scripts/build-bundle.mjs, or, without that file (sources
 * under vitest) or with SDKGEN_BUNDLE=off, from the same entries' modules one by one.
 *
 * Why a bundle: Node 20 loads an ES module file by file (resolve, read, compile, link), and has
 * no code cache for ES modules; one CommonJS file is read once and its compiled code comes from
 * code-cache.ts. Start-up with what a TypeScript run loads went from 0.385 to 0.295 s CPU,
 * `--help` from 0.195 to 0.160 s, and worker threads start sooner too (GitHub's spec, all four
 * targets: 4.66 -> 4.18 s wall); medians of alternating runs, README's figures.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { BundleEntries } from './bundle-entries.js';

/** Where the build writes the bundle: dist/sdkgen.cjs, beside dist/cli/. */
export const BUNDLE_FILE = fileURLToPath(new URL('../sdkgen.cjs', import.meta.url));

/** Runs entry `name`: from the bundle when there is one, else from its modules one by one. */
export async function runEntry(name: keyof BundleEntries): Promise<void> {
  const { entries } = bundled() ? (createRequire(import.meta.url)(BUNDLE_FILE) as { entries: BundleEntries }) : await import('./bundle-entries.js');
  await entries[name]();
}

function bundled(): boolean {
  if (process.env['SDKGEN_BUNDLE'] === 'off' || !existsSync(BUNDLE_FILE)) return false;
  // A bug's stack trace (--verbose) then names dist/'s files and lines, not the bundle's.
  if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);
  return true;
}
