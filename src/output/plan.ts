import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EmittedFile } from '../emit/target.js';
import type { IgnoredPath } from './ignore-file.js';
import type { Kind } from './journal.js';
import { ordinal } from './manifest.js';
import { Once } from './once.js';
import { OutputError } from './paths.js';
import { reached } from './steps.js';

/**
 * The per-file half of an update (write.ts): which files differ from the disk, and staging them
 * into a run's folder. It needs no other file of the set, so a worker thread does it for the
 * files it emitted (stage-pair.ts) while another target is still being emitted.
 */

/** The files of a set that are sdkgen's to write, and those among them the disk does not already hold. */
export interface Changes {
  /** Every file not handed to the user by `.sdkgenignore`, sorted. */
  readonly wanted: EmittedFile[];
  /** Those whose bytes differ from the disk's, sorted. */
  readonly put: EmittedFile[];
}

/**
 * `kinds` looks up what is at an absolute path (journal.ts's `kind`, once per path): files
 * share folders. A link, file or special file where a folder must be, or a folder where a file
 * goes, is refused here (as `shown`/path), before anything is written.
 */
export function changesOf(out: string, shown: string, files: readonly EmittedFile[], ignored: IgnoredPath, kinds: Once<Kind>): Changes {
  const wanted = files.filter((f) => !ignored(f.path)).sort((a, b) => ordinal(a.path, b.path));
  // A path that leads to nothing (its folder not there, say) has nothing to compare with.
  const put = wanted.filter((file) => !assertWritable(out, shown, file.path, kinds) || !sameFile(join(out, ...file.path.split('/')), file.contents, kinds));
  return { wanted, put };
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

export function sameFile(path: string, contents: string, kinds: Once<Kind>): boolean {
  if (kinds.get(path) !== 'file') return false;
  return readFileSync(path).equals(Buffer.from(contents, 'utf8'));
}

/** Every file into a run's `staged` folder (a brand-new one, or a part only this caller writes), each folder made once. */
export function stageFiles(staged: string, files: readonly EmittedFile[]): void {
  const folders = new Once((folder) => void mkdirSync(folder, { recursive: true }));
  for (const file of files) {
    const target = join(staged, ...file.path.split('/'));
    folders.get(dirname(target));
    // `wx`: the folder is brand new, so an existing entry here would be a bug; never overwrite.
    writeFileSync(target, file.contents, { encoding: 'utf8', flag: 'wx' });
    reached('file-staged');
  }
}
