import { mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import { IGNORE_FILE, ignoreRules } from './ignore-file.js';
import { openOutput, type Opened } from './open-output.js';
import { applyJournal, insideRealFolders, kind, removeEmptied, removeRun, undoJournal, writeJournal, type Applied, type Journal, type Kind } from './journal.js';
import { isState, MANIFEST, manifestText, ordinal, readManifest, STATE_FOLDER } from './manifest.js';
import { assertSafePaths, OutputError } from './paths.js';
import { Once } from './once.js';
import { changesOf, sameFile, stageFiles } from './plan.js';
import { newRunFiles, type RunFiles } from './run-owner.js';
import type { StageArea, StagedPair } from './stage-pair.js';
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
  const update = new PendingWrite(outDir, options);
  try {
    return await update.finish(files);
  } catch (error) {
    await update.abandon();
    throw error;
  }
}

/**
 * writeTree in two halves, for files that are staged as they are emitted: `area` does step 1,
 * makes the run's folder (step 3) and says where one pair's files go, and a worker thread plans
 * and stages them there (steps 2 and 3 for those files, stage-pair.ts) while another target is
 * still being emitted; `finish` then does steps 2 and 3 for the files it is given, and 2 to 6 for
 * the whole set. Until the journal is written, `abandon` takes back all it made, the output as it
 * was. A worker thread announces its steps (steps.ts) on its own thread's channel.
 */
export class PendingWrite {
  #opened: Promise<Opened> | undefined;
  #run: Promise<RunFiles> | undefined;
  #committed = false;
  readonly #staged: StagedPair[] = [];

  constructor(
    private readonly outDir: string,
    private readonly options: WriteOptions = {},
  ) {}

  /** Opens the output (once) and says where the pair `<prefix>` (`<spec>/<target>`) stages its files. */
  async area(prefix: string): Promise<StageArea> {
    const opened = await this.open();
    const run = await this.runFolder(opened.out);
    return { out: opened.out, shown: this.outDir, staged: run.staged, prefix, ignore: opened.ignoreText };
  }

  /** A pair staged into an area: its files are part of the update. */
  accept(pair: StagedPair): void {
    this.#staged.push(pair);
  }

  /** Files the staged pairs emitted, ignored ones included. */
  get stagedCount(): number {
    return this.#staged.reduce((n, pair) => n + pair.emitted, 0);
  }

  /** The update with `files` and every accepted pair's; nothing in the output changes before the journal. */
  async finish(files: readonly EmittedFile[]): Promise<WriteReport> {
    const staged = this.#staged.flatMap((pair) => pair.wanted);
    const inScope = scopeTest(this.options.scope);
    assertWritableSet([...files.map((f) => f.path), ...staged], inScope);
    const { out, warnings, ignoreText } = await this.open();
    const ignored = ignoreRules(ignoreText);
    const kinds = new Once(kind);
    const own = changesOf(out, this.outDir, files, ignored, kinds);
    const produced = new Set([...own.wanted.map((f) => f.path), ...staged]);
    const listed = await readManifest(out);
    // Another run's folders: left as they are, and still sdkgen's.
    const kept = listed.filter((path) => !inScope(path) && !produced.has(path));
    const owned = listed.sort(ordinal).filter((path) => inScope(path) && !produced.has(path) && !ignored(path));
    const look = (p: string): Kind => kinds.get(p);
    const drop = owned.filter((path) => insideRealFolders(out, path, look) && look(join(out, ...path.split('/'))) === 'file');
    const manifest = { path: MANIFEST, contents: manifestText([...produced, ...kept]) };
    const put = [...own.put.map((f) => f.path), ...this.#staged.flatMap((pair) => pair.put)].sort(ordinal);
    if (put.length === 0 && drop.length === 0 && sameFile(join(out, MANIFEST), manifest.contents, kinds)) {
      await this.release();
      return { warnings, written: 0, removed: 0 };
    }
    const run = await this.runFolder(out);
    // The manifest last: it is replaced last, after every file it lists.
    const journal: Journal = { put: [...put, MANIFEST], drop };
    stageFiles(run.staged, [...own.put, manifest]);
    await writeJournal(run, journal);
    this.#committed = true;
    const done: Applied[] = [];
    try {
      applyJournal(out, run, journal, done);
    } catch (error) {
      try {
        undoJournal(out, run, done);
      } catch (undoError) {
        // The journal stays: the next run finishes the update, so the output ends up complete.
        throw new OutputError(this.outDir, `could not be updated (${(error as Error).message}), nor put back (${(undoError as Error).message}); the next sdkgen run finishes the update`);
      }
      // Put back as it was: the caller's abandon removes the run folder, journal and all.
      this.#committed = false;
      throw error;
    }
    return { warnings: [...warnings, ...(await cleanUp(run, out, this.outDir, drop))], written: put.length, removed: drop.length };
  }

  /** After a failure before the journal: removes the run folder, and the output folder if this update made it. */
  async abandon(): Promise<void> {
    if (this.#committed) return;
    await this.release();
    const opened = await this.#opened?.catch(() => undefined);
    if (opened !== undefined && !opened.existed) await rmdir(opened.out).catch(() => undefined);
  }

  /** The run folder goes, and `.sdkgen` if that leaves it empty. */
  private async release(): Promise<void> {
    const run = await this.#run?.catch(() => undefined);
    if (run === undefined) return;
    await rm(run.folder, { recursive: true, force: true });
    await rmdir(dirname(run.folder)).catch(() => undefined);
  }

  private open(): Promise<Opened> {
    return (this.#opened ??= openOutput(this.outDir));
  }

  /** The run's own folder, made once (exclusive: the name is new, and never another run's). */
  private runFolder(out: string): Promise<RunFiles> {
    return (this.#run ??= (async () => {
      await mkdir(join(out, STATE_FOLDER), { recursive: true });
      const run = newRunFiles(join(out, STATE_FOLDER));
      await mkdir(run.folder);
      reached('run-created');
      return run;
    })());
  }
}

/** Checked before anything is planned: every path safe, in scope, and none of sdkgen's own records. */
function assertWritableSet(paths: readonly string[], inScope: (path: string) => boolean): void {
  assertSafePaths(paths);
  for (const path of paths) {
    if (!inScope(path)) throw new OutputError(path, 'is outside the folders this run updates');
  }
  for (const path of paths) {
    if (isState(path) || path === IGNORE_FILE) throw new OutputError(path, "is reserved for sdkgen's own records");
  }
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
