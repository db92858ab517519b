import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import { IGNORE_FILE, readIgnoreFile } from './ignore-file.js';
import { applyJournal, insideRealFolders, kind, removeEmptied, removeRun, undoJournal, writeJournal, type Applied, type Journal, type Kind } from './journal.js';
import { isState, MANIFEST, manifestText, ordinal, readManifest, STATE_FOLDER } from './manifest.js';
import { assertSafePaths, OutputError } from './paths.js';
import { Once } from './once.js';
import { recoverInterruptedRuns } from './recover.js';
import { newRunFiles, type RunFiles } from './run-owner.js';
import { reached } from './steps.js';

/** What a run that succeeded has to tell: leftovers it put right, cleanup it could not finish. */
export interface WriteReport {
  readonly warnings: readonly string[];
  /** Files replaced or created, and files removed; unchanged files are not touched. */
  readonly written: number;
  readonly removed: number;
}

/**
 * Brings the files sdkgen owns in a folder up to date, all or nothing, surviving a kill at any
 * instant, and never touching a file it does not own:
 *
 * 1. leftovers of killed runs are finished or removed (recover.ts);
 * 2. the files to write are those of the set whose bytes differ from the disk, less the paths
 *    `.sdkgenignore` gives to the user; the files to remove are those the manifest (manifest.ts)
 *    lists and the set no longer has; a link or file in the way of a folder is refused here;
 * 3. the run creates its folder inside `.sdkgen/` (run-owner.ts) and writes every new file and
 *    the new manifest into it;
 * 4. it writes its journal (journal.ts): the commit point;
 * 5. each file is renamed into place, the old one moved into the run's folder first; removed
 *    files are moved there too; the manifest goes last;
 * 6. the journal, then the run's folder, are removed.
 *
 * Killed before 4, the output is untouched; after 4, the next run finishes 5 and 6 before doing
 * anything else. A failure in 5 moves every file back and reports the failure; once 5 is done the
 * run succeeds, and a cleanup that fails is a warning.
 *
 * Symbolic links are never followed: one at the output path, or in place of a folder a file is
 * written into, is an error; one at a generated path is replaced (rename replaces the link itself).
 */
export async function writeTree(outDir: string, files: readonly EmittedFile[], options: WriteOptions = {}): Promise<WriteReport> {
  assertSafePaths(files.map((f) => f.path));
  const inScope = scopeTest(options.scope);
  for (const file of files) {
    if (!inScope(file.path)) throw new OutputError(file.path, 'is outside the folders this run updates');
  }
  for (const file of files) {
    if (isState(file.path) || file.path === IGNORE_FILE) throw new OutputError(file.path, "is reserved for sdkgen's own records");
  }
  const out = resolve(outDir);
  if (dirname(out) === out) throw new OutputError(outDir, 'is a file system root; refusing to write into it');
  const existed = (await outputKind(out, outDir)) === 'directory';
  await mkdir(out, { recursive: true });
  // Its scratch folders are made in here: a link would put them, and renames, elsewhere.
  if (!['absent', 'folder'].includes(kind(join(out, STATE_FOLDER)))) {
    throw new OutputError(`${outDir}/${STATE_FOLDER}`, "is not a folder; it is sdkgen's own, so remove it and run again");
  }
  const warnings = await recoverInterruptedRuns(out, outDir);
  const plan = await planChanges(out, outDir, files, inScope);
  if (plan.put.length === 0 && plan.drop.length === 0) return { warnings, written: 0, removed: 0 };

  await mkdir(join(out, STATE_FOLDER), { recursive: true });
  const run = newRunFiles(join(out, STATE_FOLDER));
  // Exclusive: the name is new, and never another run's.
  await mkdir(run.folder);
  reached('run-created');
  const journal: Journal = { put: plan.put.map((f) => f.path), drop: plan.drop };
  try {
    stage(run, plan.put);
    await writeJournal(run, journal);
  } catch (error) {
    await abandon(run, out, existed);
    throw error;
  }
  const done: Applied[] = [];
  try {
    applyJournal(out, run, journal, done);
  } catch (error) {
    try {
      undoJournal(out, run, done);
    } catch (undoError) {
      // The journal stays: the next run finishes the update, so the output ends up complete.
      throw new OutputError(outDir, `could not be updated (${(error as Error).message}), nor put back (${(undoError as Error).message}); the next sdkgen run finishes the update`);
    }
    await abandon(run, out, existed);
    throw error;
  }
  return { warnings: [...warnings, ...(await cleanUp(run, out, outDir, plan.drop))], written: plan.put.length - 1, removed: plan.drop.length };
}

export interface WriteOptions {
  /**
   * Top folders this run updates (`--only`, `--shard`): files sdkgen wrote outside them are
   * neither replaced nor removed, and stay in the manifest. Absent: the whole folder.
   */
  readonly scope?: readonly string[] | undefined;
}

function scopeTest(scope: readonly string[] | undefined): (path: string) => boolean {
  if (scope === undefined) return () => true;
  const prefixes = scope.map((folder) => `${folder}/`);
  return (path) => prefixes.some((prefix) => path.startsWith(prefix));
}

interface Plan {
  /** Files to write, sorted, the manifest last. */
  readonly put: EmittedFile[];
  /** Owned files to remove, sorted. */
  readonly drop: string[];
}

async function planChanges(out: string, shown: string, files: readonly EmittedFile[], inScope: (path: string) => boolean): Promise<Plan> {
  const ignored = await readIgnoreFile(out);
  const wanted = files.filter((f) => !ignored(f.path)).sort((a, b) => ordinal(a.path, b.path));
  const produced = new Set(wanted.map((f) => f.path));
  // Nothing changes while planning, so what is at a path is looked up once: files share folders.
  const kinds = new Once(kind);
  // A path that leads to nothing (its folder not there, say) has nothing to compare with.
  const put = wanted.filter((file) => !assertWritable(out, shown, file.path, kinds) || !sameFile(join(out, ...file.path.split('/')), file.contents, kinds));
  const listed = await readManifest(out);
  // Another run's folders: left as they are, and still sdkgen's.
  const kept = listed.filter((path) => !inScope(path) && !produced.has(path));
  const owned = listed.sort(ordinal).filter((path) => inScope(path) && !produced.has(path) && !ignored(path));
  const look = (p: string): Kind => kinds.get(p);
  const drop = owned.filter((path) => insideRealFolders(out, path, look) && look(join(out, ...path.split('/'))) === 'file');
  const manifest = { path: MANIFEST, contents: manifestText([...produced, ...kept]) };
  if (put.length > 0 || drop.length > 0 || !sameFile(join(out, MANIFEST), manifest.contents, kinds)) put.push(manifest);
  return { put, drop };
}

/**
 * Refused before anything is written: a link, file or special file where a folder must be, or a
 * folder where a file goes. Returns whether something is at the path itself; the first segment
 * found absent ends the walk, so nothing below a missing folder is looked up.
 */
function assertWritable(out: string, shown: string, path: string, kinds: Once<Kind>): boolean {
  const segments = path.split('/');
  for (let i = 1; i <= segments.length; i++) {
    const found = kinds.get(join(out, ...segments.slice(0, i)));
    const at = `${shown}/${segments.slice(0, i).join('/')}`;
    if (found === 'absent') return false;
    if (i < segments.length && found !== 'folder') {
      throw new OutputError(at, found === 'file' ? `is a file, and sdkgen writes ${path} inside it` : `is a symbolic link or special file; refusing to write ${path} through it`);
    }
    if (i === segments.length && found === 'folder') throw new OutputError(at, 'is a folder, and sdkgen writes a file there');
  }
  return true;
}

function sameFile(path: string, contents: string, kinds: Once<Kind>): boolean {
  if (kinds.get(path) !== 'file') return false;
  return readFileSync(path).equals(Buffer.from(contents, 'utf8'));
}

/** Every new file into the run's own folder; the folders each made once. */
function stage(run: RunFiles, files: readonly EmittedFile[]): void {
  const folders = new Once((folder) => void mkdirSync(folder, { recursive: true }));
  for (const file of files) {
    const target = join(run.staged, ...file.path.split('/'));
    folders.get(dirname(target));
    // `wx`: the folder is brand new, so an existing entry here would be a bug; never overwrite.
    writeFileSync(target, file.contents, { encoding: 'utf8', flag: 'wx' });
    reached('file-staged');
  }
}

/** A run that failed with the output as it was removes what it made. */
async function abandon(run: RunFiles, out: string, existed: boolean): Promise<void> {
  await rm(run.folder, { recursive: true, force: true });
  await rmdir(join(out, STATE_FOLDER)).catch(() => undefined);
  if (!existed) await rmdir(out).catch(() => undefined);
}

/** After the update: nothing here may turn it into a reported failure. */
async function cleanUp(run: RunFiles, out: string, shown: string, dropped: readonly string[]): Promise<string[]> {
  // Before the journal goes, so a kill in between leaves it for the next run to redo.
  await removeEmptied(out, dropped);
  try {
    await removeRun(run);
  } catch (error) {
    // The folder keeps its name, so the next run removes it once this process has ended.
    return [`${shown}: updated, but the previous files remain at ${run.folder} until the next run: ${(error as Error).message}`];
  }
  return [];
}

/** What is at the output path now; anything but a real folder or nothing is refused. */
async function outputKind(out: string, shown: string): Promise<'absent' | 'directory'> {
  let stats;
  try {
    stats = await lstat(out);
  } catch (error) {
    // ENOTDIR: a file on the way; creating the folder then says so.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return 'absent';
    throw error;
  }
  if (stats.isSymbolicLink()) {
    throw new OutputError(shown, 'is a symbolic link; refusing to write through it (remove it or pass a real folder)');
  }
  if (!stats.isDirectory()) throw new OutputError(shown, 'exists and is not a folder');
  return 'directory';
}
