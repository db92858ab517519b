import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import { assertSafePaths, OutputError } from './paths.js';

/**
 * Replaces a folder with exactly a set of files, all or nothing: the files go into a fresh folder
 * beside it (same file system, so renames are atomic), which is then swapped in. A run that fails
 * at any point leaves the output folder as it was.
 *
 * Symbolic links: a link AT the output path is an error (we refuse to replace what it points to
 * or the link itself, since either may surprise). Links INSIDE the old output folder are never
 * followed: nothing is written into the old folder, and removing it unlinks them.
 */
export async function writeTree(outDir: string, files: readonly EmittedFile[]): Promise<void> {
  assertSafePaths(files.map((f) => f.path));
  const out = resolve(outDir);
  assertReplaceable(out, outDir);
  const existing = await outputKind(out, outDir);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const temp = await freshSibling(out, 'new');
  try {
    for (const file of [...files].sort(byPath)) {
      const target = join(temp, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      // `wx`: the folder is brand new, so an existing entry here would be a bug; never overwrite.
      await writeFile(target, file.contents, { encoding: 'utf8', flag: 'wx' });
    }
    await swapIn(temp, out, existing === 'directory');
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The output folder is replaced wholesale, so refuse the folders where that would destroy the
 * caller's own work: a file system root, the current folder, or any folder that contains it.
 */
function assertReplaceable(out: string, shown: string): void {
  const cwd = process.cwd();
  if (dirname(out) === out) throw new OutputError(shown, 'is a file system root; refusing to replace it');
  if (cwd === out || cwd.startsWith(out + sep)) {
    throw new OutputError(shown, 'contains the current folder; refusing to replace it');
  }
}

/** What is at the output path now; anything but a real folder or nothing is refused. */
async function outputKind(out: string, shown: string): Promise<'absent' | 'directory'> {
  let stats;
  try {
    stats = await lstat(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  if (stats.isSymbolicLink()) {
    throw new OutputError(shown, 'is a symbolic link; refusing to write through it (remove it or pass a real folder)');
  }
  if (!stats.isDirectory()) throw new OutputError(shown, 'exists and is not a folder');
  return 'directory';
}

/**
 * old → backup, temp → out, remove backup. If the second rename fails the backup is put back, so
 * the only window in which `out` is missing is between two renames.
 */
async function swapIn(temp: string, out: string, hasOld: boolean): Promise<void> {
  if (!hasOld) {
    await rename(temp, out);
    return;
  }
  const backup = siblingName(out, 'old');
  await rename(out, backup);
  try {
    await rename(temp, out);
  } catch (error) {
    await rename(backup, out);
    throw error;
  }
  try {
    await rm(backup, { recursive: true, force: true });
  } catch (error) {
    // The new output is in place; only the cleanup failed, so say exactly that.
    throw new OutputError(out, `replaced, but the previous contents remain at ${backup}: ${(error as Error).message}`);
  }
}

/** Creates `.<name>.sdkgen-<label>-<random>` beside `out`; mkdir fails rather than reuse one. */
async function freshSibling(out: string, label: string): Promise<string> {
  const path = siblingName(out, label);
  await mkdir(path);
  return path;
}

/** Random, so two runs (or a leftover from a crashed one) never pick the same name. */
function siblingName(out: string, label: string): string {
  return join(dirname(out), `.${basename(out)}.sdkgen-${label}-${randomBytes(6).toString('hex')}`);
}

function byPath(a: EmittedFile, b: EmittedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
