import { readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import { readIgnoreFile } from './ignore-file.js';
import { kind } from './journal.js';
import { MANIFEST, manifestText, ordinal, readManifest } from './manifest.js';
import { OutputError } from './paths.js';

/** How a folder differs from the files that should be in it; each list sorted by path. */
export interface TreeDiff {
  /** Present, but with other bytes (or not a regular file). */
  readonly stale: string[];
  /** Expected, absent. */
  readonly missing: string[];
  /** Listed in the manifest as sdkgen's, present, and no longer produced. */
  readonly extra: string[];
}

/** True when the folder holds exactly the expected files. */
export function isCurrent(diff: TreeDiff): boolean {
  return diff.stale.length === 0 && diff.missing.length === 0 && diff.extra.length === 0;
}

/**
 * Compares `dir` with what `writeTree` would leave there, looking only at sdkgen's own files: the
 * set given (less what `.sdkgenignore` gives to the user), the manifest, and files the manifest
 * lists that the set no longer has. Everything else (a build's dist/, node_modules, a user's
 * notes) is not sdkgen's and not compared. Only reads; symbolic links are never followed (one at
 * an expected path is stale). A missing folder means every file is missing.
 */
export async function compareTree(dir: string, files: readonly EmittedFile[]): Promise<TreeDiff> {
  await assertFolder(dir);
  const ignored = await readIgnoreFile(dir);
  const wanted = files.filter((f) => !ignored(f.path));
  const expected = new Map(wanted.map((f) => [f.path, f.contents]));
  expected.set(MANIFEST, manifestText(wanted.map((f) => f.path)));
  const stale: string[] = [];
  const missing: string[] = [];
  for (const [path, contents] of expected) {
    const file = join(dir, ...path.split('/'));
    const found = kind(file);
    if (found === 'absent') missing.push(path);
    else if (found !== 'file' || !readFileSync(file).equals(Buffer.from(contents, 'utf8'))) stale.push(path);
  }
  const extra: string[] = [];
  for (const path of await readManifest(dir)) {
    if (!expected.has(path) && !ignored(path) && kind(join(dir, ...path.split('/'))) !== 'absent') extra.push(path);
  }
  return { stale: stale.sort(ordinal), missing: missing.sort(ordinal), extra: extra.sort(ordinal) };
}

async function assertFolder(dir: string): Promise<void> {
  let found;
  try {
    found = await lstat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (found.isSymbolicLink()) throw new OutputError(dir, 'is a symbolic link; refusing to follow it');
  if (!found.isDirectory()) throw new OutputError(dir, 'exists and is not a folder');
}
