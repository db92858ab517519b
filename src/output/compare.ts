import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import { OutputError } from './paths.js';

/** How a folder differs from the files that should be in it; each list sorted by path. */
export interface TreeDiff {
  /** Present, but with other bytes (or not a regular file). */
  readonly stale: string[];
  /** Expected, absent. */
  readonly missing: string[];
  /** Present, not expected. */
  readonly extra: string[];
}

/** True when the folder holds exactly the expected files. */
export function isCurrent(diff: TreeDiff): boolean {
  return diff.stale.length === 0 && diff.missing.length === 0 && diff.extra.length === 0;
}

/**
 * Compares `dir` with the file set `writeTree` would produce there. Only reads; symbolic links are
 * never followed (one at an expected path is stale, elsewhere extra). A missing folder means every
 * file is missing. Empty folders are ignored, as git ignores them.
 */
export async function compareTree(dir: string, files: readonly EmittedFile[]): Promise<TreeDiff> {
  const present = await listTree(dir);
  const expected = new Map(files.map((f) => [f.path, f.contents]));
  const stale: string[] = [];
  const missing: string[] = [];
  for (const [path, contents] of expected) {
    const kind = present.get(path);
    if (kind === undefined) missing.push(path);
    else if (kind !== 'file' || !(await sameBytes(join(dir, ...path.split('/')), contents))) stale.push(path);
  }
  const extra = [...present.keys()].filter((p) => !expected.has(p));
  return { stale: stale.sort(ordinal), missing: missing.sort(ordinal), extra: extra.sort(ordinal) };
}

type EntryKind = 'file' | 'other';

/** Every non-folder entry under `dir`, by `/`-separated relative path. */
async function listTree(dir: string): Promise<Map<string, EntryKind>> {
  const found = new Map<string, EntryKind>();
  let root;
  try {
    root = await lstat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return found;
    throw error;
  }
  if (root.isSymbolicLink()) throw new OutputError(dir, 'is a symbolic link; refusing to follow it');
  if (!root.isDirectory()) throw new OutputError(dir, 'exists and is not a folder');
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      // Dirent types come from lstat-like data: a link to a folder is not a folder here.
      if (entry.isDirectory()) await walk(join(abs, entry.name), relPath);
      else found.set(relPath, entry.isFile() ? 'file' : 'other');
    }
  };
  await walk(dir, '');
  return found;
}

async function sameBytes(file: string, contents: string): Promise<boolean> {
  const actual = await readFile(file);
  return actual.equals(Buffer.from(contents, 'utf8'));
}

/** Plain code-unit order, independent of locale, so listings are the same on every machine. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
