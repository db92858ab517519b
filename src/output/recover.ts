import { lstat, readdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isAlive, markedRun, type RunFiles } from './run-owner.js';
import { reached } from './steps.js';

/**
 * The first thing every run does: finish what killed runs left beside `out`. For each marker
 * whose owner is dead, in name order:
 *
 * 1. If `out` is missing but the run's backup exists, the run was killed between its two renames:
 *    its new folder is complete (the backup is made only after every file was written), so the
 *    new folder becomes `out`; the backup is the fallback if the new folder is gone.
 * 2. Its new and backup folders are removed, then the marker, last, so a kill during recovery
 *    leaves the marker for the next run to finish the job.
 *
 * Returns a line per output put back and per leftover that could not be cleared (naming the
 * output as `shown`); neither stops the run. Folders without a marker, or of a live run, stay.
 */
export async function recoverInterruptedRuns(out: string, shown: string = out): Promise<string[]> {
  const notes: string[] = [];
  for (const entry of (await entriesBeside(out)).sort()) {
    const run = markedRun(out, entry);
    if (run === undefined || isAlive(run.owner)) continue;
    try {
      const restored = await restoreOutput(out, run);
      if (restored !== undefined) {
        notes.push(`${shown}: put back the ${restored} output of an interrupted run (pid ${run.owner.pid})`);
      }
      await removeLeftovers(run);
    } catch (error) {
      // Leftovers that cannot go must not block every later run: this run still writes its own
      // output, and the marker stays for the next attempt.
      notes.push(`${shown}: could not clear what an interrupted run (pid ${run.owner.pid}) left at ${run.marker}: ${(error as Error).message}`);
    }
  }
  return notes;
}

/** The marker goes last, so a kill half-way leaves it for the next run to finish the job. */
async function removeLeftovers(run: RunFiles): Promise<void> {
  await rm(run.temp, { recursive: true, force: true });
  reached('recovered-new-removed');
  await rm(run.backup, { recursive: true, force: true });
  reached('recovered-old-removed');
  await rm(run.marker, { force: true });
  reached('recovered-marker-removed');
}

async function restoreOutput(out: string, run: RunFiles): Promise<'new' | 'previous' | undefined> {
  if ((await exists(out)) || !(await exists(run.backup))) return undefined;
  const [source, which] = (await exists(run.temp)) ? [run.temp, 'new' as const] : [run.backup, 'previous' as const];
  try {
    await rename(source, out);
  } catch (error) {
    // Another run recovering the same leftovers got there first.
    if (['ENOENT', 'EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
  reached('recovered-output');
  return which;
}

async function entriesBeside(out: string): Promise<string[]> {
  try {
    return await readdir(dirname(out));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
