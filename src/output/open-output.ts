import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readIgnoreText } from './ignore-file.js';
import { kind } from './journal.js';
import { STATE_FOLDER } from './manifest.js';
import { OutputError } from './paths.js';
import { recoverInterruptedRuns } from './recover.js';

/**
 * The first step of every update (write.ts): the output folder checked, made if missing, what
 * killed runs left there finished or removed (recover.ts), and its `.sdkgenignore` read once.
 */

/** The output folder, opened: made if missing, leftovers of killed runs dealt with, `.sdkgenignore` read. */
export interface Opened {
  readonly out: string;
  /** Whether the folder was there before: a failed update that made it removes it. */
  readonly existed: boolean;
  readonly warnings: string[];
  /** `.sdkgenignore`'s text, undefined when there is none (ignore-file.ts's ignoreRules reads it). */
  readonly ignoreText: string | undefined;
}

export async function openOutput(outDir: string): Promise<Opened> {
  const out = resolve(outDir);
  if (dirname(out) === out) throw new OutputError(outDir, 'is a file system root; refusing to write into it');
  const existed = (await outputKind(out, outDir)) === 'directory';
  await mkdir(out, { recursive: true });
  // Its scratch folders are made in here: a link would put them, and renames, elsewhere.
  if (!['absent', 'folder'].includes(kind(join(out, STATE_FOLDER)))) {
    throw new OutputError(`${outDir}/${STATE_FOLDER}`, "is not a folder; it is sdkgen's own, so remove it and run again");
  }
  const warnings = await recoverInterruptedRuns(out, outDir);
  return { out, existed, warnings, ignoreText: await readIgnoreText(out) };
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
