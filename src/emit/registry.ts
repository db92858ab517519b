import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASIC_OPTIONS, type OptionsSchema, type TargetOptionsDeclaration } from './options.js';
import type { Target } from './target.js';
import { importTargetFile } from './target-modules.js';

/**
 * Finds targets by folder: a target is src/emit/<name>/index.ts (dist/emit/<name>/index.js once
 * built) exporting `target`. Nothing lists the languages by hand, so adding one is adding a folder.
 */

/** A target name is also a folder name and part of an import specifier: keep it boring. */
export const TARGET_NAME = /^[a-z][a-z0-9-]*$/;

/** The folder this module lives in: src/emit under vitest, dist/emit when built. */
const EMIT_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Index files that make a folder a target, compiled and source alike. */
const INDEX_FILES = ['index.js', 'index.ts'];

/** Asked for a target that does not exist or does not export one: a usage problem, not a bug. */
export class UnknownTargetError extends Error {
  constructor(
    readonly target: string,
    readonly known: readonly string[],
    reason = 'unknown target',
  ) {
    super(`${reason} '${target}' (known targets: ${known.join(', ') || 'none'})`);
    this.name = 'UnknownTargetError';
  }
}

/** Names of the folders beside this module that have an index file, sorted. */
export async function targetNames(): Promise<string[]> {
  const entries = await readdir(EMIT_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && TARGET_NAME.test(e.name) && indexFile(e.name) !== undefined)
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The folder's index file, compiled (dist) or source (vitest), if it has one. */
function indexFile(name: string): string | undefined {
  return INDEX_FILES.map((f) => `${EMIT_DIR}${name}/${f}`).find((path) => existsSync(path));
}

/**
 * The options a target declares in its options.ts (`export const options = declareOptions(...)`),
 * or packageName and packageVersion as plain text when it declares none. Loaded apart from the
 * target, so validating a config does not load every emitter.
 */
export async function loadTargetOptions(name: string): Promise<TargetOptionsDeclaration<OptionsSchema>> {
  const known = await targetNames();
  if (!TARGET_NAME.test(name) || !known.includes(name)) throw new UnknownTargetError(name, known);
  const file = ['options.js', 'options.ts'].map((f) => `${EMIT_DIR}${name}/${f}`).find((path) => existsSync(path));
  if (file === undefined) return BASIC_OPTIONS;
  const module: { options?: unknown } = await importTargetFile(name, file);
  const options = module.options as Partial<TargetOptionsDeclaration<OptionsSchema>> | undefined;
  if (typeof options?.parse !== 'function' || typeof options.schema !== 'object') {
    throw new UnknownTargetError(name, known, 'options.ts does not export `options` from declareOptions for');
  }
  return options as TargetOptionsDeclaration<OptionsSchema>;
}

/**
 * Imports `./<name>/index.js` (or index.ts under vitest) and returns its `target`. The name is
 * checked against the pattern and the folder list before any import, so it can never reach
 * outside src/emit.
 */
export async function loadTarget(name: string): Promise<Target> {
  const known = await targetNames();
  if (!TARGET_NAME.test(name) || !known.includes(name)) {
    throw new UnknownTargetError(name, known);
  }
  const file = indexFile(name) as string;
  const module: { target?: unknown } = await importTargetFile(name, file);
  const target = module.target;
  if (!isTarget(target) || target.name !== name) {
    throw new UnknownTargetError(name, known, 'folder does not export a matching `target` for');
  }
  return target;
}

function isTarget(value: unknown): value is Target {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; emit?: unknown };
  return typeof candidate.name === 'string' && typeof candidate.emit === 'function';
}
