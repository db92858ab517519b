import { lstatSync, mkdirSync, renameSync } from 'node:fs';
import { readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST } from './manifest.js';
import { OutputError, pathProblem, SegmentChecks } from './paths.js';
import { Once } from './once.js';
import type { RunFiles } from './run-owner.js';
import { reached, type OutputStep } from './steps.js';

/**
 * A run's changes to the output folder, written once every new file is staged. Its existence is
 * the commit point: before it, a killed run changed nothing in the output and its folder is simply
 * removed; after it, every change is finished by the run or, if it was killed, by the next run.
 * Each change is one rename, so a file is always either its old or its new version, and each is
 * safe to repeat, so a run killed while finishing another is finished in turn.
 */
export interface Journal {
  /** Paths whose staged file replaces (or creates) the one in the output; the manifest last. */
  readonly put: readonly string[];
  /** Paths sdkgen wrote before and no longer produces. */
  readonly drop: readonly string[];
}

/** Written under a temporary name and renamed, so a journal is complete or absent. */
export async function writeJournal(run: RunFiles, journal: Journal): Promise<void> {
  await writeFile(`${run.journal}.tmp`, `${JSON.stringify(journal)}\n`, { encoding: 'utf8', flag: 'wx' });
  await rename(`${run.journal}.tmp`, run.journal);
  reached('journal-written');
}

/** The journal a dead run left, or undefined when it never committed. */
export async function readJournal(run: RunFiles): Promise<Journal | undefined> {
  let text: string;
  try {
    text = await readFile(run.journal, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(text) as Journal;
  // The folder is inside the output, which others can write: trust no path in it.
  const segments = new SegmentChecks();
  const safe = (paths: unknown): string[] => (Array.isArray(paths) ? paths.filter((p): p is string => typeof p === 'string' && pathProblem(p, segments) === undefined) : []);
  return { put: safe(parsed.put), drop: safe(parsed.drop) };
}

/** What one change did, so a failure later in the same run can put it back. */
export type Applied = { readonly path: string; readonly put: boolean };

/**
 * Makes every change of the journal, skipping those already made, one at a time and in order, so
 * a kill stops it between two renames and the next run takes over exactly there; each folder on
 * the way is looked at once. `done` collects the changes made, in order, for `undoJournal`.
 * Throws on the first change the file system refuses.
 */
export function applyJournal(out: string, run: RunFiles, journal: Journal, done: Applied[] = [], recovering = false): void {
  const step = (path: string): OutputStep => (recovering ? 'recovered-file' : path === MANIFEST ? 'manifest-replaced' : 'file-replaced');
  const backupFolders = new Once((folder) => void mkdirSync(folder, { recursive: true }));
  const moveAside = (from: string, to: string): void => {
    backupFolders.get(dirname(to));
    renameSync(from, to);
  };
  for (const path of journal.drop) {
    const target = join(out, ...path.split('/'));
    if (!insideRealFolders(out, path) || kind(target) !== 'file') continue;
    if (kind(backupOf(run, path)) !== 'absent') continue;
    done.push({ path, put: false });
    moveAside(target, backupOf(run, path));
    reached(recovering ? 'recovered-file' : 'file-removed');
  }
  const folders: Once<void> = new Once((folder) => makeFolder(out, folder, folders));
  const newFolder = newFolderOf(out);
  // Files that went into the output with their folder: nothing is left to look up for them.
  const movedWithFolder = new Set<string>();
  for (const path of journal.put) {
    if (movedWithFolder.has(path)) continue;
    const staged = join(run.staged, ...path.split('/'));
    if (kind(staged) === 'absent') continue;
    const target = join(out, ...path.split('/'));
    // A folder the output does not have yet takes its staged copy whole, in one rename: it
    // holds only files of this journal (each staged file is one), none of them in the output.
    const whole = newFolder(path);
    if (whole !== undefined) {
      // This run staged every file of its journal; only a run finishing another's may find some gone.
      const staysStaged = (p: string): boolean => !recovering || kind(join(run.staged, ...p.split('/'))) !== 'absent';
      const inside = journal.put.filter((p) => p.startsWith(`${whole}/`) && staysStaged(p));
      folders.get(parentOf(whole));
      for (const p of inside) done.push({ path: p, put: true });
      renameSync(join(run.staged, ...whole.split('/')), join(out, ...whole.split('/')));
      for (const p of inside) {
        movedWithFolder.add(p);
        reached(step(p));
      }
      continue;
    }
    folders.get(parentOf(path));
    // Recorded first: undo checks what is where, so a change that failed half-way is undone too.
    done.push({ path, put: true });
    if (kind(target) !== 'absent' && kind(backupOf(run, path)) === 'absent') {
      moveAside(target, backupOf(run, path));
    }
    renameSync(staged, target);
    reached(step(path));
  }
}

/**
 * A run that failed after committing (the file system refused a change) puts back, newest first,
 * what it changed, so a failed run leaves every file as it was.
 */
export function undoJournal(out: string, run: RunFiles, done: readonly Applied[]): void {
  for (const { path, put } of [...done].reverse()) {
    const target = join(out, ...path.split('/'));
    const staged = join(run.staged, ...path.split('/'));
    if (put && kind(staged) === 'absent' && kind(target) !== 'absent') {
      mkdirSync(dirname(staged), { recursive: true });
      renameSync(target, staged);
    }
    if (kind(backupOf(run, path)) !== 'absent') renameSync(backupOf(run, path), target);
  }
}

/** Removes the journal first: a folder without one is only ever removed, never replayed. */
export async function removeRun(run: RunFiles, recovering = false): Promise<void> {
  await rm(run.journal, { force: true });
  reached(recovering ? 'recovered-journal-removed' : 'journal-removed');
  await rm(run.folder, { recursive: true, force: true });
  reached(recovering ? 'recovered-run-removed' : 'run-removed');
}

function backupOf(run: RunFiles, path: string): string {
  return join(run.backup, ...path.split('/'));
}

export type Kind = 'absent' | 'file' | 'folder' | 'other';

/**
 * Synchronous, like every per-file call here: a call takes microseconds on a local disk, where a
 * promise's round trip through libuv's thread pool cost more than the call itself (writing
 * GitHub's four targets, 15,574 files, took 7 s of CPU through fs/promises).
 */
export function kind(path: string): Kind {
  try {
    const stats = lstatSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'absent';
    throw error;
  }
}

/** True when every folder on the way to `path` exists and is a real folder, not a link. */
export function insideRealFolders(out: string, path: string, look: (path: string) => Kind = kind): boolean {
  const segments = path.split('/').slice(0, -1);
  for (let i = 1; i <= segments.length; i++) {
    if (look(join(out, ...segments.slice(0, i))) !== 'folder') return false;
  }
  return true;
}

/**
 * The outermost folder on a path's way that the output does not have (`go` of `go/docs/A.md`
 * in an empty output), or undefined when every folder is there or something else is in the way
 * (makeFolder then refuses it). A folder found is remembered: folders are only ever added.
 */
function newFolderOf(out: string): (path: string) => string | undefined {
  const present = new Set<string>();
  return (path) => {
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/');
      if (present.has(folder)) continue;
      const found = kind(join(out, ...segments.slice(0, i)));
      if (found === 'absent') return folder;
      if (found !== 'folder') return undefined;
      present.add(folder);
    }
    return undefined;
  };
}

/** `a/b` of `a/b/c.md`; `''` (the output itself) for a file at the top. */
function parentOf(path: string): string {
  return path.split('/').slice(0, -1).join('/');
}

/**
 * Creates one folder (`/`-separated, relative to `out`), its parents first through `folders`, so
 * each is looked at once. A link or a file where a folder should be is refused, never followed:
 * writing through a link would write outside the output folder.
 */
function makeFolder(out: string, folder: string, folders: Once<void>): void {
  if (folder === '') return;
  const segments = folder.split('/');
  if (segments.length > 1) folders.get(segments.slice(0, -1).join('/'));
  const found = kind(join(out, ...segments));
  if (found === 'absent') mkdirSync(join(out, ...segments));
  else if (found !== 'folder') throw new OutputError(`${out}/${folder}`, found === 'other' ? 'is a symbolic link or special file; refusing to write through it' : 'is a file where sdkgen writes a folder');
}

/**
 * Folders emptied by removed files go too, as git would not keep them; a folder with anything
 * left in it (a user's file) stays. Best effort: an empty folder left behind harms nothing.
 */
export async function removeEmptied(out: string, dropped: readonly string[]): Promise<void> {
  for (const path of dropped) {
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) {
      if (!(await rmdir(join(out, ...folder.split('/'))).then(() => true, () => false))) break;
    }
  }
}
