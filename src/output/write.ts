import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import { assertSafePaths, OutputError } from './paths.js';
import { recoverInterruptedRuns } from './recover.js';
import { newRunFiles, type RunFiles } from './run-owner.js';
import { reached } from './steps.js';

/** What a run that succeeded has to tell: leftovers it put right, cleanup it could not finish. */
export interface WriteReport {
  readonly warnings: readonly string[];
}

/**
 * Replaces a folder with exactly a set of files, all or nothing, surviving a kill at any instant:
 *
 * 1. leftovers of killed runs are recovered (recover.ts);
 * 2. a marker file naming this run is created beside the output (run-owner.ts);
 * 3. every file is written into a new folder beside the output (same file system, so renames are
 *    atomic);
 * 4. the output is renamed to the backup name, then the new folder to the output name;
 * 5. the backup, then the marker, are removed.
 *
 * Killed before 4, the output is untouched; after 4, it is the new one. Killed between the two
 * renames of 4, the output path is briefly absent while both complete trees exist beside it; the
 * next run's step 1 puts the new one in place. Once the new output is in place the run succeeds:
 * a cleanup that fails is a warning, and the marker stays so the next run finishes it.
 *
 * Symbolic links: a link AT the output path is an error (we refuse to replace what it points to
 * or the link itself, since either may surprise). Links INSIDE the old output folder are never
 * followed: nothing is written into the old folder, and removing it unlinks them.
 */
export async function writeTree(outDir: string, files: readonly EmittedFile[]): Promise<WriteReport> {
  assertSafePaths(files.map((f) => f.path));
  const out = resolve(outDir);
  assertReplaceable(out, outDir);
  const warnings = await recoverInterruptedRuns(out, outDir);
  const hasOld = (await outputKind(out, outDir)) === 'directory';
  await mkdir(dirname(out), { recursive: true });
  const run = newRunFiles(out);
  // `wx`: the name is new; never take over another run's marker.
  await writeFile(run.marker, markerText(), { encoding: 'utf8', flag: 'wx' });
  reached('marker-created');
  try {
    await writeNew(run.temp, files);
    if (hasOld) {
      await rename(out, run.backup);
      reached('old-moved-aside');
    }
  } catch (error) {
    await abandon(run);
    throw error;
  }
  try {
    await rename(run.temp, out);
  } catch (error) {
    if (hasOld) await putBack(run, out, outDir);
    await abandon(run);
    throw error;
  }
  reached('new-in-place');
  return { warnings: [...warnings, ...(await cleanUp(run, outDir))] };
}

async function writeNew(temp: string, files: readonly EmittedFile[]): Promise<void> {
  await mkdir(temp);
  reached('new-created');
  for (const file of [...files].sort(byPath)) {
    const target = join(temp, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    // `wx`: the folder is brand new, so an existing entry here would be a bug; never overwrite.
    await writeFile(target, file.contents, { encoding: 'utf8', flag: 'wx' });
    reached('file-written');
  }
}

/** The new output did not go in: the previous one goes back, or the run says where it is. */
async function putBack(run: RunFiles, out: string, shown: string): Promise<void> {
  try {
    await rename(run.backup, out);
  } catch (error) {
    // Marker and both folders stay: the next run's recovery puts a complete output in place.
    throw new OutputError(shown, `could not be replaced, and the previous contents wait at ${run.backup}: ${(error as Error).message}`);
  }
}

/** A run that failed before its output was replaced removes what it made. */
async function abandon(run: RunFiles): Promise<void> {
  await rm(run.temp, { recursive: true, force: true });
  await rm(run.marker, { force: true });
}

/** After the swap: nothing here may turn a replaced output into a reported failure. */
async function cleanUp(run: RunFiles, out: string): Promise<string[]> {
  try {
    await rm(run.backup, { recursive: true, force: true });
    reached('old-removed');
  } catch (error) {
    // The marker stays, so the next run removes the backup once this process has ended.
    return [`${out}: replaced, but the previous contents remain at ${run.backup} until the next run: ${(error as Error).message}`];
  }
  try {
    await rm(run.marker, { force: true });
    reached('marker-removed');
  } catch (error) {
    return [`${out}: replaced, but the marker ${run.marker} remains until the next run: ${(error as Error).message}`];
  }
  return [];
}

/** For whoever finds the marker; the name, not this text, is what runs read. */
function markerText(): string {
  return `sdkgen is writing the folder beside this file (pid ${process.pid} on ${hostname()}, started ${new Date().toISOString()}).\nIf no such process runs, the next sdkgen run removes this file and its .new/.old folders.\n`;
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

function byPath(a: EmittedFile, b: EmittedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
