/**
 * The runtime is the same for every package: the real TypeScript files in ./runtime (type-checked
 * and unit-tested as part of sdkgen), copied byte for byte into src/runtime/ of the package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EmittedFile } from '../target.js';

/**
 * Resolved from the package root (three levels above src/emit/typescript and dist/emit/typescript
 * alike), because the build output has JavaScript only and the package needs the .ts sources.
 */
export const RUNTIME_DIR = fileURLToPath(new URL('../../../src/emit/typescript/runtime/', import.meta.url));

let cache: readonly EmittedFile[] | undefined;

/** The runtime files at their package paths, sorted by name. */
export function runtimeFiles(): readonly EmittedFile[] {
  cache ??= readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ path: `src/runtime/${name}`, contents: readFileSync(`${RUNTIME_DIR}${name}`, 'utf8') }));
  return cache;
}
